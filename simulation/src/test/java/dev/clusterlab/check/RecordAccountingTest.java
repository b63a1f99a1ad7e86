package dev.clusterlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact counts of lost / invisible / committed / duplicated records on hand-built leader logs. */
class RecordAccountingTest {
    private static final TopicPartition T0 = new TopicPartition("t", 0);
    private static final TopicPartition T1 = new TopicPartition("t", 1);

    private static void append(PartitionLog log, long pid, int epoch, int seq, int count) {
        log.appendAsLeader(RecordBatch.fromProducer(pid, (short) epoch, true, seq, new int[count], 10, 0), 0, 0);
    }

    @Test
    void countsEveryCategoryExactly() {
        PartitionLog p0 = new PartitionLog(T0, 30_000);
        append(p0, 1, 0, 0, 3);   // offsets 0-2
        append(p0, 1, 0, 3, 2);   // offsets 3-4
        append(p0, 1, 0, 3, 2);   // offsets 5-6: a duplicate of the batch before (non-idempotent retry)
        append(p0, 2, 0, 0, 1);   // offset 7
        p0.updateHighWatermark(6);

        PartitionLog p1 = new PartitionLog(T1, 30_000);
        append(p1, 3, 1, 0, 2);   // producer 3 after an epoch bump
        p1.updateHighWatermark(2);

        AckedRecords acked = new AckedRecords();
        acked.onAcked(T0, 1, 0, 3, 0);
        acked.onAcked(T0, 1, 3, 3, 3);              // sequences 3-5: 5 was never written here
        acked.onAcked(T0, 1, 3, 2, 3);              // acknowledged twice: counted once
        acked.onAcked(T0, 2, 0, 1, 7);              // above the high watermark
        acked.onAcked(T1, 3, (short) 0, 0, 1, 0);   // epoch 0's sequence 0 is not epoch 1's
        acked.onAcked(T1, 3, (short) 1, 1, 1, 1);

        Map<TopicPartition, PartitionLog> logs = Map.of(T0, p0, T1, p1);
        RecordStats stats = RecordAccounting.compute(List.of(T0, T1), logs::get, acked);

        assertThat(stats.acked()).isEqualTo(3 + 3 + 1 + 1 + 1);
        assertThat(stats.lostAcked()).isEqualTo(1 + 1);         // T0 pid 1 seq 5; T1 pid 3 epoch 0 seq 0
        assertThat(stats.invisibleAcked()).isEqualTo(1);        // T0 pid 2 seq 0 at offset 7 >= HW 6
        assertThat(stats.committed()).isEqualTo(6 + 2);         // offsets below each HW
        assertThat(stats.duplicated()).isEqualTo(2);            // the second copy of sequences 3-4
    }

    @Test
    void recordsDeletedByRetentionAreNotLostButATruncationStillIs() {
        PartitionLog log = new PartitionLog(T0, 30_000);
        log.configureSegments(1L << 30, 1000);
        log.appendAsLeader(RecordBatch.fromProducer(1, (short) 0, true, 0, new int[3], 10, 0), 0, 0);
        log.appendAsLeader(RecordBatch.fromProducer(1, (short) 0, true, 3, new int[2], 10, 5000), 0, 5000);
        log.appendAsLeader(RecordBatch.fromProducer(1, (short) 0, true, 5, new int[2], 10, 10_000), 0, 10_000);
        log.updateHighWatermark(7);
        AckedRecords acked = new AckedRecords();
        acked.onAcked(T0, 1, 0, 3, 0);
        acked.onAcked(T0, 1, 3, 2, 3);
        acked.onAcked(T0, 1, 5, 2, 5);

        List<RecordBatch> deleted = log.deleteOldSegments(9000, true, 3000, -1); // the segments of 0 s and 5 s
        assertThat(deleted).hasSize(2);
        assertThat(RecordAccounting.compute(List.of(T0), tp -> log, acked).lostAcked())
                .as("without the retention ledger these would count as lost").isEqualTo(5);
        acked.retire(T0, deleted);
        assertThat(RecordAccounting.compute(List.of(T0), tp -> log, acked))
                .isEqualTo(new RecordStats(7, 0, 0, 2, 0));
        assertThat(RecordAccounting.lostAcked(acked.ackedFor(T0), acked.retiredFor(T0), RecordAccounting.read(log)))
                .isZero();

        log.truncateTo(5); // the last batch goes by truncation: that is a loss
        assertThat(RecordAccounting.compute(List.of(T0), tp -> log, acked).lostAcked()).isEqualTo(2);
    }

    @Test
    void aPartitionWithoutALeaderLogLosesEverythingAcknowledged() {
        AckedRecords acked = new AckedRecords();
        acked.onAcked(T0, 1, 0, 4, 0);
        RecordStats stats = RecordAccounting.compute(List.of(T0), tp -> null, acked);
        assertThat(stats).isEqualTo(new RecordStats(4, 4, 0, 0, 0));
    }

    @Test
    void logContentsKnowWhichRecordsArePresent() {
        PartitionLog p0 = new PartitionLog(T0, 30_000);
        append(p0, 1, 0, 0, 2);
        RecordAccounting.LogContents c = RecordAccounting.read(p0);
        long identity = AckedRecords.identity(1, (short) 0);
        assertThat(c.isPresent(identity, 0)).isTrue();
        assertThat(c.isPresent(identity, 1)).isTrue();
        assertThat(c.isPresent(identity, 2)).isFalse();
        assertThat(c.isPresent(AckedRecords.identity(1, (short) 1), 0)).isFalse();
    }
}
