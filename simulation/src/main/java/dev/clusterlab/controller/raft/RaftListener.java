package dev.clusterlab.controller.raft;

/** What a controller learns from its Raft replica. All callbacks run on the engine thread, inside events. */
public interface RaftListener {
    /** Every committed entry exactly once per incarnation, in offset order, from offset 0 after each start. */
    void onCommitted(LogEntry entry);

    /** This voter's own LeaderChangeRecord of {@code epoch} is committed: it is now the active controller. */
    void onBecameLeader(int epoch);

    /** It was the active controller of {@code epoch} (onBecameLeader fired) and no longer is. */
    void onLostLeadership(int epoch);

    /** The (leader, epoch) this replica knows changed; leader -1 = unknown. */
    default void onLeaderKnown(int leaderId, int epoch) {
    }
}
