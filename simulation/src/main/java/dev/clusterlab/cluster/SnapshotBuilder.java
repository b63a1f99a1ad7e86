package dev.clusterlab.cluster;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.broker.BrokerProcessState;
import dev.clusterlab.check.AckedRecords;
import dev.clusterlab.check.Invariant;
import dev.clusterlab.check.LeaderLogs;
import dev.clusterlab.check.RecordAccounting;
import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.controller.raft.RaftReplica;
import dev.clusterlab.engine.NodeStatus;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.EffectiveConfig;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.InvariantStatus;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.snapshot.TopicSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the immutable ClusterSnapshot from the live nodes and the committed metadata. */
final class SnapshotBuilder {
    private final ClusterNodes nodes;
    private final CommittedMetadata committed;
    private final AckedRecords acked;
    private final List<Invariant> invariants;
    private final ClusterEventBus bus;
    private final Config brokerConfig;

    SnapshotBuilder(ClusterNodes nodes, CommittedMetadata committed, AckedRecords acked, List<Invariant> invariants,
                    ClusterEventBus bus, Config brokerConfig) {
        this.nodes = nodes;
        this.committed = committed;
        this.acked = acked;
        this.invariants = invariants;
        this.bus = bus;
        this.brokerConfig = brokerConfig;
    }

    /** The broker whose log counts for a partition: its committed leader, or its last leader when offline. */
    BrokerNode leaderBroker(TopicPartition tp) {
        PartitionRegistration reg = committed.image().partition(tp);
        int leader = reg != null && reg.leader() >= 0 ? reg.leader() : committed.lastLeader(tp);
        return nodes.brokers.get(leader);
    }

    /** The log that counts for a partition: its committed leader's, or its last leader's when offline. */
    PartitionLog leaderLog(TopicPartition tp) {
        BrokerNode b = leaderBroker(tp);
        return b == null ? null : b.disk().log(tp);
    }

    ClusterSnapshot build(String name, long seed, long nowMs, long events) {
        return build(name, seed, nowMs, events, null);
    }

    /** With cachedRecords null the record accounting is computed now (a scan of every leader log). */
    ClusterSnapshot build(String name, long seed, long nowMs, long events, RecordStats cachedRecords) {
        MetadataImage image = committed.image();
        List<PartitionSnapshot> partitions = partitions(image);
        RecordStats records = cachedRecords;
        if (records == null) {
            List<TopicPartition> tps = new ArrayList<>();
            for (PartitionSnapshot p : partitions) {
                tps.add(new TopicPartition(p.topic(), p.partition()));
            }
            LeaderLogs logs = this::leaderLog;
            records = RecordAccounting.compute(tps, logs, acked);
        }
        List<InvariantStatus> statuses = new ArrayList<>();
        for (Invariant i : invariants) {
            statuses.add(i.status());
        }
        List<ProducerSnapshot> producers = new ArrayList<>();
        for (ProducerClient p : nodes.producers.values()) {
            producers.add(p.snapshot());
        }
        return new ClusterSnapshot(name, seed, nowMs, events, quorum(), controllers(), brokers(image), partitions,
                producers, records, statuses).withTopics(topics(image));
    }

    private MetadataImage topicsImage;
    private List<TopicSnapshot> topics = List.of();

    /** Every user topic's effective configs; they only change with the metadata, so a frame mostly reuses them. */
    private List<TopicSnapshot> topics(MetadataImage image) {
        if (image != topicsImage) {
            topicsImage = image;
            topics = effectiveTopicConfigs(image);
        }
        return topics;
    }

    private List<TopicSnapshot> effectiveTopicConfigs(MetadataImage image) {
        List<TopicSnapshot> out = new ArrayList<>();
        for (TopicImage t : image.topics().values()) {
            if (t.name().startsWith("__")) {
                continue; // internal topics, as the partitions' internal flag has it
            }
            SortedMap<String, String> configs = new TreeMap<>();
            for (String config : KafkaConfigs.TOPIC.keys().keySet()) {
                configs.put(config, EffectiveConfig.topicValue(image, brokerConfig, t.name(), config));
            }
            out.add(new TopicSnapshot(t.name(), configs));
        }
        return out;
    }

    private ControllerQuorumSnapshot quorum() {
        ControllerNode active = nodes.activeController();
        return active == null ? new ControllerQuorumSnapshot(-1, 0, bus.failovers())
                : new ControllerQuorumSnapshot(active.nodeId(), active.controller().activeEpoch(), bus.failovers());
    }

    private List<ControllerSnapshot> controllers() {
        List<ControllerSnapshot> out = new ArrayList<>();
        for (ControllerNode c : nodes.controllers.values()) {
            RaftReplica raft = c.raft();
            boolean down = c.status() == NodeStatus.DOWN || raft == null;
            out.add(new ControllerSnapshot(c.nodeId(), stateName(c.status()), down ? "" : raft.state().name(),
                    down ? c.disk().epoch() : raft.epoch(), down ? -1 : raft.leaderId(), c.disk().logEndOffset(),
                    down ? -1 : raft.highWatermark()));
        }
        return out;
    }

    private static String stateName(NodeStatus s) {
        return switch (s) {
            case UP -> "RUNNING";
            case PAUSED -> "PAUSED";
            case DOWN -> "CRASHED";
        };
    }

    private List<BrokerSnapshot> brokers(MetadataImage image) {
        List<BrokerSnapshot> out = new ArrayList<>();
        for (BrokerNode b : nodes.brokers.values()) {
            BrokerRegistration reg = image.broker(b.brokerId());
            boolean fenced = reg == null || reg.fenced();
            int[] counts = b.leaderAndFollowerCounts();
            out.add(new BrokerSnapshot(b.brokerId(), brokerState(b, fenced), fenced,
                    reg == null ? -1 : reg.brokerEpoch(), b.metadataOffset(), counts[0], counts[1]));
        }
        return out;
    }

    static String brokerState(BrokerNode b, boolean fenced) {
        if (b.status() == NodeStatus.PAUSED) {
            return "PAUSED";
        }
        BrokerProcessState s = b.processState();
        return switch (s) {
            case CRASHED -> "CRASHED";
            case STOPPED -> "STOPPED";
            case PENDING_CONTROLLED_SHUTDOWN -> "CONTROLLED_SHUTDOWN";
            default -> fenced ? "FENCED" : "RUNNING";
        };
    }

    private List<PartitionSnapshot> partitions(MetadataImage image) {
        List<PartitionSnapshot> out = new ArrayList<>();
        for (TopicImage t : image.topics().values()) {
            int minIsr = EffectiveConfig.minInsyncReplicas(image, brokerConfig, t.name());
            for (int p = 0; p < t.partitions().size(); p++) {
                PartitionRegistration reg = t.partitions().get(p);
                if (reg == null) {
                    continue;
                }
                TopicPartition tp = new TopicPartition(t.name(), p);
                SortedMap<Integer, Long> leos = new TreeMap<>();
                SortedMap<Integer, Long> hws = new TreeMap<>();
                for (int r : reg.replicas()) {
                    BrokerNode b = nodes.brokers.get(r);
                    PartitionLog log = b == null ? null : b.disk().log(tp);
                    leos.put(r, log == null ? 0L : log.logEndOffset());
                    hws.put(r, log == null ? 0L : log.highWatermark());
                }
                PartitionLog leaderLog = leaderLog(tp);
                out.add(new PartitionSnapshot(t.name(), p, reg.leader(), reg.leaderEpoch(), reg.partitionEpoch(),
                        reg.replicas(), reg.isr(), reg.elr(),
                        leaderLog == null ? 0 : leaderLog.highWatermark(),
                        leaderLog == null ? 0 : leaderLog.logStartOffset(), leos, hws, t.name().startsWith("__"), minIsr,
                        leaderLog == null ? 0 : leaderLog.recordCount(), leaderLog == null ? 0 : leaderLog.segmentCount()));
            }
        }
        return out;
    }
}
