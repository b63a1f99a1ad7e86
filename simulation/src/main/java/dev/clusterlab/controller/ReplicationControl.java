package dev.clusterlab.controller;

import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.EffectiveConfig;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.MetadataRecord.PartitionChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.PartitionRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Partition changes the active controller writes (Kafka's ReplicationControlManager): ISR and
 * leader updates when brokers are fenced, unfenced, shut down or restarted uncleanly; topic
 * creation; preferred, unclean and reassignment elections. Each method returns records to
 * write; it never writes itself.
 */
final class ReplicationControl {
    private final QuorumController controller;

    ReplicationControl(QuorumController controller) {
        this.controller = controller;
    }

    private MetadataImage image() {
        return controller.image();
    }

    boolean isActive(int brokerId) {
        BrokerRegistration b = image().broker(brokerId);
        return b != null && b.isActive();
    }

    int effectiveMinIsr(String topic) {
        TopicImage t = image().topic(topic);
        int rf = t == null || t.partitions().isEmpty() ? 1 : t.partitions().get(0).replicas().size();
        return Math.min(EffectiveConfig.minInsyncReplicas(image(), controller.config(), topic), rf);
    }

    boolean uncleanEnabled(String topic) {
        return EffectiveConfig.uncleanLeaderElectionEnable(image(), controller.config(), topic);
    }

    PartitionChangeBuilder builder(String topic, int partition, PartitionRegistration reg, IntPredicate acceptable) {
        return new PartitionChangeBuilder(topic, partition, reg, acceptable, effectiveMinIsr(topic),
                controller.elrEnabled());
    }

    private Election electionFor(String topic) {
        return uncleanEnabled(topic) ? Election.UNCLEAN : Election.ONLINE;
    }

    /** Removes a broker from every ISR it is in, electing new leaders (fencing, controlled shutdown). */
    List<MetadataRecord> removeFromIsrs(int brokerId) {
        List<MetadataRecord> records = new ArrayList<>();
        IntPredicate acceptable = r -> r != brokerId && isActive(r);
        forEachPartition((topic, p, reg) -> {
            if (!reg.isr().contains(brokerId)) {
                return;
            }
            List<Integer> isr = new ArrayList<>(reg.isr());
            isr.remove(Integer.valueOf(brokerId));
            builder(topic, p, reg, acceptable).setTargetIsr(isr).setElection(electionFor(topic)).build()
                    .ifPresent(records::add);
        });
        return records;
    }

    /** KIP-966: a broker that restarted after an unclean shutdown leaves every ISR and ELR. */
    List<MetadataRecord> handleUncleanShutdown(int brokerId) {
        List<MetadataRecord> records = new ArrayList<>();
        IntPredicate acceptable = r -> r != brokerId && isActive(r);
        forEachPartition((topic, p, reg) -> {
            if (!reg.isr().contains(brokerId) && !reg.elr().contains(brokerId)) {
                return;
            }
            List<Integer> isr = new ArrayList<>(reg.isr());
            isr.remove(Integer.valueOf(brokerId));
            builder(topic, p, reg, acceptable).setTargetIsr(isr).setUncleanShutdownReplicas(List.of(brokerId))
                    .setElection(electionFor(topic)).build().ifPresent(records::add);
        });
        return records;
    }

    /** A broker was unfenced: leaderless partitions may get a leader again. */
    List<MetadataRecord> electLeaderless(int unfencedBrokerId) {
        List<MetadataRecord> records = new ArrayList<>();
        IntPredicate acceptable = r -> r == unfencedBrokerId || isActive(r);
        forEachPartition((topic, p, reg) -> {
            if (reg.leader() >= 0) {
                return;
            }
            builder(topic, p, reg, acceptable).setElection(electionFor(topic)).build().ifPresent(records::add);
        });
        return records;
    }

    /** The periodic unclean election scan for leaderless partitions of topics that allow it. */
    List<MetadataRecord> uncleanElectionScan() {
        List<MetadataRecord> records = new ArrayList<>();
        forEachPartition((topic, p, reg) -> {
            if (reg.leader() < 0 && uncleanEnabled(topic)) {
                builder(topic, p, reg, this::isActive).setElection(Election.UNCLEAN).build().ifPresent(records::add);
            }
        });
        return records;
    }

    /** Preferred leader election for one topic (null = all), moving leadership only where it changes. */
    List<MetadataRecord> electPreferred(String onlyTopic) {
        List<MetadataRecord> records = new ArrayList<>();
        forEachPartition((topic, p, reg) -> {
            if (onlyTopic != null && !onlyTopic.equals(topic)) {
                return;
            }
            if (reg.leader() == reg.preferredLeader()) {
                return;
            }
            builder(topic, p, reg, this::isActive).setElection(Election.PREFERRED).build()
                    .filter(c -> c.leader() != null && c.leader() == reg.preferredLeader())
                    .ifPresent(records::add);
        });
        return records;
    }

    /** AlterPartition from the leader: the new ISR (validated by the caller). */
    Optional<PartitionChangeRecord> alterIsr(String topic, int p, PartitionRegistration reg, List<Integer> newIsr) {
        PartitionChangeBuilder b = builder(topic, p, reg, this::isActive).setTargetIsr(newIsr);
        if (reg.recovering()) {
            b.setRecovered();
        }
        return b.build();
    }

    /** KIP-455: start moving a partition to new replicas (adding ones catch up, then the old ones go). */
    Optional<PartitionChangeRecord> reassign(String topic, int p, PartitionRegistration reg, List<Integer> target) {
        List<Integer> union = new ArrayList<>(target);
        for (int r : reg.replicas()) {
            if (!union.contains(r)) {
                union.add(r);
            }
        }
        List<Integer> adding = new ArrayList<>(target);
        adding.removeAll(reg.replicas());
        List<Integer> removing = new ArrayList<>(reg.replicas());
        removing.removeAll(target);
        return builder(topic, p, reg, this::isActive).setTargetReplicas(union).setTargetAdding(adding)
                .setTargetRemoving(removing).build();
    }

    /** The records creating a topic with the given assignment: ISR = the active replicas, leader = first of them. */
    List<MetadataRecord> createTopicRecords(String topic, String topicId, List<List<Integer>> assignment) {
        List<MetadataRecord> records = new ArrayList<>();
        records.add(new MetadataRecord.TopicRecord(topic, topicId));
        for (int p = 0; p < assignment.size(); p++) {
            List<Integer> replicas = assignment.get(p);
            List<Integer> isr = new ArrayList<>();
            for (int r : replicas) {
                if (isActive(r)) {
                    isr.add(r);
                }
            }
            int leader = isr.isEmpty() ? -1 : isr.get(0);
            records.add(new PartitionRecord(topic, p, replicas, isr, List.of(), List.of(), leader, 0, 0));
        }
        return records;
    }

    interface PartitionVisitor {
        void visit(String topic, int partition, PartitionRegistration reg);
    }

    void forEachPartition(PartitionVisitor visitor) {
        for (TopicImage t : image().topics().values()) {
            List<PartitionRegistration> parts = t.partitions();
            for (int p = 0; p < parts.size(); p++) {
                if (parts.get(p) != null) {
                    visitor.visit(t.name(), p, parts.get(p));
                }
            }
        }
    }
}
