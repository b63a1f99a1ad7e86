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
 */
public final class PartitionLog {
    private final TopicPartition topicPartition;
    private final ArrayList<RecordBatch> batches = new ArrayList<>();
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
        if (stored.partitionLeaderEpoch() > epochCache.latestEpoch()) {
            epochCache.assign(stored.partitionLeaderEpoch(), stored.baseOffset());
        }
        batches.add(stored);
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
        return removed;
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
            recoveryPoint = unflushed.pollFirst()[0];
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
