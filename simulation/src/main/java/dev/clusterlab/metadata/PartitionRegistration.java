package dev.clusterlab.metadata;

import java.util.List;

/**
 * One partition in the metadata image. leader -1 = offline. recovering = elected uncleanly
 * (KIP-704). addingReplicas/removingReplicas describe a reassignment in progress.
 */
public record PartitionRegistration(List<Integer> replicas, List<Integer> isr, List<Integer> elr,
                                    List<Integer> lastKnownElr, int leader, int leaderEpoch, int partitionEpoch,
                                    List<Integer> addingReplicas, List<Integer> removingReplicas,
                                    boolean recovering) {

    public PartitionRegistration {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
        elr = List.copyOf(elr);
        lastKnownElr = List.copyOf(lastKnownElr);
        addingReplicas = List.copyOf(addingReplicas);
        removingReplicas = List.copyOf(removingReplicas);
    }

    public boolean hasLeader() {
        return leader >= 0;
    }

    /** The preferred leader: the first replica of the assignment. */
    public int preferredLeader() {
        return replicas.get(0);
    }

    public PartitionRegistration apply(MetadataRecord.PartitionChangeRecord c) {
        int newLeader = c.leader() != null ? c.leader() : leader;
        boolean leaderChanged = c.leader() != null; // any leader field bumps the leader epoch, as in Kafka
        return new PartitionRegistration(
                c.replicas() != null ? c.replicas() : replicas,
                c.isr() != null ? c.isr() : isr,
                c.elr() != null ? c.elr() : elr,
                c.lastKnownElr() != null ? c.lastKnownElr() : lastKnownElr,
                newLeader,
                leaderChanged ? leaderEpoch + 1 : leaderEpoch,
                partitionEpoch + 1,
                c.addingReplicas() != null ? c.addingReplicas() : addingReplicas,
                c.removingReplicas() != null ? c.removingReplicas() : removingReplicas,
                c.recovering() != null ? c.recovering() : recovering);
    }
}
