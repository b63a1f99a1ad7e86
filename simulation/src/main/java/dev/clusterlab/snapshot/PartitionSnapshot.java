package dev.clusterlab.snapshot;

import java.util.List;
import java.util.SortedMap;

/**
 * One partition as the controller's committed metadata and the replicas' logs show it.
 * leader is -1 when offline. highWatermark and logStartOffset are the leader's (for an offline
 * partition, its last leader's). logEndOffsets and highWatermarks hold every replica's own values.
 * minInsyncReplicas is the topic's effective {@code min.insync.replicas} as the controller applies it.
 * records and segments count what the leader's log holds (its records, its segments).
 */
public record PartitionSnapshot(String topic, int partition, int leader, int leaderEpoch, int partitionEpoch,
                                List<Integer> replicas, List<Integer> isr, List<Integer> elr,
                                long highWatermark, long logStartOffset,
                                SortedMap<Integer, Long> logEndOffsets,
                                SortedMap<Integer, Long> highWatermarks,
                                boolean internal, int minInsyncReplicas, long records, int segments) {

    /** Without the leader log's record and segment counts (0). */
    public PartitionSnapshot(String topic, int partition, int leader, int leaderEpoch, int partitionEpoch,
                             List<Integer> replicas, List<Integer> isr, List<Integer> elr,
                             long highWatermark, long logStartOffset,
                             SortedMap<Integer, Long> logEndOffsets,
                             SortedMap<Integer, Long> highWatermarks,
                             boolean internal, int minInsyncReplicas) {
        this(topic, partition, leader, leaderEpoch, partitionEpoch, replicas, isr, elr, highWatermark, logStartOffset,
                logEndOffsets, highWatermarks, internal, minInsyncReplicas, 0, 0);
    }

    public PartitionSnapshot {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
        elr = List.copyOf(elr);
    }

    /** The partition as Kafka names it, for example {@code orders-0}. */
    public String name() {
        return topic + "-" + partition;
    }
}
