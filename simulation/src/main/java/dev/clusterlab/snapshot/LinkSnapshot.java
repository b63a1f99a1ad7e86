package dev.clusterlab.snapshot;

/**
 * A link between two nodes that talk, with the state of each direction (a one-way partition cuts
 * only one of them).
 *
 * @param a    the node listed first (controllers before brokers before clients, then by node order)
 * @param b    the other node
 * @param kind what travels on it
 */
public record LinkSnapshot(String a, String b, Kind kind, LinkDirection aToB, LinkDirection bToA) {
    /** What travels on a link. */
    public enum Kind {
        /** Controller ↔ controller: Raft votes, BeginQuorumEpoch, the metadata log's Fetch. */
        RAFT,
        /** Broker ↔ controller: registration, heartbeats, the metadata log's Fetch, AlterPartition. */
        CONTROL,
        /** Broker ↔ broker: followers' Fetch from leaders. */
        REPLICATION,
        /** Producer ↔ broker: Metadata, InitProducerId, Produce. */
        CLIENT
    }

    public boolean joins(String node, String other) {
        return (a.equals(node) && b.equals(other)) || (a.equals(other) && b.equals(node));
    }

    /** The direction from → to of this link (from must be a or b). */
    public LinkDirection direction(String from) {
        if (from.equals(a)) {
            return aToB;
        }
        if (from.equals(b)) {
            return bToA;
        }
        throw new IllegalArgumentException(from + " is not an end of " + a + "-" + b);
    }

    public boolean anyCut() {
        return aToB.cut() || bToA.cut();
    }

    public boolean cutBothWays() {
        return aToB.cut() && bToA.cut();
    }

    /** Whether a direction has a latency other than the scenario's default. */
    public boolean slowed() {
        return aToB.latencyOverridden() || bToA.latencyOverridden();
    }
}
