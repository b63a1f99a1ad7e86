package dev.clusterlab.views.partitions;

import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.Locale;

/**
 * What one broker is for one partition, as a cell of the partition matrix shows it. An ELR member
 * (KIP-966) is not in the ISR but may still be elected cleanly, so it is told apart from a plain
 * out-of-sync follower.
 */
public enum ReplicaRole {
    NONE("not a replica"),
    LEADER("leader"),
    IN_SYNC("in-sync follower"),
    OUT_OF_SYNC("out-of-sync follower"),
    ELR("eligible leader replica");

    private static final ReplicaRole[] VALUES = values();

    private final String label;

    ReplicaRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CSS class of this role's legend swatch, whose colour the matrix draws with, e.g. {@code matrix-in-sync}. */
    public String styleClass() {
        return "matrix-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role with this ordinal (the matrix stores cells as bytes). */
    static ReplicaRole of(int ordinal) {
        return VALUES[ordinal];
    }

    /** broker's role in p; NONE when it holds no replica. */
    public static ReplicaRole of(PartitionSnapshot p, int broker) {
        if (p.leader() == broker) {
            return LEADER;
        }
        if (!p.replicas().contains(broker)) {
            return NONE;
        }
        if (p.isr().contains(broker)) {
            return IN_SYNC;
        }
        return p.elr().contains(broker) ? ELR : OUT_OF_SYNC;
    }
}
