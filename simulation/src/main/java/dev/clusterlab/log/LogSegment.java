package dev.clusterlab.log;

/**
 * One segment of a replica's log (Kafka's LogSegment): the batches from {@code baseOffset} up to
 * the next segment's base offset. Only what rolling and retention need is kept: the batches
 * themselves stay in {@link PartitionLog}'s list.
 *
 * <p>The exact size in bytes is computed lazily: appends add the batch's cheap upper bound, and
 * the exact sizes are summed only when that bound comes near {@code segment.bytes} or someone
 * asks (retention, report), so the 1 GiB default costs nothing on the append path.
 */
final class LogSegment {
    final long baseOffset;
    /** When the segment was created (Kafka's {@code created}, used for segment.ms while it is empty). */
    final long createdMs;
    /** Exact bytes of the batches below {@link #exactUpToOffset}. */
    long exactBytes;
    long exactUpToOffset;
    /** Upper bound of the bytes of the batches from {@link #exactUpToOffset} on. */
    long pendingUpperBytes;
    /** Max timestamp of the first batch (Kafka's rollingBasedTimestamp), -1 while empty. */
    long firstBatchTimestampMs = -1;
    /** Largest record timestamp in the segment (Kafka's maxTimestampSoFar), -1 while empty. */
    long maxTimestampMs = -1;
    /** When a batch was last written (the file's last modified time), for a segment without timestamps. */
    long lastModifiedMs;

    LogSegment(long baseOffset, long createdMs) {
        this.baseOffset = baseOffset;
        this.createdMs = createdMs;
        this.exactUpToOffset = baseOffset;
        this.lastModifiedMs = createdMs;
    }

    /** Kafka's LogSegment.largestTimestamp: the max record timestamp, or the last modified time. */
    long largestTimestampMs() {
        return maxTimestampMs >= 0 ? maxTimestampMs : lastModifiedMs;
    }

    void appended(RecordBatch b, long upperBytes, long nowMs) {
        pendingUpperBytes += upperBytes;
        if (firstBatchTimestampMs < 0) {
            firstBatchTimestampMs = b.maxTimestampMs();
        }
        maxTimestampMs = Math.max(maxTimestampMs, b.maxTimestampMs());
        lastModifiedMs = nowMs;
    }
}
