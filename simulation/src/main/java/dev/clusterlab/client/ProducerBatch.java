package dev.clusterlab.client;

import dev.clusterlab.log.RecordBatch;
import java.util.Arrays;

/**
 * A batch on the client side (Kafka's ProducerBatch): records are appended while it is open; it
 * is closed when drained into a request. The producer id, epoch and base sequence are assigned
 * when it is first drained (as Kafka does) and kept across retries, unless the epoch is bumped.
 */
final class ProducerBatch {
    static final int NO_SEQUENCE = -1;

    final int partition;
    final long createdMs;
    private final int valueBytes;
    private final int writeLimit;
    private int[] keys = new int[8];
    private int count;
    private int sizeBytes = RecordBatch.BATCH_OVERHEAD_BYTES;
    private long maxTimestampMs;
    private boolean closed;
    private boolean done;
    private int attempts;
    private long lastAttemptMs;
    private long retryBackoffMs;
    private int leaderEpochAtFailure = -1;
    private long producerId = -1;
    private short producerEpoch = -1;
    private boolean idempotent;
    private int baseSequence = NO_SEQUENCE;
    private boolean sequenceReset;
    private RecordBatch wire;

    ProducerBatch(int partition, long createdMs, int valueBytes, int batchSize, int firstKey) {
        this.partition = partition;
        this.createdMs = createdMs;
        this.lastAttemptMs = createdMs;
        this.valueBytes = valueBytes;
        this.writeLimit = Math.max(batchSize, RecordBatch.BATCH_OVERHEAD_BYTES
                + RecordBatch.recordSize(0, firstKey, valueBytes));
    }

    /** Kafka's hasRoomFor: open, and the record fits within batch.size (the first one always fits). */
    boolean hasRoomFor(int key) {
        return !closed && (count == 0 || sizeBytes + RecordBatch.recordSize(count, key, valueBytes) <= writeLimit);
    }

    /**
     * Appends a record if it fits (the first one always does); returns the bytes it added, or -1
     * after closing the batch for appends, as Kafka does when a record does not fit.
     */
    int tryAppend(int key, long nowMs) {
        int recordBytes = RecordBatch.recordSize(count, key, valueBytes);
        if (closed || (count > 0 && sizeBytes + recordBytes > writeLimit)) {
            closed = true;
            return -1;
        }
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
        }
        keys[count++] = key;
        sizeBytes += recordBytes;
        maxTimestampMs = nowMs;
        return count == 1 ? sizeBytes : recordBytes;
    }

    /** Kafka's isFull: closed, or no room left up to batch.size. */
    boolean isFull() {
        return closed || sizeBytes >= writeLimit;
    }

    int count() {
        return count;
    }

    int sizeBytes() {
        return sizeBytes;
    }

    void close() {
        closed = true;
    }

    boolean isDone() {
        return done;
    }

    void markDone() {
        done = true;
    }

    int attempts() {
        return attempts;
    }

    boolean inRetry() {
        return attempts > 0;
    }

    /** The batch goes back to the accumulator after a retriable error. */
    void reenqueued(long nowMs, long backoffMs, int leaderEpoch) {
        attempts++;
        lastAttemptMs = nowMs;
        retryBackoffMs = backoffMs;
        leaderEpochAtFailure = leaderEpoch;
    }

    /**
     * True while the retry back-off runs. KIP-951: no back-off once the leader changed (its epoch
     * moved past the one known when the attempt failed).
     */
    boolean backingOff(long nowMs, int currentLeaderEpoch) {
        if (attempts == 0 || currentLeaderEpoch > leaderEpochAtFailure) {
            return false;
        }
        return nowMs - lastAttemptMs < retryBackoffMs;
    }

    /** When the retry back-off ends. */
    long backoffEndMs() {
        return lastAttemptMs + retryBackoffMs;
    }

    long lastAttemptMs() {
        return lastAttemptMs;
    }

    boolean hasReachedDeliveryTimeout(long deliveryTimeoutMs, long nowMs) {
        return nowMs - createdMs >= deliveryTimeoutMs;
    }

    boolean hasSequence() {
        return baseSequence != NO_SEQUENCE;
    }

    int baseSequence() {
        return baseSequence;
    }

    int lastSequence() {
        return baseSequence + count - 1;
    }

    long producerId() {
        return producerId;
    }

    short producerEpoch() {
        return producerEpoch;
    }

    boolean sequenceHasBeenReset() {
        return sequenceReset;
    }

    void setProducerState(long pid, short epoch, int sequence, boolean isIdempotent) {
        producerId = pid;
        producerEpoch = epoch;
        baseSequence = sequence;
        idempotent = isIdempotent;
        wire = null;
    }

    /** An epoch bump renumbers this incomplete batch (Kafka's resetProducerState). */
    void resetProducerState(long pid, short epoch, int sequence) {
        setProducerState(pid, epoch, sequence, true);
        sequenceReset = true;
    }

    /** The immutable batch as sent (built once per producer state). */
    RecordBatch wire() {
        if (wire == null) {
            wire = RecordBatch.fromProducerTakingKeys(producerId, producerEpoch, idempotent,
                    baseSequence, Arrays.copyOf(keys, count), valueBytes,
                    maxTimestampMs);
        }
        return wire;
    }
}
