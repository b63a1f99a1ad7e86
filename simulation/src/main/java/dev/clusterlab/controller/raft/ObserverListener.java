package dev.clusterlab.controller.raft;

/** What a broker learns from its metadata-log observer. */
public interface ObserverListener {
    /** Every committed entry exactly once per incarnation, in offset order, from offset 0 after each start. */
    void onCommitted(LogEntry entry);

    /** The (leader, epoch) this observer knows changed; leader -1 = unknown. */
    default void onLeaderKnown(int leaderId, int epoch) {
    }
}
