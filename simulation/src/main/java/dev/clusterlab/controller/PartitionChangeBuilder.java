package dev.clusterlab.controller;

import dev.clusterlab.metadata.MetadataRecord.PartitionChangeRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Computes the PartitionChangeRecord for a change of one partition, following Kafka 4.4's
 * PartitionChangeBuilder: reassignment completion, the eligible leader replicas (KIP-966), the
 * leader election (ISR, then ELR when the ISR is empty, then the last known leader, then an
 * unclean election if allowed), the ISR and the last known leader.
 */
public final class PartitionChangeBuilder {
    public static final int NO_LEADER = -1;

    private final String topic;
    private final int partitionId;
    private final PartitionRegistration partition;
    private final IntPredicate isAcceptableLeader;
    private final int minIsr;
    private final boolean elrEnabled;
    private List<Integer> targetIsr;
    private List<Integer> targetReplicas;
    private List<Integer> targetAdding;
    private List<Integer> targetRemoving;
    private List<Integer> targetElr;
    private List<Integer> uncleanShutdownReplicas = List.of();
    private Election election = Election.ONLINE;
    private Boolean targetRecovering;

    public PartitionChangeBuilder(String topic, int partitionId, PartitionRegistration partition,
                                  IntPredicate isAcceptableLeader, int minIsr, boolean elrEnabled) {
        this.topic = topic;
        this.partitionId = partitionId;
        this.partition = partition;
        this.isAcceptableLeader = isAcceptableLeader;
        this.minIsr = minIsr;
        this.elrEnabled = elrEnabled;
        this.targetIsr = partition.isr();
        this.targetReplicas = partition.replicas();
        this.targetAdding = partition.addingReplicas();
        this.targetRemoving = partition.removingReplicas();
        this.targetElr = partition.elr();
    }

    public PartitionChangeBuilder setTargetIsr(List<Integer> isr) {
        this.targetIsr = List.copyOf(isr);
        return this;
    }

    public PartitionChangeBuilder setTargetReplicas(List<Integer> replicas) {
        this.targetReplicas = List.copyOf(replicas);
        return this;
    }

    public PartitionChangeBuilder setTargetAdding(List<Integer> adding) {
        this.targetAdding = List.copyOf(adding);
        return this;
    }

    public PartitionChangeBuilder setTargetRemoving(List<Integer> removing) {
        this.targetRemoving = List.copyOf(removing);
        return this;
    }

    public PartitionChangeBuilder setUncleanShutdownReplicas(List<Integer> replicas) {
        this.uncleanShutdownReplicas = List.copyOf(replicas);
        return this;
    }

    public PartitionChangeBuilder setElection(Election election) {
        this.election = election;
        return this;
    }

    /** The leader finished recovering after an unclean election (KIP-704). */
    public PartitionChangeBuilder setRecovered() {
        this.targetRecovering = false;
        return this;
    }

    /** The record to write, or empty when nothing changes. */
    public Optional<PartitionChangeRecord> build() {
        completeReassignmentIfNeeded();
        populateTargetElr();
        Integer leader = null;
        List<Integer> recordIsr = null;
        Boolean recovering = targetRecovering;
        int elected = electLeader();
        boolean unclean = lastElectionUnclean;
        if (elected != partition.leader()) {
            if (targetElr.contains(elected)) {
                targetIsr = List.of(elected);
                targetElr = without(targetElr, List.of(elected));
            }
            leader = elected;
            if (unclean) {
                recordIsr = List.of(elected);
                if (!partition.recovering()) {
                    recovering = true;
                }
            }
        }
        if (leader == null && !targetReplicas.containsAll(partition.replicas())) {
            leader = partition.leader(); // reassignment away from a replica bumps the leader epoch
        }
        // ELR fields (an unclean election clears the ELR)
        boolean cleanElection = recordIsr == null;
        if (!cleanElection || !elrEnabled) {
            targetElr = List.of();
        }
        List<Integer> recordElr = targetElr.equals(partition.elr()) ? null : targetElr;
        if (recordIsr == null && (!targetIsr.isEmpty() || elrEnabled) && !targetIsr.equals(partition.isr())) {
            recordIsr = targetIsr;
        }
        List<Integer> recordLastKnownElr = lastKnownLeader(leader, recordIsr);
        List<Integer> recordReplicas = targetReplicas.equals(partition.replicas()) ? null : targetReplicas;
        List<Integer> recordAdding = targetAdding.equals(partition.addingReplicas()) ? null : targetAdding;
        List<Integer> recordRemoving = targetRemoving.equals(partition.removingReplicas()) ? null : targetRemoving;
        if (recovering != null && recovering == partition.recovering()) {
            recovering = null;
        }
        if (leader == null && recordIsr == null && recordElr == null && recordLastKnownElr == null
                && recordReplicas == null && recordAdding == null && recordRemoving == null && recovering == null) {
            return Optional.empty();
        }
        return Optional.of(new PartitionChangeRecord(topic, partitionId, recordIsr, recordElr, recordLastKnownElr,
                leader, recordReplicas, recordAdding, recordRemoving, recovering));
    }

    private boolean lastElectionUnclean;

    /**
     * Kafka 4.x keeps only the last known leader there (useLastKnownLeaderInBalancedRecovery):
     * set when the ISR first becomes empty, cleared once the partition has a leader again.
     */
    private List<Integer> lastKnownLeader(Integer leader, List<Integer> recordIsr) {
        if (!elrEnabled) {
            return null;
        }
        if (recordIsr != null && recordIsr.isEmpty()
                && (partition.lastKnownElr().size() != 1 || partition.lastKnownElr().get(0) != partition.leader())) {
            return List.of(partition.leader());
        }
        boolean hasLeader = (leader != null && leader >= 0) || (partition.leader() != NO_LEADER
                && !(leader != null && leader == NO_LEADER));
        return hasLeader && !partition.lastKnownElr().isEmpty() ? List.of() : null;
    }

    private int electLeader() {
        lastElectionUnclean = false;
        if (election == Election.PREFERRED) {
            int preferred = targetReplicas.get(0);
            if (isValidNewLeader(preferred)) {
                return preferred;
            }
        }
        if (isValidNewLeader(partition.leader())) {
            return partition.leader();
        }
        for (int r : targetReplicas) {
            if (isValidNewLeader(r)) {
                return r;
            }
        }
        if (canElectLastKnownLeader()) {
            lastElectionUnclean = true;
            return partition.lastKnownElr().get(0);
        }
        if (election == Election.UNCLEAN) {
            for (int r : targetReplicas) {
                if (isAcceptableLeader.test(r)) {
                    lastElectionUnclean = true;
                    return r;
                }
            }
        }
        return NO_LEADER;
    }

    private boolean isValidNewLeader(int replica) {
        if (replica < 0) {
            return false;
        }
        return (targetIsr.contains(replica) || (targetIsr.isEmpty() && targetElr.contains(replica)))
                && isAcceptableLeader.test(replica);
    }

    /** Kafka 4.1+ (KAFKA-19522): only an acceptable last known leader can be elected. */
    private boolean canElectLastKnownLeader() {
        if (!elrEnabled || !targetElr.isEmpty() || !targetIsr.isEmpty()) {
            return false;
        }
        return partition.lastKnownElr().size() == 1 && isAcceptableLeader.test(partition.lastKnownElr().get(0));
    }

    private void populateTargetElr() {
        if (!elrEnabled) {
            return;
        }
        if (targetIsr.size() >= minIsr) {
            targetElr = List.of();
            return;
        }
        Set<Integer> candidates = new LinkedHashSet<>(targetElr);
        candidates.addAll(partition.isr());
        List<Integer> elr = new ArrayList<>();
        for (int r : candidates) {
            if (!targetIsr.contains(r) && !uncleanShutdownReplicas.contains(r)) {
                elr.add(r);
            }
        }
        targetElr = sorted(elr);
    }

    /** KIP-455: once every adding replica is in the ISR, the reassignment completes. */
    private void completeReassignmentIfNeeded() {
        if (targetAdding.isEmpty() && targetRemoving.isEmpty()) {
            return;
        }
        if (!targetIsr.containsAll(targetAdding)) {
            return;
        }
        List<Integer> newIsr = without(targetIsr, targetRemoving);
        if (newIsr.isEmpty()) {
            return;
        }
        targetIsr = newIsr;
        targetReplicas = without(targetReplicas, targetRemoving);
        targetAdding = List.of();
        targetRemoving = List.of();
    }

    private static List<Integer> without(List<Integer> list, List<Integer> remove) {
        List<Integer> out = new ArrayList<>(list);
        out.removeAll(remove);
        return List.copyOf(out);
    }

    private static List<Integer> sorted(List<Integer> list) {
        List<Integer> out = new ArrayList<>(list);
        out.sort(null);
        return List.copyOf(out);
    }
}
