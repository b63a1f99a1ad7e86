package dev.clusterlab.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kafka's RecordAccumulator for one topic: a deque of batches per partition, the last one open
 * for appends. Tracks the memory the batches hold (buffer.memory: each batch takes at least
 * batch.size, as Kafka's buffer pool allocates).
 */
final class RecordAccumulator {
    private final int batchSize;
    private final int valueBytes;
    private final long bufferMemory;
    @SuppressWarnings("unchecked")
    private ArrayDeque<ProducerBatch>[] deques = new ArrayDeque[0];
    private final java.util.BitSet nonEmpty = new java.util.BitSet();
    private boolean[] everUsed = new boolean[0];
    private boolean[] muted = new boolean[0];
    private int usedPartitions;
    private long allocatedBytes;
    private int incomplete;

    /** What one append did. */
    static final class AppendResult {
        int appendedBytes;
        boolean newBatch;
        /** The partition has a sendable batch now: one behind another, or a full one. */
        boolean batchReady;
        /** Kafka's allBatchesFull: the sticky partitioner may switch after this append. */
        boolean enableSwitch;
    }

    RecordAccumulator(int batchSize, int valueBytes, long bufferMemory) {
        this.batchSize = batchSize;
        this.valueBytes = valueBytes;
        this.bufferMemory = bufferMemory;
    }

    void ensurePartitions(int n) {
        if (n > deques.length) {
            int old = deques.length;
            deques = Arrays.copyOf(deques, n);
            everUsed = Arrays.copyOf(everUsed, n);
            muted = Arrays.copyOf(muted, n);
            for (int i = old; i < n; i++) {
                deques[i] = new ArrayDeque<>();
            }
        }
    }

    int partitions() {
        return deques.length;
    }

    /** max.in.flight.requests.per.connection=1 (guaranteeMessageOrder): one batch in flight per partition. */
    boolean isMuted(int partition) {
        return muted[partition];
    }

    void mute(int partition) {
        muted[partition] = true;
    }

    void unmute(int partition) {
        muted[partition] = false;
    }

    /** Partitions that ever had a batch (Kafka keeps a deque for each once created). */
    int usedPartitions() {
        return usedPartitions;
    }

    ArrayDeque<ProducerBatch> deque(int partition) {
        return deques[partition];
    }

    /** Partitions with at least one queued batch (kept in step with every change of a deque). */
    java.util.BitSet nonEmpty() {
        return nonEmpty;
    }

    /** Takes the first batch of a partition's deque (drain). */
    ProducerBatch pollFirst(int partition) {
        ProducerBatch b = deques[partition].pollFirst();
        if (deques[partition].isEmpty()) {
            nonEmpty.clear(partition);
        }
        return b;
    }

    /** True when a new batch for this record would not fit in buffer.memory (send() would block). */
    boolean wouldBlock(int partition, int key) {
        if (allocatedBytes + batchSize <= bufferMemory || allocatedBytes == 0) {
            return false;
        }
        ProducerBatch last = deques[partition].peekLast();
        return last == null || !last.hasRoomFor(key);
    }

    boolean memoryExhausted() {
        return allocatedBytes + batchSize > bufferMemory;
    }

    void append(int partition, int key, long nowMs, AppendResult result) {
        ArrayDeque<ProducerBatch> dq = deques[partition];
        ProducerBatch last = dq.peekLast();
        int added = last == null ? -1 : last.tryAppend(key, nowMs);
        result.newBatch = added < 0;
        if (added < 0) {
            last = new ProducerBatch(partition, nowMs, valueBytes, batchSize, key);
            added = last.tryAppend(key, nowMs);
            dq.addLast(last);
            nonEmpty.set(partition);
            if (!everUsed[partition]) {
                everUsed[partition] = true;
                usedPartitions++;
            }
            allocatedBytes += Math.max(batchSize, last.sizeBytes());
            incomplete++;
        }
        result.appendedBytes = added;
        result.batchReady = dq.size() > 1 || last.isFull();
        result.enableSwitch = last.isFull();
    }

    /** A retried batch goes back in sequence order (idempotent) or to the front (Kafka's reenqueue). */
    void reenqueue(ProducerBatch batch) {
        ArrayDeque<ProducerBatch> dq = deques[batch.partition];
        nonEmpty.set(batch.partition);
        if (!batch.hasSequence() || dq.isEmpty() || !dq.peekFirst().hasSequence()
                || dq.peekFirst().baseSequence() > batch.baseSequence()) {
            dq.addFirst(batch);
            return;
        }
        List<ProducerBatch> front = new ArrayList<>();
        while (!dq.isEmpty() && dq.peekFirst().hasSequence() && dq.peekFirst().baseSequence() < batch.baseSequence()) {
            front.add(dq.pollFirst());
        }
        dq.addFirst(batch);
        for (int i = front.size() - 1; i >= 0; i--) {
            dq.addFirst(front.get(i));
        }
    }

    /** Removes and returns the batches at the head of each deque that passed delivery.timeout.ms. */
    void expiredBatches(long deliveryTimeoutMs, long nowMs, List<ProducerBatch> out) {
        for (int p = nonEmpty.nextSetBit(0); p >= 0; p = nonEmpty.nextSetBit(p + 1)) {
            ArrayDeque<ProducerBatch> dq = deques[p];
            while (!dq.isEmpty() && dq.peekFirst().hasReachedDeliveryTimeout(deliveryTimeoutMs, nowMs)) {
                ProducerBatch b = dq.pollFirst();
                b.close();
                out.add(b);
            }
            if (dq.isEmpty()) {
                nonEmpty.clear(p);
            }
        }
    }

    /** Earliest creation time of a queued batch, or Long.MAX_VALUE. */
    long oldestQueuedCreatedMs() {
        long min = Long.MAX_VALUE;
        for (ArrayDeque<ProducerBatch> dq : deques) {
            ProducerBatch b = dq.peekFirst();
            if (b != null) {
                min = Math.min(min, b.createdMs);
            }
        }
        return min;
    }

    /** A batch finished (acknowledged or failed): its memory goes back to the pool. */
    void deallocate(ProducerBatch batch) {
        allocatedBytes -= Math.max(batchSize, batch.sizeBytes());
        incomplete--;
    }

    /** Batches created and not yet acknowledged or failed. */
    int incompleteBatches() {
        return incomplete;
    }

    boolean hasQueuedBatches() {
        for (ArrayDeque<ProducerBatch> dq : deques) {
            if (!dq.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
