package dev.clusterlab.log;

import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The log of one replica of one partition, as it is on that broker's disk: record batches by
 * offset, the leader-epoch cache, the log start offset and the replica's high watermark
 * (checkpointed). It also tracks what the OS page cache has not yet written back, so that a
 * power failure loses exactly that.
 *
 * <p>The batches are grouped in segments (Kafka's LogSegment), rolled on append by
 * {@code segment.bytes} and {@code segment.ms} as UnifiedLog.maybeRoll / LogSegment.shouldRoll
 * do; the last one is the active segment. {@link #deleteOldSegments} is Kafka's
 * UnifiedLog.deleteOldSegments for the retention check.
 */
public final class PartitionLog {
    private final TopicPartition topicPartition;
    private final ArrayList<RecordBatch> batches = new ArrayList<>();
    /** Never empty: the last one is the active segment. */
    private final ArrayList<LogSegment> segments = new ArrayList<>();
    /** Kafka's topic defaults: segment.bytes 1 GiB, segment.ms 7 days. */
    private long segmentBytes = 1073741824L;
    private long segmentMs = 604800000L;
    private long recordCount;
    private final LeaderEpochCache epochCache = new LeaderEpochCache();
    private final ProducerStateTable producerState = new ProducerStateTable();
    private final ArrayDeque<long[]> unflushed = new ArrayDeque<>(); // {endOffset, writtenAtMs}
    /** The newest page-cache bucket (unflushed's last) and when its head is due to be written back. */
    private long[] lastBucket;
    private long nextWriteBackMs = Long.MAX_VALUE;
    private long logStartOffset;
    private long logEndOffset;
    private long highWatermark;
    private long recoveryPoint;
    /** Epoch of the last batch, kept here so a fetcher need not touch the batch itself. */
    private int lastBatchEpoch = -1;

    /** Writes within this many ms of each other are tracked as one page-cache write. */
    private static final long WRITE_BACK_GRANULARITY_MS = 100;

    private final long dirtyExpireMs;

    /** dirtyExpireMs: how long the OS keeps written data in its page cache (os.dirty.expire.ms). */
    public PartitionLog(TopicPartition topicPartition, long dirtyExpireMs) {
        this.topicPartition = topicPartition;
        this.dirtyExpireMs = dirtyExpireMs;
        this.segments.add(new LogSegment(0, 0));
    }

    /** The topic's segment.bytes and segment.ms as they apply now (a change affects the next roll check). */
    public void configureSegments(long segmentBytes, long segmentMs) {
        this.segmentBytes = segmentBytes;
        this.segmentMs = segmentMs;
    }

    public int segmentCount() {
        return segments.size();
    }

    /** Base offsets of the segments, oldest first; the last is the active segment's. */
    public List<Long> segmentBaseOffsets() {
        List<Long> out = new ArrayList<>(segments.size());
        for (LogSegment seg : segments) {
            out.add(seg.baseOffset);
        }
        return out;
    }

    public long activeSegmentBaseOffset() {
        return segments.get(segments.size() - 1).baseOffset;
    }

    /** Exact bytes of segment i. */
    public long segmentSizeInBytes(int i) {
        LogSegment seg = segments.get(i);
        long end = i + 1 < segments.size() ? segments.get(i + 1).baseOffset : logEndOffset;
        if (seg.pendingUpperBytes > 0 || seg.exactUpToOffset < end) {
            long bytes = 0;
            for (int k = firstBatchAtOrAfter(seg.exactUpToOffset); k < batches.size(); k++) {
                RecordBatch b = batches.get(k);
                if (b.baseOffset() >= end) {
                    break;
                }
                bytes += b.sizeInBytes();
            }
            seg.exactBytes += bytes;
            seg.exactUpToOffset = end;
            seg.pendingUpperBytes = 0;
        }
        return seg.exactBytes;
    }

    /** Largest record timestamp of segment i (its last write time when it holds no records). */
    public long segmentLargestTimestampMs(int i) {
        return segments.get(i).largestTimestampMs();
    }

    /** Records held in the log's segments (kept as a running count: snapshots ask for it often). */
    public long recordCount() {
        return recordCount;
    }

    private static long countOf(List<RecordBatch> removed) {
        long n = 0;
        for (int i = 0; i < removed.size(); i++) {
            n += removed.get(i).count();
        }
        return n;
    }

    /** Index of the first batch whose base offset is at or after offset (batches.size() if none). */
    private int firstBatchAtOrAfter(long offset) {
        int lo = 0;
        int hi = batches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (batches.get(mid).baseOffset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public TopicPartition topicPartition() {
        return topicPartition;
    }

    public long logStartOffset() {
        return logStartOffset;
    }

    public long logEndOffset() {
        return logEndOffset;
    }

    public long highWatermark() {
        return highWatermark;
    }

    /** Bytes of the batches in the log (summed on demand: nothing on the append path needs it). */
    public long sizeInBytes() {
        long size = 0;
        for (int i = 0; i < batches.size(); i++) {
            size += batches.get(i).sizeInBytes();
        }
        return size;
    }

    public int batchCount() {
        return batches.size();
    }

    public LeaderEpochCache epochCache() {
        return epochCache;
    }

    public ProducerStateTable producerState() {
        return producerState;
    }

    /** Epoch of the last batch (or of the cache, for an empty log), -1 if none. */
    public int lastFetchedEpoch() {
        return lastBatchEpoch >= 0 ? lastBatchEpoch : epochCache.latestEpoch();
    }

    /** Appends a producer's batch as leader: assigns offsets and stamps the leader epoch. */
    public RecordBatch appendAsLeader(RecordBatch fromProducer, int leaderEpoch, long nowMs) {
        RecordBatch stored = fromProducer.withOffsetAndEpoch(logEndOffset, leaderEpoch);
        append(stored, nowMs);
        return stored;
    }

    /** Appends a batch fetched from the leader, exactly as the leader stored it. */
    public void appendAsFollower(RecordBatch stored, long nowMs) {
        if (stored.baseOffset() != logEndOffset) {
            throw new IllegalStateException(topicPartition + ": follower append at " + stored.baseOffset()
                    + " but log end offset is " + logEndOffset);
        }
        append(stored, nowMs);
    }

    private void append(RecordBatch stored, long nowMs) {
        LogSegment active = segments.get(segments.size() - 1);
        long upperBytes = stored.sizeUpperBound();
        if (logEndOffset > active.baseOffset && shouldRoll(active, stored, upperBytes)) {
            roll(nowMs);
            active = segments.get(segments.size() - 1);
        }
        active.appended(stored, upperBytes, nowMs);
        if (stored.partitionLeaderEpoch() > epochCache.latestEpoch()) {
            epochCache.assign(stored.partitionLeaderEpoch(), stored.baseOffset());
        }
        batches.add(stored);
        recordCount += stored.count();
        lastBatchEpoch = stored.partitionLeaderEpoch();
        logEndOffset = stored.nextOffset();
        producerState.update(stored);
        if (nowMs >= nextWriteBackMs) {
            writeBack(nowMs);
        }
        if (lastBucket != null && nowMs - lastBucket[1] < WRITE_BACK_GRANULARITY_MS) {
            lastBucket[0] = logEndOffset;
        } else {
            lastBucket = new long[] {logEndOffset, nowMs};
            unflushed.addLast(lastBucket);
            nextWriteBackMs = Math.min(nextWriteBackMs, nowMs + dirtyExpireMs);
        }
    }

    /**
     * Kafka's LogSegment.shouldRoll for a non-empty active segment: the batch would take it past
     * segment.bytes, or its timestamp is more than segment.ms after the segment's first batch
     * (rollingBasedTimestamp; record timestamps are the producers' CreateTime).
     */
    private boolean shouldRoll(LogSegment active, RecordBatch incoming, long incomingUpperBytes) {
        if (incoming.maxTimestampMs() - active.firstBatchTimestampMs > segmentMs) {
            return true;
        }
        if (active.exactBytes + active.pendingUpperBytes + incomingUpperBytes <= segmentBytes) {
            return false; // even the upper bounds fit: no exact sizes needed
        }
        return segmentSizeInBytes(segments.size() - 1) > segmentBytes - incoming.sizeInBytes();
    }

    /**
     * A new active segment at the log end offset. The rolled segment is flushed (Kafka schedules
     * flushUptoOffsetExclusive(newSegment.baseOffset) at every roll).
     */
    public void roll(long nowMs) {
        LogSegment active = segments.get(segments.size() - 1);
        if (active.baseOffset == logEndOffset) {
            return; // already an empty active segment at the end
        }
        segments.add(new LogSegment(logEndOffset, nowMs));
        flush();
    }

    /** Kafka's deleteOldSegments condition on one segment (and its successor, if any). */
    private interface DeletionCondition {
        boolean test(int index, boolean hasNext);
    }

    /**
     * The retention check on this log (Kafka's UnifiedLog.deleteOldSegments): segments before
     * the log start offset, then by retention.bytes, then by retention.ms when the policy
     * includes delete. Whole segments only, oldest first, none that reaches past the high
     * watermark, never an empty active segment; when every segment goes, a new active segment is
     * rolled first. Returns the batches removed.
     */
    public List<RecordBatch> deleteOldSegments(long nowMs, boolean deletePolicy, long retentionMs,
                                               long retentionBytes) {
        List<RecordBatch> removed = new ArrayList<>();
        deleteSegments(deletableSegments((i, hasNext) -> hasNext && segments.get(i + 1).baseOffset <= logStartOffset),
                nowMs, removed);
        if (!deletePolicy) {
            return removed;
        }
        if (retentionBytes >= 0) {
            long size = 0;
            for (int i = 0; i < segments.size(); i++) {
                size += segmentSizeInBytes(i);
            }
            if (size >= retentionBytes) {
                long[] diff = {size - retentionBytes};
                deleteSegments(deletableSegments((i, hasNext) -> {
                    long segmentSize = segmentSizeInBytes(i);
                    if (diff[0] - segmentSize >= 0) {
                        diff[0] -= segmentSize;
                        return true;
                    }
                    return false;
                }), nowMs, removed);
            }
        }
        if (retentionMs >= 0) {
            deleteSegments(deletableSegments((i, hasNext) ->
                    nowMs - segments.get(i).largestTimestampMs() > retentionMs), nowMs, removed);
        }
        return removed;
    }

    /** Kafka's deletableSegments: how many segments, from the oldest, may go. */
    private int deletableSegments(DeletionCondition condition) {
        int n = segments.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            boolean hasNext = i + 1 < n;
            long upperBound = hasNext ? segments.get(i + 1).baseOffset : logEndOffset;
            boolean lastAndEmpty = !hasNext && logEndOffset <= segments.get(i).baseOffset;
            if (highWatermark >= upperBound && condition.test(i, hasNext) && !lastAndEmpty) {
                count++;
            } else {
                break;
            }
        }
        return count;
    }

    /** Kafka's deleteSegments: roll first if all go, then the log start offset moves to the next base offset. */
    private void deleteSegments(int count, long nowMs, List<RecordBatch> removed) {
        if (count == 0) {
            return;
        }
        if (count == segments.size()) {
            roll(nowMs);
        }
        long newStart = segments.get(count).baseOffset;
        int idx = firstBatchAtOrAfter(newStart);
        List<RecordBatch> gone = batches.subList(0, idx);
        recordCount -= countOf(gone);
        removed.addAll(gone);
        gone.clear();
        segments.subList(0, count).clear();
        incrementLogStartOffset(newStart);
    }

    private void incrementLogStartOffset(long newStart) {
        if (newStart > logStartOffset) {
            logStartOffset = newStart;
            epochCache.truncateFromStart(newStart);
        }
        recoveryPoint = Math.max(recoveryPoint, logStartOffset);
        highWatermark = Math.max(highWatermark, logStartOffset);
    }

    /**
     * A follower learns the leader's log start offset from its fetch responses (Kafka's
     * maybeIncrementLogStartOffset with LeaderOffsetIncremented): never past the high watermark.
     * The segments below it go at the next retention check.
     */
    public void maybeIncrementLogStartOffset(long leaderLogStartOffset) {
        if (leaderLogStartOffset > logStartOffset && leaderLogStartOffset <= highWatermark) {
            incrementLogStartOffset(leaderLogStartOffset);
        }
    }

    /**
     * Kafka's truncateFullyAndStartAt: every segment goes, the log restarts empty at offset (a
     * follower that fell below its leader's log start offset). Returns the batches removed.
     */
    public List<RecordBatch> truncateFullyAndStartAt(long offset, long nowMs) {
        List<RecordBatch> removed = new ArrayList<>(batches);
        batches.clear();
        recordCount = 0;
        segments.clear();
        segments.add(new LogSegment(offset, nowMs));
        logStartOffset = offset;
        logEndOffset = offset;
        highWatermark = offset;
        recoveryPoint = offset;
        lastBatchEpoch = -1;
        epochCache.clear();
        unflushed.clear();
        lastBucket = null;
        nextWriteBackMs = Long.MAX_VALUE;
        producerState.rebuild(batches.iterator());
        return removed;
    }

    /** A new leader records its epoch at its current log end offset. */
    public void assignEpochStart(int leaderEpoch) {
        if (leaderEpoch > epochCache.latestEpoch()) {
            epochCache.assign(leaderEpoch, logEndOffset);
        }
    }

    public void updateHighWatermark(long hw) {
        highWatermark = Math.max(logStartOffset, Math.min(hw, logEndOffset));
    }

    /**
     * Removes every batch that ends at or after offset (a batch is never split: the log end
     * offset becomes the base offset of the first removed batch). Returns the removed batches.
     */
    public List<RecordBatch> truncateTo(long offset) {
        if (offset >= logEndOffset) {
            return List.of();
        }
        int idx = indexOfBatchContaining(Math.max(offset, logStartOffset));
        if (idx < 0) {
            idx = batches.size();
        }
        List<RecordBatch> removed = new ArrayList<>(batches.subList(idx, batches.size()));
        batches.subList(idx, batches.size()).clear();
        recordCount -= countOf(removed);
        lastBatchEpoch = batches.isEmpty() ? -1 : batches.get(batches.size() - 1).partitionLeaderEpoch();
        logEndOffset = batches.isEmpty() ? Math.max(logStartOffset, Math.min(offset, logEndOffset))
                : batches.get(batches.size() - 1).nextOffset();
        if (!removed.isEmpty()) {
            logEndOffset = Math.min(logEndOffset, removed.get(0).baseOffset());
        }
        epochCache.truncateFromEnd(logEndOffset);
        highWatermark = Math.min(highWatermark, logEndOffset);
        recoveryPoint = Math.min(recoveryPoint, logEndOffset);
        unflushed.forEach(u -> u[0] = Math.min(u[0], logEndOffset));
        producerState.rebuild(batches.iterator());
        truncateSegments();
        return removed;
    }

    /**
     * After a truncation: segments that start past the new end go; the last one's size and
     * timestamps are taken again from the batches it keeps.
     */
    private void truncateSegments() {
        while (segments.size() > 1 && segments.get(segments.size() - 1).baseOffset > logEndOffset) {
            segments.remove(segments.size() - 1);
        }
        LogSegment last = segments.get(segments.size() - 1);
        LogSegment fresh = new LogSegment(last.baseOffset, last.createdMs);
        fresh.lastModifiedMs = last.lastModifiedMs;
        for (int k = firstBatchAtOrAfter(last.baseOffset); k < batches.size(); k++) {
            fresh.appended(batches.get(k), batches.get(k).sizeUpperBound(), last.lastModifiedMs);
        }
        segments.set(segments.size() - 1, fresh);
    }

    /** Index of the batch that contains offset, or -1 if offset is at or past the end. */
    public int indexOfBatchContaining(long offset) {
        int n = batches.size();
        if (n == 0 || offset >= logEndOffset) {
            return -1;
        }
        RecordBatch last = batches.get(n - 1);
        if (offset >= last.baseOffset()) {
            return n - 1;
        }
        // recent offsets are the common question (acks, fetches): look back a few batches first
        for (int i = n - 2; i >= Math.max(0, n - 9); i--) {
            RecordBatch b = batches.get(i);
            if (offset >= b.baseOffset()) {
                return i;
            }
        }
        int lo = 0;
        int hi = batches.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            RecordBatch b = batches.get(mid);
            if (b.nextOffset() <= offset) {
                lo = mid + 1;
            } else if (b.baseOffset() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo < batches.size() ? lo : -1;
    }

    /** The batch that contains offset, or null. */
    public RecordBatch batchContaining(long offset) {
        int i = indexOfBatchContaining(offset);
        if (i < 0) {
            return null;
        }
        RecordBatch b = batches.get(i);
        return b.baseOffset() <= offset ? b : null;
    }

    /** Batches from fetchOffset on, up to maxBytes (at least one batch if any). */
    public List<RecordBatch> read(long fetchOffset, int maxBytes) {
        if (fetchOffset >= logEndOffset) {
            return List.of();
        }
        int i = indexOfBatchContaining(fetchOffset);
        if (i < 0) {
            return List.of();
        }
        int end = i;
        long bytes = 0;
        boolean exact = false; // upper bounds suffice while they fit; exact sizes only near the limit
        while (end < batches.size()) {
            RecordBatch b = batches.get(end);
            long size = exact ? b.sizeInBytes() : b.sizeUpperBound();
            if (!exact && bytes + size > maxBytes) {
                exact = true;
                bytes = 0;
                for (int k = i; k < end; k++) {
                    bytes += batches.get(k).sizeInBytes();
                }
                size = b.sizeInBytes();
            }
            if (end > i && bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end++;
        }
        if (end - i == 1) {
            return List.of(batches.get(i));
        }
        return new ArrayList<>(batches.subList(i, end));
    }

    /** All batches, oldest first (a read-only view). */
    public List<RecordBatch> batches() {
        return Collections.unmodifiableList(batches);
    }

    /** The page cache writes back what is older than dirtyExpireMs (Linux dirty_expire_centisecs). */
    public void writeBack(long nowMs) {
        while (!unflushed.isEmpty() && unflushed.peekFirst()[1] + dirtyExpireMs <= nowMs) {
            recoveryPoint = Math.max(logStartOffset, unflushed.pollFirst()[0]);
        }
        nextWriteBackMs = unflushed.isEmpty() ? Long.MAX_VALUE : unflushed.peekFirst()[1] + dirtyExpireMs;
        lastBucket = unflushed.peekLast();
    }

    /** Everything written so far reaches the disk (segment roll, clean shutdown). */
    public void flush() {
        unflushed.clear();
        lastBucket = null;
        nextWriteBackMs = Long.MAX_VALUE;
        recoveryPoint = logEndOffset;
    }

    /** Offset up to which the data is on disk. */
    public long recoveryPoint() {
        return recoveryPoint;
    }

    /** Power failure: what the page cache had not written back is gone. Returns the batches lost. */
    public List<RecordBatch> losePageCache(long nowMs) {
        writeBack(nowMs);
        List<RecordBatch> removed = truncateTo(recoveryPoint);
        unflushed.clear();
        lastBucket = null;
        nextWriteBackMs = Long.MAX_VALUE;
        return removed;
    }
}
