package dev.clusterlab.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionLogTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);
    private static final long DIRTY_EXPIRE_MS = 30_000;

    private final PartitionLog log = new PartitionLog(TP, DIRTY_EXPIRE_MS);

    static RecordBatch batch(long producerId, int baseSequence, int count) {
        int[] keys = new int[count];
        for (int i = 0; i < count; i++) {
            keys[i] = i;
        }
        return RecordBatch.fromProducer(producerId, (short) 0, true, baseSequence, keys, 100, 0);
    }

    @Test
    void leaderAppendStampsConsecutiveOffsetsAndTheLeaderEpoch() {
        RecordBatch a = log.appendAsLeader(batch(7, 0, 3), 0, 0);
        RecordBatch b = log.appendAsLeader(batch(7, 3, 2), 0, 1);
        RecordBatch c = log.appendAsLeader(batch(7, 5, 1), 4, 2);

        assertThat(List.of(a.baseOffset(), b.baseOffset(), c.baseOffset())).containsExactly(0L, 3L, 5L);
        assertThat(List.of(a.lastOffset(), b.lastOffset(), c.lastOffset())).containsExactly(2L, 4L, 5L);
        assertThat(c.partitionLeaderEpoch()).isEqualTo(4);
        assertThat(log.logEndOffset()).isEqualTo(6);
        assertThat(log.batchCount()).isEqualTo(3);
        assertThat(log.lastFetchedEpoch()).isEqualTo(4);
        assertThat(log.epochCache().entries()).containsExactly(new EpochEndOffset(0, 0), new EpochEndOffset(4, 5));
        assertThat(log.sizeInBytes()).isEqualTo(a.sizeInBytes() + b.sizeInBytes() + c.sizeInBytes());
    }

    @Test
    void theProducersBatchIsNotChangedByTheAppend() {
        RecordBatch sent = batch(7, 0, 2);
        log.appendAsLeader(sent, 3, 0);
        assertThat(sent.baseOffset()).isEqualTo(-1);
        assertThat(sent.partitionLeaderEpoch()).isEqualTo(-1);
    }

    @Test
    void newLeaderRecordsItsEpochAtTheLogEndEvenBeforeAnyAppend() {
        log.appendAsLeader(batch(7, 0, 3), 0, 0);
        log.assignEpochStart(2);
        assertThat(log.epochCache().entries()).containsExactly(new EpochEndOffset(0, 0), new EpochEndOffset(2, 3));
        log.assignEpochStart(1); // an older epoch never goes in
        assertThat(log.epochCache().latestEpoch()).isEqualTo(2);
    }

    @Test
    void followerAppendKeepsTheLeadersOffsetsAndRejectsAGap() {
        PartitionLog leader = new PartitionLog(TP, DIRTY_EXPIRE_MS);
        RecordBatch a = leader.appendAsLeader(batch(7, 0, 3), 1, 0);
        RecordBatch b = leader.appendAsLeader(batch(7, 3, 3), 1, 0);

        assertThatThrownBy(() -> log.appendAsFollower(b, 0)).isInstanceOf(IllegalStateException.class);
        assertThat(log.logEndOffset()).isZero();

        log.appendAsFollower(a, 0);
        log.appendAsFollower(b, 0);
        assertThat(log.batches()).containsExactly(a, b);
        assertThat(log.logEndOffset()).isEqualTo(6);
        assertThat(log.epochCache().entries()).containsExactly(new EpochEndOffset(1, 0));
        assertThatThrownBy(() -> log.appendAsFollower(a, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void truncationInsideABatchRemovesTheWholeBatch() {
        log.appendAsLeader(batch(7, 0, 3), 0, 0);  // 0..2
        log.appendAsLeader(batch(7, 3, 3), 1, 0);  // 3..5
        log.appendAsLeader(batch(7, 6, 3), 1, 0);  // 6..8
        log.updateHighWatermark(9);

        List<RecordBatch> removed = log.truncateTo(4);

        assertThat(removed).extracting(RecordBatch::baseOffset).containsExactly(3L, 6L);
        assertThat(log.logEndOffset()).isEqualTo(3);
        assertThat(log.batchCount()).isEqualTo(1);
        assertThat(log.highWatermark()).isEqualTo(3);
        assertThat(log.epochCache().entries()).containsExactly(new EpochEndOffset(0, 0));
        assertThat(log.lastFetchedEpoch()).isZero();
        assertThat(log.sizeInBytes()).isEqualTo(log.batches().get(0).sizeInBytes());
    }

    @Test
    void truncationAtABatchBoundaryKeepsTheBatchBefore() {
        log.appendAsLeader(batch(7, 0, 3), 0, 0);
        log.appendAsLeader(batch(7, 3, 3), 0, 0);
        assertThat(log.truncateTo(3)).hasSize(1);
        assertThat(log.logEndOffset()).isEqualTo(3);
        assertThat(log.truncateTo(3)).isEmpty();
        assertThat(log.truncateTo(10)).isEmpty();
        assertThat(log.logEndOffset()).isEqualTo(3);
    }

    @Test
    void truncationForgetsTheProducerStateOfRemovedBatches() {
        log.appendAsLeader(batch(7, 0, 3), 0, 0);
        RecordBatch second = batch(7, 3, 3);
        log.appendAsLeader(second, 0, 0);
        assertThat(log.producerState().check(second)).isEqualTo(ProducerStateTable.Check.DUPLICATE);

        log.truncateTo(3);

        assertThat(log.producerState().check(second)).isEqualTo(ProducerStateTable.Check.APPEND);
    }

    @Test
    void readReturnsWholeBatchesUpToMaxBytesButAlwaysAtLeastOne() {
        RecordBatch a = log.appendAsLeader(batch(7, 0, 3), 0, 0);
        RecordBatch b = log.appendAsLeader(batch(7, 3, 3), 0, 0);
        RecordBatch c = log.appendAsLeader(batch(7, 6, 3), 0, 0);

        assertThat(log.read(0, 1)).containsExactly(a);
        assertThat(log.read(0, a.sizeInBytes() + b.sizeInBytes())).containsExactly(a, b);
        assertThat(log.read(0, a.sizeInBytes() + b.sizeInBytes() - 1)).containsExactly(a);
        assertThat(log.read(4, Integer.MAX_VALUE)).containsExactly(b, c); // mid-batch: from the batch holding it
        assertThat(log.read(9, Integer.MAX_VALUE)).isEmpty();
        assertThat(log.batchContaining(7)).isSameAs(c);
        assertThat(log.batchContaining(9)).isNull();
    }

    @Test
    void highWatermarkIsClampedToTheLog() {
        log.appendAsLeader(batch(7, 0, 5), 0, 0);
        log.updateHighWatermark(100);
        assertThat(log.highWatermark()).isEqualTo(5);
        log.updateHighWatermark(-3);
        assertThat(log.highWatermark()).isZero();
        log.updateHighWatermark(2);
        assertThat(log.highWatermark()).isEqualTo(2);
    }

    @Test
    void powerFailureLosesWhatThePageCacheHadNotWrittenBack() {
        log.appendAsLeader(batch(7, 0, 2), 0, 0);          // written at 0 -> on disk at 30 000
        log.appendAsLeader(batch(7, 2, 2), 0, 10_000);     // on disk at 40 000
        log.appendAsLeader(batch(7, 4, 2), 0, 35_000);     // on disk at 65 000

        assertThat(log.recoveryPoint()).isEqualTo(2);
        List<RecordBatch> lost = log.losePageCache(39_999);

        assertThat(lost).extracting(RecordBatch::baseOffset).containsExactly(2L, 4L);
        assertThat(log.logEndOffset()).isEqualTo(2);
    }

    @Test
    void powerFailureAfterTheWriteBackDelayLosesOnlyTheYoungerWrites() {
        log.appendAsLeader(batch(7, 0, 2), 0, 0);
        log.appendAsLeader(batch(7, 2, 2), 0, 10_000);
        log.appendAsLeader(batch(7, 4, 2), 0, 35_000);

        List<RecordBatch> lost = log.losePageCache(40_000);

        assertThat(lost).extracting(RecordBatch::baseOffset).containsExactly(4L);
        assertThat(log.logEndOffset()).isEqualTo(4);
        assertThat(log.recoveryPoint()).isEqualTo(4);
    }

    @Test
    void flushedDataSurvivesAPowerFailure() {
        log.appendAsLeader(batch(7, 0, 2), 0, 0);
        log.flush();
        log.appendAsLeader(batch(7, 2, 2), 0, 1);
        assertThat(log.losePageCache(2)).hasSize(1);
        assertThat(log.logEndOffset()).isEqualTo(2);
        assertThat(log.losePageCache(3)).isEmpty();
    }
}
