package dev.clusterlab.check;

import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.RecordStats;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts records exactly as the report defines them, by reading the leaders' logs: acknowledged
 * records lost for good, acknowledged but above the high watermark, committed, duplicated.
 */
public final class RecordAccounting {
    private RecordAccounting() {
    }

    /** What one partition's leader log holds, by producer id and sequence. */
    public static final class LogContents {
        final Map<Long, BitSet> present = new HashMap<>();
        final Map<Long, BitSet> visible = new HashMap<>();
        long committed;
        long duplicated;

        public boolean isPresent(long producerId, int sequence) {
            BitSet b = present.get(producerId);
            return b != null && b.get(sequence);
        }
    }

    public static LogContents read(PartitionLog log) {
        LogContents c = new LogContents();
        if (log == null) {
            return c;
        }
        long hw = log.highWatermark();
        for (RecordBatch b : log.batches()) {
            long identity = AckedRecords.identity(b.producerId(), b.producerEpoch());
            BitSet present = c.present.computeIfAbsent(identity, k -> new BitSet());
            BitSet visible = null;
            for (int i = 0; i < b.count(); i++) {
                int seq = b.baseSequence() + i;
                if (present.get(seq)) {
                    c.duplicated++;
                } else {
                    present.set(seq);
                }
                if (b.baseOffset() + i < hw) {
                    if (visible == null) {
                        visible = c.visible.computeIfAbsent(identity, k -> new BitSet());
                    }
                    visible.set(seq);
                    c.committed++;
                }
            }
        }
        return c;
    }

    /** Acknowledged records of tp that are not in the leader's log. */
    public static long lostAcked(Map<Long, BitSet> acked, LogContents contents) {
        return lostAcked(acked, Map.of(), contents);
    }

    /** Acknowledged records of tp that are not in the leader's log and were not removed by retention. */
    public static long lostAcked(Map<Long, BitSet> acked, Map<Long, BitSet> retired, LogContents contents) {
        long lost = 0;
        for (Map.Entry<Long, BitSet> e : acked.entrySet()) {
            BitSet missing = (BitSet) e.getValue().clone();
            BitSet present = contents.present.get(e.getKey());
            if (present != null) {
                missing.andNot(present);
            }
            BitSet gone = retired.get(e.getKey());
            if (gone != null) {
                missing.andNot(gone);
            }
            lost += missing.cardinality();
        }
        return lost;
    }

    public static RecordStats compute(Iterable<TopicPartition> partitions, LeaderLogs logs, AckedRecords acked) {
        long lost = 0;
        long invisible = 0;
        long committed = 0;
        long duplicated = 0;
        for (TopicPartition tp : partitions) {
            LogContents c = read(logs.leaderLog(tp));
            committed += c.committed;
            duplicated += c.duplicated;
            Map<Long, BitSet> retired = acked.retiredFor(tp);
            for (Map.Entry<Long, BitSet> e : acked.ackedFor(tp).entrySet()) {
                BitSet ack = e.getValue();
                BitSet present = c.present.getOrDefault(e.getKey(), new BitSet());
                BitSet visible = c.visible.getOrDefault(e.getKey(), new BitSet());
                BitSet missing = (BitSet) ack.clone();
                missing.andNot(present);
                BitSet gone = retired.get(e.getKey());
                if (gone != null) {
                    missing.andNot(gone);
                }
                lost += missing.cardinality();
                BitSet hidden = (BitSet) ack.clone();
                hidden.and(present);
                hidden.andNot(visible);
                invisible += hidden.cardinality();
            }
        }
        return new RecordStats(acked.total(), lost, invisible, committed, duplicated);
    }
}
