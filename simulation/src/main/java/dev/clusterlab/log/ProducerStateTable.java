package dev.clusterlab.log;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The idempotent-producer state of one partition log (Kafka's ProducerStateManager): per
 * producer id its epoch and the metadata of its last 5 batches, to detect duplicates and
 * sequence gaps. Derived from the log, so it is rebuilt after a truncation.
 */
public final class ProducerStateTable {
    public static final int NUM_BATCHES_TO_RETAIN = 5;

    /** Outcome of checking an incoming batch. */
    public enum Check { APPEND, DUPLICATE, OUT_OF_ORDER_SEQUENCE, INVALID_PRODUCER_EPOCH }

    private static final class Entry {
        short epoch;
        final ArrayDeque<long[]> batches = new ArrayDeque<>(); // {firstSeq, lastSeq, baseOffset}
    }

    private final Map<Long, Entry> producers = new HashMap<>();
    private long duplicateOffset = -1;

    /** Checks a batch a leader is about to append; for DUPLICATE, {@link #duplicateOffset()} is its offset. */
    public Check check(RecordBatch batch) {
        if (!batch.idempotent()) {
            return Check.APPEND;
        }
        Entry e = producers.get(batch.producerId());
        if (e == null) {
            return batch.baseSequence() == 0 ? Check.APPEND : Check.OUT_OF_ORDER_SEQUENCE;
        }
        if (batch.producerEpoch() < e.epoch) {
            return Check.INVALID_PRODUCER_EPOCH;
        }
        if (batch.producerEpoch() > e.epoch) {
            return batch.baseSequence() == 0 ? Check.APPEND : Check.OUT_OF_ORDER_SEQUENCE;
        }
        for (long[] b : e.batches) {
            if (b[0] == batch.baseSequence() && b[1] == batch.lastSequence()) {
                duplicateOffset = b[2];
                return Check.DUPLICATE;
            }
        }
        long lastSeq = e.batches.isEmpty() ? -1 : e.batches.peekLast()[1];
        return batch.baseSequence() == lastSeq + 1 ? Check.APPEND : Check.OUT_OF_ORDER_SEQUENCE;
    }

    public long duplicateOffset() {
        return duplicateOffset;
    }

    /** Records an appended batch (leader or follower). */
    public void update(RecordBatch batch) {
        if (!batch.idempotent()) {
            return;
        }
        Entry e = producers.computeIfAbsent(batch.producerId(), k -> new Entry());
        if (batch.producerEpoch() != e.epoch) {
            e.epoch = batch.producerEpoch();
            e.batches.clear();
        }
        e.batches.addLast(new long[] {batch.baseSequence(), batch.lastSequence(), batch.baseOffset()});
        if (e.batches.size() > NUM_BATCHES_TO_RETAIN) {
            e.batches.pollFirst();
        }
    }

    public void clear() {
        producers.clear();
    }

    /** Rebuilds the table from the batches of a log, oldest first. */
    public void rebuild(Iterator<RecordBatch> batches) {
        clear();
        while (batches.hasNext()) {
            update(batches.next());
        }
    }
}
