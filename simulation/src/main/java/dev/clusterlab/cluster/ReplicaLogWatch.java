package dev.clusterlab.cluster;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.EpochStart;
import dev.clusterlab.snapshot.LogBatch;
import dev.clusterlab.snapshot.ReplicaLog;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.Truncation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The partition the desktop app's replica log view watches: takes its replicas' logs for each
 * live snapshot and records its truncations as they happen. Created only when the app watches
 * a partition, so headless runs never pay for it; it reads the simulation and never changes it.
 * Unchanged replicas (and an unchanged whole) are reused between snapshots, so a view can tell
 * "nothing changed" by identity.
 */
final class ReplicaLogWatch implements ClusterEvents {
    /** How many offsets, back from the highest log end offset, a snapshot carries. */
    static final int WINDOW_OFFSETS = 500;
    /** How many recent truncations a snapshot carries. */
    static final int MAX_TRUNCATIONS = 16;

    private final ClusterNodes nodes;
    private final CommittedMetadata committed;
    private final LongSupplier nowMs;
    private TopicPartition watched;
    private final ArrayDeque<Truncation> truncations = new ArrayDeque<>();
    private long truncationSequence;
    /** The log each broker held at the last snapshot: a wiped disk is gone, but this copy still tells what was lost. */
    private final Map<Integer, PartitionLog> lastLogs = new HashMap<>();
    private final Map<Integer, ReplicaLog> lastReplicas = new HashMap<>();
    private final Map<Integer, BatchesKey> lastBatchesKeys = new HashMap<>();
    private ReplicaLogsSnapshot last = ReplicaLogsSnapshot.NONE;
    private long lastTruncationSequence = -1;

    ReplicaLogWatch(ClusterNodes nodes, CommittedMetadata committed, LongSupplier nowMs) {
        this.nodes = nodes;
        this.committed = committed;
        this.nowMs = nowMs;
    }

    /** Watches tp from now on (null: none); what was recorded for another partition is dropped. */
    void watch(TopicPartition tp) {
        if (tp != null && tp.equals(watched)) {
            return;
        }
        watched = tp;
        truncations.clear();
        lastLogs.clear();
        lastReplicas.clear();
        lastBatchesKeys.clear();
        last = ReplicaLogsSnapshot.NONE;
        lastTruncationSequence = -1;
        if (tp != null) {
            rememberLogs();
        }
    }

    ReplicaLogsSnapshot snapshot() {
        if (watched == null) {
            return ReplicaLogsSnapshot.NONE;
        }
        MetadataImage image = committed.image();
        PartitionRegistration reg = image.partition(watched);
        List<Integer> ids = replicaIds(reg);
        long windowEnd = 0;
        long minStart = Long.MAX_VALUE;
        for (int id : ids) {
            PartitionLog log = logOf(id);
            if (log != null) {
                windowEnd = Math.max(windowEnd, log.logEndOffset());
                minStart = Math.min(minStart, log.logStartOffset());
            }
        }
        long windowStart = Math.max(minStart == Long.MAX_VALUE ? 0 : minStart, windowEnd - WINDOW_OFFSETS);
        windowStart = Math.min(windowStart, windowEnd);
        List<ReplicaLog> replicas = new ArrayList<>(ids.size());
        boolean same = last.watching() && lastTruncationSequence == truncationSequence
                && last.windowStartOffset() == windowStart && last.windowEndOffset() == windowEnd
                && last.leader() == (reg == null ? -1 : reg.leader())
                && last.leaderEpoch() == (reg == null ? -1 : reg.leaderEpoch())
                && last.replicas().size() == ids.size();
        for (int i = 0; i < ids.size(); i++) {
            ReplicaLog r = replica(ids.get(i), reg, image, windowStart);
            replicas.add(r);
            same &= last.replicas().size() > i && last.replicas().get(i) == r;
        }
        rememberLogs();
        if (!same) {
            last = new ReplicaLogsSnapshot(watched.topic(), watched.partition(), reg == null ? -1 : reg.leader(),
                    reg == null ? -1 : reg.leaderEpoch(), windowStart, windowEnd, replicas, List.copyOf(truncations));
            lastTruncationSequence = truncationSequence;
        }
        return last;
    }

    /** The replicas in replica order, then every other broker holding a log for the partition, by id. */
    private List<Integer> replicaIds(PartitionRegistration reg) {
        List<Integer> ids = new ArrayList<>(reg == null ? List.of() : reg.replicas());
        for (BrokerNode b : nodes.brokers.values()) {
            if (!ids.contains(b.brokerId()) && b.disk().log(watched) != null) {
                ids.add(b.brokerId());
            }
        }
        return ids;
    }

    private PartitionLog logOf(int brokerId) {
        BrokerNode b = nodes.brokers.get(brokerId);
        return b == null ? null : b.disk().log(watched);
    }

    private ReplicaLog replica(int id, PartitionRegistration reg, MetadataImage image, long windowStart) {
        BrokerNode b = nodes.brokers.get(id);
        PartitionLog log = logOf(id);
        BrokerRegistration registration = image.broker(id);
        String state = b == null ? "UNKNOWN"
                : SnapshotBuilder.brokerState(b, registration == null || registration.fenced());
        boolean assigned = reg != null && reg.replicas().contains(id);
        boolean leader = reg != null && reg.leader() == id;
        boolean inIsr = reg != null && reg.isr().contains(id);
        List<LogBatch> batches = batches(id, log, windowStart);
        List<EpochStart> epochs = new ArrayList<>();
        if (log != null) {
            for (EpochEndOffset e : log.epochCache().entries()) {
                epochs.add(new EpochStart(e.epoch(), e.endOffset()));
            }
        }
        ReplicaLog next = new ReplicaLog(id, state, assigned, leader, inIsr, log != null,
                log == null ? 0 : log.logStartOffset(), log == null ? 0 : log.logEndOffset(),
                log == null ? 0 : log.highWatermark(), epochs, batches, log == null ? 0 : log.segmentCount(),
                log == null ? 0 : log.activeSegmentBaseOffset(), segmentsInWindow(log, windowStart));
        ReplicaLog previous = lastReplicas.get(id);
        if (next.equals(previous)) {
            return previous;
        }
        lastReplicas.put(id, next);
        return next;
    }

    /** The base offsets of the segments starting at or after windowStart, oldest first. */
    private static List<Long> segmentsInWindow(PartitionLog log, long windowStart) {
        if (log == null) {
            return List.of();
        }
        List<Long> all = log.segmentBaseOffsets();
        int from = all.size();
        while (from > 0 && all.get(from - 1) >= windowStart) {
            from--;
        }
        return all.subList(from, all.size());
    }

    /** What the batch list of one replica was taken from: while it holds, the list is reused. */
    private record BatchesKey(PartitionLog log, long logEndOffset, long logStartOffset, int batchCount,
                              RecordBatch lastBatch, long windowStart, List<LogBatch> batches) {
    }

    private List<LogBatch> batches(int id, PartitionLog log, long windowStart) {
        if (log == null) {
            return List.of();
        }
        BatchesKey key = lastBatchesKeys.get(id);
        List<RecordBatch> all = log.batches();
        RecordBatch lastBatch = all.isEmpty() ? null : all.get(all.size() - 1);
        // a truncation followed by an append can restore the end offset and the count: the last batch tells
        if (key != null && key.log() == log && key.logEndOffset() == log.logEndOffset()
                && key.logStartOffset() == log.logStartOffset() && key.batchCount() == log.batchCount()
                && key.lastBatch() == lastBatch && key.windowStart() == windowStart) {
            return key.batches();
        }
        List<LogBatch> out = new ArrayList<>();
        int from = log.indexOfBatchContaining(Math.max(windowStart, log.logStartOffset()));
        if (from >= 0) {
            for (int i = from; i < all.size(); i++) {
                out.add(batch(all.get(i)));
            }
        }
        List<LogBatch> batches = List.copyOf(out);
        lastBatchesKeys.put(id, new BatchesKey(log, log.logEndOffset(), log.logStartOffset(), log.batchCount(),
                lastBatch, windowStart, batches));
        return batches;
    }

    private static LogBatch batch(RecordBatch b) {
        return new LogBatch(b.baseOffset(), b.lastOffset(), b.partitionLeaderEpoch(), b.producerId(),
                b.baseSequence());
    }

    private void rememberLogs() {
        lastLogs.clear();
        for (BrokerNode b : nodes.brokers.values()) {
            PartitionLog log = b.disk().log(watched);
            if (log != null) {
                lastLogs.put(b.brokerId(), log);
            }
        }
    }

    @Override
    public void truncated(int brokerId, TopicPartition tp, long newLogEndOffset, List<RecordBatch> removed) {
        if (watched == null || !watched.equals(tp) || removed.isEmpty()) {
            return;
        }
        BrokerNode b = nodes.brokers.get(brokerId);
        Truncation.Cause cause = b != null && !b.machineUp() ? Truncation.Cause.POWER_FAILURE
                : Truncation.Cause.FOLLOWER_TRUNCATION;
        record(brokerId, cause, newLogEndOffset, removed);
    }

    /** Retention deleted the oldest segments: recorded like a truncation, at the bottom of the log. */
    @Override
    public void segmentsDeleted(int brokerId, TopicPartition tp, long newLogStartOffset, List<RecordBatch> removed) {
        if (watched == null || !watched.equals(tp) || removed.isEmpty()) {
            return;
        }
        record(brokerId, Truncation.Cause.RETENTION, removed.get(0).baseOffset(), removed);
    }

    @Override
    public void diskWiped(int brokerId) {
        PartitionLog gone = watched == null ? null : lastLogs.remove(brokerId);
        BrokerNode b = nodes.brokers.get(brokerId);
        if (gone != null && gone.batchCount() > 0 && (b == null || b.disk().log(watched) != gone)) {
            record(brokerId, Truncation.Cause.DISK_WIPE, 0, gone.batches());
        }
    }

    private void record(int brokerId, Truncation.Cause cause, long newLogEndOffset, List<RecordBatch> removed) {
        long removedEnd = removed.get(removed.size() - 1).nextOffset();
        List<LogBatch> kept = new ArrayList<>();
        for (RecordBatch r : removed) {
            if (r.nextOffset() > removedEnd - WINDOW_OFFSETS) {
                kept.add(batch(r));
            }
        }
        truncations.addLast(new Truncation(++truncationSequence, brokerId, cause, newLogEndOffset, removedEnd, kept,
                nowMs.getAsLong()));
        while (truncations.size() > MAX_TRUNCATIONS) {
            truncations.removeFirst();
        }
    }
}
