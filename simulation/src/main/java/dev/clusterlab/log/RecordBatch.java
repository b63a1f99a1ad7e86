package dev.clusterlab.log;

/**
 * One record batch as a producer builds it and a leader stores it. Immutable and shared between
 * replicas: a follower stores the very batch its leader appended (same base offset, same
 * partitionLeaderEpoch), which keeps memory small with millions of records.
 *
 * <p>Every record is identified by (producerId, sequence) where sequence = baseSequence + i: the
 * same identity Kafka's idempotent producer uses. Non-idempotent producers get a simulated
 * producer id too (flag {@code idempotent} false), so losses and duplicates can be counted.
 */
public final class RecordBatch {
    /** Batch header of Kafka's record-batch format v2. */
    public static final int BATCH_OVERHEAD_BYTES = 61;
    public static final int NO_KEY = -1;

    // Millions of these live at once: fields are packed (producer ids and simulated timestamps fit in an int).
    private final long baseOffset;
    private final int partitionLeaderEpoch;
    private final int producerId;
    private final short producerEpoch;
    private final boolean idempotent;
    private final int baseSequence;
    private final int count;
    private final int firstKey;
    private final int[] keys;
    private final int valueBytes;
    private final int maxTimestampMs;

    private RecordBatch(long baseOffset, int partitionLeaderEpoch, long producerId, short producerEpoch,
                        boolean idempotent, int baseSequence, int[] keys, int valueBytes, long maxTimestampMs) {
        if (producerId < 0 || producerId > Integer.MAX_VALUE || maxTimestampMs > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("producer id " + producerId + " or timestamp " + maxTimestampMs
                    + " out of the simulator's range");
        }
        this.baseOffset = baseOffset;
        this.partitionLeaderEpoch = partitionLeaderEpoch;
        this.producerId = (int) producerId;
        this.producerEpoch = producerEpoch;
        this.idempotent = idempotent;
        this.baseSequence = baseSequence;
        this.count = keys.length;
        this.firstKey = keys[0];
        this.keys = keys.length == 1 ? null : keys;
        this.valueBytes = valueBytes;
        this.maxTimestampMs = (int) Math.max(0, maxTimestampMs);
    }

    /** A batch as the producer sends it: no offset and no leader epoch yet. */
    public static RecordBatch fromProducer(long producerId, short producerEpoch, boolean idempotent,
                                           int baseSequence, int[] keys, int valueBytes, long maxTimestampMs) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        return new RecordBatch(-1, -1, producerId, producerEpoch, idempotent, baseSequence, keys.clone(),
                valueBytes, maxTimestampMs);
    }

    /** The same, taking ownership of keys (the caller made a copy nobody else holds). */
    public static RecordBatch fromProducerTakingKeys(long producerId, short producerEpoch, boolean idempotent,
                                                     int baseSequence, int[] keys, int valueBytes, long maxTimestampMs) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        return new RecordBatch(-1, -1, producerId, producerEpoch, idempotent, baseSequence, keys, valueBytes,
                maxTimestampMs);
    }

    /** The stored copy a leader appends: same records, with offset and the leader's epoch. */
    public RecordBatch withOffsetAndEpoch(long offset, int leaderEpoch) {
        return new RecordBatch(this, offset, leaderEpoch);
    }

    private RecordBatch(RecordBatch from, long baseOffset, int partitionLeaderEpoch) {
        this.baseOffset = baseOffset;
        this.partitionLeaderEpoch = partitionLeaderEpoch;
        this.producerId = from.producerId;
        this.producerEpoch = from.producerEpoch;
        this.idempotent = from.idempotent;
        this.baseSequence = from.baseSequence;
        this.count = from.count;
        this.firstKey = from.firstKey;
        this.keys = from.keys;
        this.valueBytes = from.valueBytes;
        this.maxTimestampMs = from.maxTimestampMs;
    }

    public long baseOffset() {
        return baseOffset;
    }

    public long lastOffset() {
        return baseOffset + count - 1;
    }

    /** Offset after the last record of this batch. */
    public long nextOffset() {
        return baseOffset + count;
    }

    public int partitionLeaderEpoch() {
        return partitionLeaderEpoch;
    }

    public long producerId() {
        return producerId;
    }

    public short producerEpoch() {
        return producerEpoch;
    }

    public boolean idempotent() {
        return idempotent;
    }

    public int baseSequence() {
        return baseSequence;
    }

    public int lastSequence() {
        return baseSequence + count - 1;
    }

    public int count() {
        return count;
    }

    /** Key index of record i (the key is {@code "k" + index}), or {@link #NO_KEY}. */
    public int key(int i) {
        return keys == null ? firstKey : keys[i];
    }

    public int valueBytes() {
        return valueBytes;
    }

    public long maxTimestampMs() {
        return maxTimestampMs;
    }

    /**
     * At least {@link #sizeInBytes()}, computed without walking the records: a record adds at most
     * its value plus 33 bytes (varint framing, attributes, deltas, a key of up to 11 characters).
     */
    public long sizeUpperBound() {
        return BATCH_OVERHEAD_BYTES + (long) count * (Math.max(valueBytes, 0) + 33);
    }

    /** Bytes of this batch in Kafka's v2 format (computed: millions of batches are kept in memory). */
    public int sizeInBytes() {
        if (keys == null) {
            return BATCH_OVERHEAD_BYTES + recordSize(0, firstKey, valueBytes);
        }
        return sizeOf(keys, valueBytes);
    }

    /** Bytes of a batch in Kafka's v2 format: 61-byte header plus every record's varint-framed body. */
    public static int sizeOf(int[] keys, int valueBytes) {
        int size = BATCH_OVERHEAD_BYTES;
        for (int i = 0; i < keys.length; i++) {
            size += recordSize(i, keys[i], valueBytes);
        }
        return size;
    }

    /**
     * One record in a v2 batch: attributes (1), timestamp delta, offset delta, key length, key,
     * value length, value, header count (0); the body is prefixed by its varint length.
     * Timestamp deltas are taken as one byte.
     */
    public static int recordSize(int offsetDelta, int key, int valueBytes) {
        int keyLen = key == NO_KEY ? -1 : keyBytes(key);
        int body = 1 + 1 + varintSize(offsetDelta)
                + varintSize(keyLen) + Math.max(keyLen, 0)
                + varintSize(valueBytes) + Math.max(valueBytes, 0)
                + 1;
        return varintSize(body) + body;
    }

    /** UTF-8 length of the key string {@code "k" + index}. */
    public static int keyBytes(int key) {
        if (key >= 0 && key < 10) {
            return 2;
        }
        if (key >= 0 && key < 1000) {
            return key < 100 ? 3 : 4;
        }
        int digits = 1;
        for (long v = Math.abs((long) key); v >= 10; v /= 10) {
            digits++;
        }
        return 1 + (key < 0 ? 1 : 0) + digits;
    }

    static int varintSize(int value) {
        int v = (value << 1) ^ (value >> 31);
        if ((v & 0xffffff80) == 0) {
            return 1;
        }
        if ((v & 0xffffc000) == 0) {
            return 2;
        }
        if ((v & 0xffe00000) == 0) {
            return 3;
        }
        return (v & 0xf0000000) == 0 ? 4 : 5;
    }

    @Override
    public String toString() {
        return "RecordBatch[offset=" + baseOffset + ", epoch=" + partitionLeaderEpoch + ", pid=" + producerId
                + ", seq=" + baseSequence + ", count=" + count + "]";
    }
}
