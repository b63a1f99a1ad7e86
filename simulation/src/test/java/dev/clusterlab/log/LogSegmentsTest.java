package dev.clusterlab.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Segments and the delete retention policy on one replica's log, as Kafka's LogSegment.shouldRoll
 * and UnifiedLog.deleteOldSegments / deletableSegments / deleteSegments define them.
 */
class LogSegmentsTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);
    private static final long NO_LIMIT = -1;
    private static final long WEEK_MS = 604_800_000L;

    private final PartitionLog log = new PartitionLog(TP, 30_000);
    private int nextSequence;

    /** A batch of count records of 100-byte values, all stamped timestampMs (CreateTime). */
    private RecordBatch batch(int count, long timestampMs) {
        int[] keys = new int[count];
        RecordBatch b = RecordBatch.fromProducer(7, (short) 0, true, nextSequence, keys, 100, timestampMs);
        nextSequence += count;
        return b;
    }

    private RecordBatch append(int count, long timestampMs) {
        return log.appendAsLeader(batch(count, timestampMs), 0, timestampMs);
    }

    @Test
    void aNewLogHasOneEmptyActiveSegmentAtOffsetZero() {
        assertThat(log.segmentBaseOffsets()).containsExactly(0L);
        assertThat(log.activeSegmentBaseOffset()).isZero();
        assertThat(log.recordCount()).isZero();
    }

    @Test
    void segmentsRollWhenTheNextBatchWouldPassSegmentBytes() {
        int batchBytes = batch(10, 0).sizeInBytes();
        nextSequence = 0;
        log.configureSegments(3L * batchBytes, WEEK_MS); // exactly three batches fit
        for (int i = 0; i < 7; i++) {
            append(10, i);
        }
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 30L, 60L);
        assertThat(log.segmentSizeInBytes(0)).isEqualTo(3L * batchBytes);
        assertThat(log.segmentSizeInBytes(1)).isEqualTo(3L * batchBytes);
        assertThat(log.segmentSizeInBytes(2)).isEqualTo(batchBytes);
        assertThat(log.activeSegmentBaseOffset()).isEqualTo(60);
        assertThat(log.recordCount()).isEqualTo(70);
        assertThat(log.sizeInBytes()).isEqualTo(7L * batchBytes);
    }

    @Test
    void oneByteLessAndTheThirdBatchGoesToANewSegment() {
        int batchBytes = batch(10, 0).sizeInBytes();
        nextSequence = 0;
        log.configureSegments(3L * batchBytes - 1, WEEK_MS);
        for (int i = 0; i < 4; i++) {
            append(10, i);
        }
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 20L);
    }

    @Test
    void segmentsRollWhenABatchIsMoreThanSegmentMsNewerThanTheSegmentsFirstBatch() {
        log.configureSegments(1L << 30, 1000);
        append(1, 5000);
        append(1, 5600);
        append(1, 6000); // exactly segment.ms after the first batch: no roll (Kafka compares with >)
        assertThat(log.segmentCount()).isOne();
        append(1, 6001);
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 3L);
        append(1, 7001);
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 3L);
        append(1, 7002);
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 3L, 5L);
    }

    @Test
    void anEmptyActiveSegmentNeverRollsByTime() {
        log.configureSegments(1L << 30, 1000);
        append(1, 60_000); // the first batch of the log, long after the segment was created
        assertThat(log.segmentBaseOffsets()).containsExactly(0L);
    }

    /** Five segments of 10 records, written at 0, 10 s, 20 s, 30 s and 40 s. */
    private void fiveSegments() {
        log.configureSegments(1L << 30, 5000);
        for (int s = 0; s < 5; s++) {
            append(5, s * 10_000L);
            append(5, s * 10_000L + 1000);
        }
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 10L, 20L, 30L, 40L);
    }

    @Test
    void timeRetentionDeletesWholeSegmentsOldestFirstByTheirLargestTimestamp() {
        fiveSegments();
        log.updateHighWatermark(50);
        // retention.ms 25 s at t=45 s: the segments whose newest record is more than 25 s old (1 s, 11 s)
        List<RecordBatch> removed = log.deleteOldSegments(45_000, true, 25_000, NO_LIMIT);
        assertThat(removed).extracting(RecordBatch::baseOffset).containsExactly(0L, 5L, 10L, 15L);
        assertThat(log.segmentBaseOffsets()).containsExactly(20L, 30L, 40L);
        assertThat(log.logStartOffset()).isEqualTo(20);
        assertThat(log.batches().get(0).baseOffset()).isEqualTo(20);
        assertThat(log.recordCount()).isEqualTo(30);
        assertThat(log.logEndOffset()).isEqualTo(50);
        // at t=46 s the next one (21 s) is exactly 25 s old: Kafka deletes only when now - largest > retention.ms
        assertThat(log.deleteOldSegments(46_000, true, 25_000, NO_LIMIT)).isEmpty();
    }

    @Test
    void retentionNeverDeletesASegmentThatReachesPastTheHighWatermark() {
        fiveSegments();
        log.updateHighWatermark(25); // inside the third segment
        List<RecordBatch> removed = log.deleteOldSegments(1_000_000, true, 1000, NO_LIMIT);
        assertThat(removed).hasSize(4);
        assertThat(log.segmentBaseOffsets()).as("the segment holding the HW stays").containsExactly(20L, 30L, 40L);
        assertThat(log.logStartOffset()).isEqualTo(20);
        log.updateHighWatermark(30); // now the third segment's upper bound (30) is reached
        log.deleteOldSegments(1_000_000, true, 1000, NO_LIMIT);
        assertThat(log.segmentBaseOffsets()).containsExactly(30L, 40L);
        assertThat(log.logStartOffset()).isEqualTo(30);
    }

    @Test
    void deletionStopsAtTheFirstSegmentThatDoesNotQualify() {
        log.configureSegments(batch(5, 0).sizeInBytes(), WEEK_MS); // one batch per segment
        nextSequence = 0;
        append(5, 90_000); // CreateTime: the oldest segment may hold the newest record
        append(5, 10_000);
        append(5, 20_000);
        log.updateHighWatermark(log.logEndOffset());
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 5L, 10L);
        assertThat(log.deleteOldSegments(100_000, true, 45_000, NO_LIMIT)).isEmpty();
        assertThat(log.logStartOffset()).isZero();
    }

    @Test
    void sizeRetentionDeletesOldestSegmentsWhileTheRestStaysAtLeastRetentionBytes() {
        fiveSegments();
        log.updateHighWatermark(50);
        long segmentBytes = log.segmentSizeInBytes(0);
        // 5 segments; retention.bytes of 2.5 segments: deleting 2 leaves 3 >= 2.5, a third would leave 2 < 2.5
        List<RecordBatch> removed = log.deleteOldSegments(41_000, true, WEEK_MS, segmentBytes * 5 / 2);
        assertThat(removed).hasSize(4);
        assertThat(log.segmentBaseOffsets()).containsExactly(20L, 30L, 40L);
        assertThat(log.logStartOffset()).isEqualTo(20);
        assertThat(log.sizeInBytes()).isEqualTo(3 * segmentBytes);
        // exactly three segments' worth: nothing more to delete
        assertThat(log.deleteOldSegments(41_000, true, WEEK_MS, 3 * segmentBytes)).isEmpty();
        assertThat(log.deleteOldSegments(41_000, true, WEEK_MS, 3 * segmentBytes - 1))
                .as("deleting one more would leave less than retention.bytes").isEmpty();
        assertThat(log.deleteOldSegments(41_000, true, WEEK_MS, 2 * segmentBytes)).hasSize(2);
        assertThat(log.logStartOffset()).isEqualTo(30);
    }

    @Test
    void aBreachingActiveSegmentIsRolledThenDeleted() {
        append(3, 1000);
        append(3, 2000);
        log.updateHighWatermark(6);
        assertThat(log.segmentCount()).isOne();
        List<RecordBatch> removed = log.deleteOldSegments(2000 + 60_001, true, 60_000, NO_LIMIT);
        assertThat(removed).hasSize(2);
        assertThat(log.segmentBaseOffsets()).as("a new empty active segment at the log end").containsExactly(6L);
        assertThat(log.logStartOffset()).isEqualTo(6);
        assertThat(log.logEndOffset()).isEqualTo(6);
        assertThat(log.highWatermark()).isEqualTo(6);
        assertThat(log.recordCount()).isZero();
        assertThat(log.batches()).isEmpty();
        // the empty active segment is never deleted
        assertThat(log.deleteOldSegments(10_000_000, true, 0, 0)).isEmpty();
        assertThat(log.segmentBaseOffsets()).containsExactly(6L);
        // and the log goes on from there
        RecordBatch next = append(2, 70_000);
        assertThat(next.baseOffset()).isEqualTo(6);
        assertThat(log.read(6, 1 << 20)).containsExactly(next);
    }

    @Test
    void aBreachingActiveSegmentStaysWhileTheHighWatermarkIsBelowTheLogEnd() {
        append(3, 1000);
        append(3, 2000);
        log.updateHighWatermark(5);
        assertThat(log.deleteOldSegments(1_000_000, true, 60_000, NO_LIMIT)).isEmpty();
        assertThat(log.segmentBaseOffsets()).containsExactly(0L);
        assertThat(log.logStartOffset()).isZero();
    }

    @Test
    void withoutTheDeletePolicyOnlySegmentsBelowTheLogStartOffsetGo() {
        fiveSegments();
        log.updateHighWatermark(50);
        assertThat(log.deleteOldSegments(1_000_000, false, 1000, 0)).isEmpty();
        log.maybeIncrementLogStartOffset(25); // a follower told by its leader
        assertThat(log.logStartOffset()).isEqualTo(25);
        assertThat(log.segmentCount()).as("segments go at the next retention check").isEqualTo(5);
        List<RecordBatch> removed = log.deleteOldSegments(1_000_000, false, 1000, 0);
        assertThat(removed).hasSize(4);
        assertThat(log.segmentBaseOffsets()).containsExactly(20L, 30L, 40L);
        assertThat(log.logStartOffset()).as("never moved back to the segment's base").isEqualTo(25);
    }

    @Test
    void theLogStartOffsetNeverPassesTheHighWatermarkWhenALeaderReportsIt() {
        fiveSegments();
        log.updateHighWatermark(12);
        log.maybeIncrementLogStartOffset(20);
        assertThat(log.logStartOffset()).isZero();
        log.maybeIncrementLogStartOffset(10);
        assertThat(log.logStartOffset()).isEqualTo(10);
        assertThat(log.epochCache().entries()).containsExactly(new EpochEndOffset(0, 10));
    }

    @Test
    void truncationDropsTheSegmentsPastTheNewEnd() {
        fiveSegments();
        List<RecordBatch> removed = log.truncateTo(25);
        assertThat(removed).extracting(RecordBatch::baseOffset).containsExactly(25L, 30L, 35L, 40L, 45L);
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 10L, 20L);
        assertThat(log.recordCount()).isEqualTo(25);
        log.truncateTo(20);
        assertThat(log.segmentBaseOffsets()).as("an empty active segment stays").containsExactly(0L, 10L, 20L);
        assertThat(log.segmentSizeInBytes(2)).isZero();
        RecordBatch next = append(5, 100_000);
        assertThat(next.baseOffset()).isEqualTo(20);
        assertThat(log.segmentBaseOffsets()).containsExactly(0L, 10L, 20L);
    }

    @Test
    void truncateFullyAndStartAtRestartsAnEmptyLogAtTheOffset() {
        fiveSegments();
        log.updateHighWatermark(30);
        List<RecordBatch> removed = log.truncateFullyAndStartAt(120, 99_000);
        assertThat(removed).hasSize(10);
        assertThat(log.segmentBaseOffsets()).containsExactly(120L);
        assertThat(log.logStartOffset()).isEqualTo(120);
        assertThat(log.logEndOffset()).isEqualTo(120);
        assertThat(log.highWatermark()).isEqualTo(120);
        assertThat(log.recoveryPoint()).isEqualTo(120);
        assertThat(log.epochCache().entries()).isEmpty();
        assertThat(log.lastFetchedEpoch()).isEqualTo(-1);
        assertThat(log.recordCount()).isZero();
        PartitionLog leader = new PartitionLog(TP, 30_000);
        leader.truncateFullyAndStartAt(120, 0);
        RecordBatch fromLeader = leader.appendAsLeader(batch(3, 100_000), 2, 100_000);
        log.appendAsFollower(fromLeader, 100_000);
        assertThat(log.logEndOffset()).isEqualTo(123);
    }
}
