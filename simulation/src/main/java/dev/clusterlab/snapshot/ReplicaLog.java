package dev.clusterlab.snapshot;

import java.util.List;

/**
 * One replica's log of the watched partition, as that broker's disk holds it.
 *
 * @param brokerState  the broker's state (the names of {@link BrokerSnapshot#state()})
 * @param assigned     false for a broker that still holds a log although it is no longer a replica
 * @param hasLog       false when the broker holds no log for the partition (not created yet, or its disk was wiped)
 * @param epochs       the leader-epoch cache (Kafka's leader-epoch-checkpoint): where each epoch starts in this log
 * @param batches      the batches that reach into the snapshot's window, oldest first
 * @param segmentCount how many segments the log has (Kafka's LogSegments), the active one included
 * @param activeSegmentBaseOffset the base offset of the active segment (the last one, where appends go)
 * @param segmentBaseOffsets the base offsets of the segments that start inside the snapshot's window, oldest
 *                     first (a segment starting below the window is left out: the window stays bounded)
 */
public record ReplicaLog(int brokerId, String brokerState, boolean assigned, boolean leader, boolean inIsr,
                         boolean hasLog, long logStartOffset, long logEndOffset, long highWatermark,
                         List<EpochStart> epochs, List<LogBatch> batches, int segmentCount,
                         long activeSegmentBaseOffset, List<Long> segmentBaseOffsets) {

    public ReplicaLog {
        epochs = List.copyOf(epochs);
        batches = List.copyOf(batches);
        segmentBaseOffsets = List.copyOf(segmentBaseOffsets);
    }
}
