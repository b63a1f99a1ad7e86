package dev.clusterlab.check;

import dev.clusterlab.protocol.TopicPartition;

/**
 * Where producers report what happened to their records, so the report can count acknowledged,
 * lost, invisible and duplicated records exactly. A record is identified by (producerId,
 * sequence) within its partition, sequence = batch.baseSequence + i.
 */
public interface RecordLedger {
    /** A batch was acknowledged (acks=1 or all) at the given base offset. */
    void onAcked(TopicPartition tp, long producerId, int baseSequence, int count, long baseOffset);

    /**
     * The same with the batch's producer epoch. An idempotent producer that bumps its epoch (Kafka
     * 4.x does so locally after an unresolved or out-of-order sequence) restarts its sequences at 0
     * under the same producer id, so a record's full identity is (producerId, producerEpoch,
     * sequence). Producers call this one; override it to tell the epochs apart.
     */
    default void onAcked(TopicPartition tp, long producerId, short producerEpoch, int baseSequence, int count,
                         long baseOffset) {
        onAcked(tp, producerId, baseSequence, count, baseOffset);
    }

    RecordLedger NONE = (tp, pid, seq, count, offset) -> { };
}
