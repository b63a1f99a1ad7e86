package dev.clusterlab.log;

import java.util.Iterator;

/**
 * The idempotent-producer state of one partition log (Kafka's ProducerStateManager): per
 * producer id its epoch and the metadata of its last 5 batches, to detect duplicates and
 * sequence gaps. Derived from the log, so it is rebuilt after a truncation. A partition sees few
 * producers, so they sit in a small array searched linearly.
 */
public final class ProducerStateTable {
    public static final int NUM_BATCHES_TO_RETAIN = 5;

    /** Outcome of checking an incoming batch. */
    public enum Check { APPEND, DUPLICATE, OUT_OF_ORDER_SEQUENCE, INVALID_PRODUCER_EPOCH }

    private static final class Entry {
        final long producerId;
        short epoch;
        final int[] firstSeq = new int[NUM_BATCHES_TO_RETAIN];
        final int[] lastSeq = new int[NUM_BATCHES_TO_RETAIN];
        final long[] offset = new long[NUM_BATCHES_TO_RETAIN];
        int size;
        int next;

        Entry(long producerId) {
            this.producerId = producerId;
        }

        int lastSequence() {
            return size == 0 ? -1 : lastSeq[(next + NUM_BATCHES_TO_RETAIN - 1) % NUM_BATCHES_TO_RETAIN];
        }

        void add(int first, int last, long baseOffset) {
            firstSeq[next] = first;
            lastSeq[next] = last;
            offset[next] = baseOffset;
            next = (next + 1) % NUM_BATCHES_TO_RETAIN;
            size = Math.min(size + 1, NUM_BATCHES_TO_RETAIN);
        }
    }

    private Entry[] producers = new Entry[0];
    private long[] producerIds = new long[0];
    private long duplicateOffset = -1;

    /** The entry the last check found: the update that follows an append is for the same producer. */
    private Entry lastFound;

    private Entry find(long producerId) {
        Entry cached = lastFound;
        if (cached != null && cached.producerId == producerId) {
            return cached;
        }
        long[] ids = producerIds;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == producerId) {
                lastFound = producers[i];
                return lastFound;
            }
        }
        return null;
    }

    /** Checks a batch a leader is about to append; for DUPLICATE, {@link #duplicateOffset()} is its offset. */
    public Check check(RecordBatch batch) {
        if (!batch.idempotent()) {
            return Check.APPEND;
        }
        Entry e = find(batch.producerId());
        if (e == null) {
            return Check.APPEND; // no state for this producer here (e.g. a new leader): any sequence is accepted
        }
        if (batch.producerEpoch() < e.epoch) {
            return Check.INVALID_PRODUCER_EPOCH;
        }
        if (batch.producerEpoch() > e.epoch) {
            return batch.baseSequence() == 0 ? Check.APPEND : Check.OUT_OF_ORDER_SEQUENCE;
        }
        for (int i = 0; i < e.size; i++) {
            if (e.firstSeq[i] == batch.baseSequence() && e.lastSeq[i] == batch.lastSequence()) {
                duplicateOffset = e.offset[i];
                return Check.DUPLICATE;
            }
        }
        return batch.baseSequence() == e.lastSequence() + 1 ? Check.APPEND : Check.OUT_OF_ORDER_SEQUENCE;
    }

    public long duplicateOffset() {
        return duplicateOffset;
    }

    /** Records an appended batch (leader or follower). */
    public void update(RecordBatch batch) {
        if (!batch.idempotent()) {
            return;
        }
        Entry e = find(batch.producerId());
        if (e == null) {
            e = new Entry(batch.producerId());
            Entry[] grown = new Entry[producers.length + 1];
            System.arraycopy(producers, 0, grown, 0, producers.length);
            grown[producers.length] = e;
            producers = grown;
            producerIds = java.util.Arrays.copyOf(producerIds, grown.length);
            producerIds[grown.length - 1] = e.producerId;
            e.epoch = batch.producerEpoch();
        }
        if (batch.producerEpoch() != e.epoch) {
            e.epoch = batch.producerEpoch();
            e.size = 0;
            e.next = 0;
        }
        e.add(batch.baseSequence(), batch.lastSequence(), batch.baseOffset());
    }

    public void clear() {
        lastFound = null;
        producers = new Entry[0];
        producerIds = new long[0];
    }

    /** Rebuilds the table from the batches of a log, oldest first. */
    public void rebuild(Iterator<RecordBatch> batches) {
        clear();
        while (batches.hasNext()) {
            update(batches.next());
        }
    }
}
