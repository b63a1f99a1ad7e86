package dev.clusterlab.snapshot;

/**
 * The cluster at one boundary of simulated time, for the charts: the state after every event due
 * before {@code timeMs} and before any event due at or after it.
 *
 * <p>The producer counters are cumulative over all producers (a rate is the difference of two
 * samples). The partition counts follow Kafka's own metrics on the committed metadata:
 * {@code OfflinePartitionsCount} (no leader), {@code UnderReplicatedPartitions} (a leader whose
 * ISR is smaller than the replica set) and {@code UnderMinIsrPartitionCount} (a leader whose ISR is
 * below the topic's {@code min.insync.replicas}); so a partition under min ISR is also
 * under-replicated, and an offline one is neither. activeControllerId is -1 when no controller is
 * active.
 */
public record MetricsSample(long timeMs, long recordsSent, long recordsAcked, long recordsFailed, int partitions,
                            int offlinePartitions, int underReplicatedPartitions, int underMinIsrPartitions,
                            long totalIsrSize, int smallestIsrSize, int activeControllerId) {

    /** The ISR size averaged over the partitions, 0 with none. */
    public double averageIsrSize() {
        return partitions == 0 ? 0 : (double) totalIsrSize / partitions;
    }
}
