package dev.clusterlab.views.clients;

/**
 * The leader a producer's metadata names for one partition, beside the controller's committed
 * leader. They differ for a while after every leader change, until the producer refreshes its
 * metadata (after NOT_LEADER_OR_FOLLOWER, a timeout, or metadata.max.age.ms): then it is stale.
 * A leader of -1 means none (the producer knows none, or the partition is offline).
 */
public record BelievedLeader(String partition, int believed, int actual) {
    static final int NONE = -1;

    /** The producer sends this partition's records to another broker than the committed leader. */
    public boolean stale() {
        return believed != actual;
    }

    /** For example {@code orders-2 → 1}, or when stale {@code orders-2 → 1 (actual 3)}. */
    public String text() {
        String shown = partition + " → " + name(believed);
        return stale() ? shown + " (actual " + name(actual) + ")" : shown;
    }

    private static String name(int broker) {
        return broker == NONE ? "none" : Integer.toString(broker);
    }
}
