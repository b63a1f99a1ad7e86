package dev.clusterlab.snapshot;

import java.util.List;

/**
 * The whole cluster at one instant: the only thing the views and the report read. Immutable;
 * the UI may keep it as long as it likes.
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
        List<InvariantStatus> invariants) {

    public ClusterSnapshot {
        controllers = List.copyOf(controllers);
        brokers = List.copyOf(brokers);
        partitions = List.copyOf(partitions);
        producers = List.copyOf(producers);
        invariants = List.copyOf(invariants);
    }
}
