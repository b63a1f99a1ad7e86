package dev.clusterlab.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * The whole cluster at one instant: the only thing the views and the report read. Immutable;
 * the UI may keep it as long as it likes. network, replicaLogs, timeline and metrics are what
 * only the live views need: the report's snapshot leaves them empty. topics holds the user
 * topics' effective configs, by name.
 */
public record ClusterSnapshot(
        String scenarioName,
        long seed,
        long nowMs,
        long events,
        ControllerQuorumSnapshot controller,
        List<ControllerSnapshot> controllers,
        List<BrokerSnapshot> brokers,
        List<PartitionSnapshot> partitions,
        List<ProducerSnapshot> producers,
        RecordStats records,
        List<InvariantStatus> invariants,
        NetworkSnapshot network,
        ReplicaLogsSnapshot replicaLogs,
        TimelineSnapshot timeline,
        MetricsHistory metrics,
        List<TopicSnapshot> topics) {

    public ClusterSnapshot {
        controllers = List.copyOf(controllers);
        brokers = List.copyOf(brokers);
        partitions = List.copyOf(partitions);
        producers = List.copyOf(producers);
        invariants = List.copyOf(invariants);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(replicaLogs, "replicaLogs");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(metrics, "metrics");
        topics = List.copyOf(topics);
    }

    /** A snapshot without the live views' extras. */
    public ClusterSnapshot(String scenarioName, long seed, long nowMs, long events, ControllerQuorumSnapshot controller,
                           List<ControllerSnapshot> controllers, List<BrokerSnapshot> brokers,
                           List<PartitionSnapshot> partitions, List<ProducerSnapshot> producers, RecordStats records,
                           List<InvariantStatus> invariants) {
        this(scenarioName, seed, nowMs, events, controller, controllers, brokers, partitions, producers, records,
                invariants, NetworkSnapshot.EMPTY, ReplicaLogsSnapshot.NONE, TimelineSnapshot.EMPTY,
                MetricsHistory.EMPTY, List.of());
    }

    /** This snapshot with the live views' extras. */
    public ClusterSnapshot withLiveViews(NetworkSnapshot network, ReplicaLogsSnapshot replicaLogs,
                                         TimelineSnapshot timeline, MetricsHistory metrics) {
        return new ClusterSnapshot(scenarioName, seed, nowMs, events, controller, controllers, brokers, partitions,
                producers, records, invariants, network, replicaLogs, timeline, metrics, topics);
    }

    /** This snapshot with the user topics' effective configs. */
    public ClusterSnapshot withTopics(List<TopicSnapshot> topics) {
        return new ClusterSnapshot(scenarioName, seed, nowMs, events, controller, controllers, brokers, partitions,
                producers, records, invariants, network, replicaLogs, timeline, metrics, topics);
    }
}
