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

    RecordLedger NONE = (tp, pid, seq, count, offset) -> { };
}
