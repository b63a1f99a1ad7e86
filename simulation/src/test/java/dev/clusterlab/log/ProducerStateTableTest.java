package dev.clusterlab.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.ProducerStateTable.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The idempotence checks of Kafka's ProducerAppendInfo / ProducerStateEntry (5 retained batches). */
class ProducerStateTableTest {
    private final ProducerStateTable table = new ProducerStateTable();
    private long nextOffset;

    private static RecordBatch batch(long pid, int epoch, int seq, int count) {
        return RecordBatch.fromProducer(pid, (short) epoch, true, seq, new int[count], 10, 0);
    }

    /** Checks and, when accepted, appends like a leader would. */
    private Check offer(RecordBatch b) {
        Check c = table.check(b);
        if (c == Check.APPEND) {
            RecordBatch stored = b.withOffsetAndEpoch(nextOffset, 0);
            nextOffset = stored.nextOffset();
            table.update(stored);
        }
        return c;
    }

    @Test
    void aProducerWithoutStateHereMayStartAtAnySequence() {
        // Kafka's ProducerAppendInfo.checkSequence: no state (a new leader without its batches) → accept
        assertThat(offer(batch(5, 0, 7, 1))).isEqualTo(Check.APPEND);
        assertThat(offer(batch(5, 0, 8, 2))).isEqualTo(Check.APPEND);
        assertThat(offer(batch(5, 0, 11, 1))).isEqualTo(Check.OUT_OF_ORDER_SEQUENCE);
    }

    @Test
    void firstBatchAtSequenceZeroAndConsecutiveBatchesAreAppended() {
        assertThat(offer(batch(1, 0, 0, 2))).isEqualTo(Check.APPEND);
        assertThat(offer(batch(1, 0, 2, 3))).isEqualTo(Check.APPEND);
        assertThat(offer(batch(1, 0, 5, 1))).isEqualTo(Check.APPEND);
    }

    @Test
    void aRetryOfOneOfTheLastFiveBatchesIsADuplicateWithItsOriginalOffset() {
        for (int i = 0; i < 6; i++) {
            offer(batch(1, 0, i * 2, 2)); // offsets 0..11, sequences 0..11
        }
        // the last five batches are seq 2-3 .. 10-11 at offsets 2 .. 10
        assertThat(table.check(batch(1, 0, 4, 2))).isEqualTo(Check.DUPLICATE);
        assertThat(table.duplicateOffset()).isEqualTo(4);
        assertThat(table.check(batch(1, 0, 10, 2))).isEqualTo(Check.DUPLICATE);
        assertThat(table.duplicateOffset()).isEqualTo(10);
        // the oldest batch is no longer retained: it is out of order now, not a duplicate
        assertThat(table.check(batch(1, 0, 0, 2))).isEqualTo(Check.OUT_OF_ORDER_SEQUENCE);
        // a duplicate must match the batch exactly
        assertThat(table.check(batch(1, 0, 4, 1))).isEqualTo(Check.OUT_OF_ORDER_SEQUENCE);
    }

    @Test
    void aGapInTheSequenceIsOutOfOrder() {
        offer(batch(1, 0, 0, 2));
        assertThat(offer(batch(1, 0, 3, 1))).isEqualTo(Check.OUT_OF_ORDER_SEQUENCE);
        assertThat(offer(batch(1, 0, 2, 1))).isEqualTo(Check.APPEND);
    }

    @Test
    void aBumpedEpochMustRestartAtSequenceZero() {
        offer(batch(1, 0, 0, 5));
        assertThat(table.check(batch(1, 1, 5, 1))).isEqualTo(Check.OUT_OF_ORDER_SEQUENCE);
        assertThat(offer(batch(1, 1, 0, 1))).isEqualTo(Check.APPEND);
        assertThat(offer(batch(1, 1, 1, 1))).isEqualTo(Check.APPEND);
    }

    @Test
    void anOlderEpochIsRejected() {
        offer(batch(1, 3, 0, 1));
        assertThat(table.check(batch(1, 2, 1, 1))).isEqualTo(Check.INVALID_PRODUCER_EPOCH);
        assertThat(table.check(batch(1, 2, 0, 1))).isEqualTo(Check.INVALID_PRODUCER_EPOCH);
    }

    @Test
    void producersAreTrackedSeparately() {
        offer(batch(1, 0, 0, 3));
        assertThat(offer(batch(2, 0, 0, 1))).isEqualTo(Check.APPEND);
        assertThat(offer(batch(1, 0, 3, 1))).isEqualTo(Check.APPEND);
        assertThat(table.check(batch(2, 0, 0, 1))).isEqualTo(Check.DUPLICATE);
    }

    @Test
    void nonIdempotentBatchesAreNeverChecked() {
        RecordBatch plain = RecordBatch.fromProducer(1, (short) 0, false, 17, new int[1], 10, 0);
        assertThat(table.check(plain)).isEqualTo(Check.APPEND);
        table.update(plain.withOffsetAndEpoch(0, 0));
        assertThat(table.check(plain)).isEqualTo(Check.APPEND);
    }

    @Test
    void rebuildFromTheLogRestoresTheLastBatches() {
        RecordBatch a = batch(1, 0, 0, 2).withOffsetAndEpoch(0, 0);
        RecordBatch b = batch(1, 0, 2, 2).withOffsetAndEpoch(2, 0);
        table.rebuild(List.of(a, b).iterator());
        assertThat(table.check(batch(1, 0, 2, 2))).isEqualTo(Check.DUPLICATE);
        assertThat(table.duplicateOffset()).isEqualTo(2);
        assertThat(table.check(batch(1, 0, 4, 1))).isEqualTo(Check.APPEND);
        table.rebuild(List.of(a).iterator());
        assertThat(table.check(batch(1, 0, 2, 2))).isEqualTo(Check.APPEND);
    }
}
