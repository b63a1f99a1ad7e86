package dev.clusterlab.check;

import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.TopicPartition;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every record a producer saw acknowledged, as one bit per (partition, producer id, sequence):
 * compact enough for millions of records.
 */
public final class AckedRecords implements RecordLedger {
    /** Told about every acknowledged batch, after it is recorded. */
    public interface AckListener {
        void acked(TopicPartition tp, long producerIdentity, int baseSequence, int count, long baseOffset);
    }

    private final Map<TopicPartition, Map<Long, BitSet>> acked = new HashMap<>();
    private final Map<TopicPartition, Map<Long, BitSet>> retired = new HashMap<>();
    private AckListener listener = (tp, pid, seq, count, offset) -> { };
    private long total;
    /** Per partition, the producers' bitsets and the last one used (a partition hears from few producers). */
    private final Map<TopicPartition, PartitionAcks> byPartition = new HashMap<>();

    private static final class PartitionAcks {
        final Map<Long, BitSet> byProducer;
        long lastIdentity = Long.MIN_VALUE;
        BitSet lastBits;

        PartitionAcks(Map<Long, BitSet> byProducer) {
            this.byProducer = byProducer;
        }

        BitSet bits(long identity) {
            if (identity != lastIdentity) {
                lastBits = byProducer.computeIfAbsent(identity, k -> new BitSet());
                lastIdentity = identity;
            }
            return lastBits;
        }
    }

    public void setListener(AckListener listener) {
        this.listener = listener;
    }

    /**
     * A record's producer identity: producer id and producer epoch (an idempotent producer that
     * bumps its epoch restarts its sequences at 0 under the same id).
     */
    public static long identity(long producerId, short producerEpoch) {
        return (producerId << 16) | (producerEpoch & 0xffffL);
    }

    @Override
    public void onAcked(TopicPartition tp, long producerId, int baseSequence, int count, long baseOffset) {
        onAcked(tp, producerId, (short) 0, baseSequence, count, baseOffset);
    }

    @Override
    public void onAcked(TopicPartition tp, long producerId, short producerEpoch, int baseSequence, int count,
                        long baseOffset) {
        long identity = identity(producerId, producerEpoch);
        PartitionAcks partitionAcks = byPartition.get(tp);
        if (partitionAcks == null) {
            partitionAcks = new PartitionAcks(acked.computeIfAbsent(tp, k -> new HashMap<>()));
            byPartition.put(tp, partitionAcks);
        }
        BitSet bits = partitionAcks.bits(identity);
        int end = baseSequence + count;
        int alreadyAcked = 0;
        for (int i = bits.nextSetBit(baseSequence); i >= 0 && i < end; i = bits.nextSetBit(i + 1)) {
            alreadyAcked++;
        }
        bits.set(baseSequence, end);
        total += count - alreadyAcked;
        listener.acked(tp, identity, baseSequence, count, baseOffset);
    }

    /**
     * Records that a retention check deleted from a replica of tp (whole segments below the high
     * watermark): gone by design, so the accounting never counts them as lost.
     */
    public void retire(TopicPartition tp, List<RecordBatch> removed) {
        Map<Long, BitSet> m = retired.computeIfAbsent(tp, k -> new HashMap<>());
        for (RecordBatch b : removed) {
            m.computeIfAbsent(identity(b.producerId(), b.producerEpoch()), k -> new BitSet())
                    .set(b.baseSequence(), b.baseSequence() + b.count());
        }
    }

    /** Sequences per producer identity that retention removed from tp (read-only). */
    public Map<Long, BitSet> retiredFor(TopicPartition tp) {
        Map<Long, BitSet> m = retired.get(tp);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    public long total() {
        return total;
    }

    /** Acknowledged sequences per producer identity for one partition (read-only). */
    public Map<Long, BitSet> ackedFor(TopicPartition tp) {
        Map<Long, BitSet> m = acked.get(tp);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    /** The partitions with acknowledged records, in order. */
    public Iterable<TopicPartition> partitions() {
        return new TreeMap<>(acked).keySet();
    }
}
