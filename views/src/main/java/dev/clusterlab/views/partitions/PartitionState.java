package dev.clusterlab.views.partitions;

import dev.clusterlab.snapshot.PartitionSnapshot;

/**
 * A partition's health in the terms of {@code kafka-topics --describe}: unavailable (no leader),
 * under min ISR (acks=all produce is refused), under-replicated (ISR smaller than the replica
 * set), or healthy. The worst that applies wins.
 */
public enum PartitionState {
    OFFLINE("offline"),
    UNDER_MIN_ISR("under min ISR"),
    UNDER_REPLICATED("under-replicated"),
    HEALTHY("healthy");

    private final String label;

    PartitionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CSS class a cell showing this state carries, for example {@code state-under-min-isr}. */
    public String styleClass() {
        return "state-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static PartitionState of(PartitionSnapshot p) {
        if (p.leader() < 0) {
            return OFFLINE;
        }
        if (p.isr().size() < p.minInsyncReplicas()) {
            return UNDER_MIN_ISR;
        }
        if (p.isr().size() < p.replicas().size()) {
            return UNDER_REPLICATED;
        }
        return HEALTHY;
    }
}
