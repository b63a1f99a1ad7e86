package dev.clusterlab.check;

import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.TopicPartition;

/**
 * No acknowledged record ever goes missing from its partition's leader log. Checked when a
 * record is acknowledged (is it in the leader's log?) and whenever the leader's log can lose
 * records: a leader change, a truncation, a wiped or power-failed disk.
 */
public final class NoAckedRecordLost extends Invariant implements AckedRecords.AckListener {
    private final LeaderLogs logs;
    private final AckedRecords acked;

    public NoAckedRecordLost(ViolationContext context, LeaderLogs logs, AckedRecords acked) {
        super("noAckedRecordLost", context);
        this.logs = logs;
        this.acked = acked;
    }

    @Override
    public void acked(TopicPartition tp, long producerIdentity, int baseSequence, int count, long baseOffset) {
        if (!held()) {
            return;
        }
        if (!logs.leaderRunning(tp)) {
            return;
        }
        PartitionLog log = logs.leaderLog(tp);
        RecordBatch b = log == null ? null : log.batchContaining(baseOffset);
        if (b == null || AckedRecords.identity(b.producerId(), b.producerEpoch()) != producerIdentity
                || b.baseSequence() > baseSequence
                || b.lastSequence() < baseSequence + count - 1) {
            checkPartition(tp);
        }
    }

    /** Full check of one partition: every acknowledged record must be in the leader's log. */
    public void checkPartition(TopicPartition tp) {
        if (!held() || !logs.leaderRunning(tp)) {
            return; // checked again when a running replica leads
        }
        long lost = RecordAccounting.lostAcked(acked.ackedFor(tp), acked.retiredFor(tp),
                RecordAccounting.read(logs.leaderLog(tp)));
        if (lost > 0) {
            violated(lost + " acknowledged record(s) of " + tp + " are no longer in its leader's log");
        }
    }

    /** The exact accounting found acknowledged records lost: if no event was blamed yet, this one is. */
    public void lostAtEnd(long lostAcked) {
        if (lostAcked > 0) {
            violated(lostAcked + " acknowledged record(s) are in no leader's log");
        }
    }
}
