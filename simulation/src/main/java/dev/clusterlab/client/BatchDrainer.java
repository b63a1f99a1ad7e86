package dev.clusterlab.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RecordAccumulator.ready and drain: which leaders have a sendable batch (full, queued behind
 * another, lingered linger.ms, or everything sendable while closing or waiting for memory; never
 * during retry back-off), and which batches go into one node's request: the first batch of every
 * partition it leads, from a rotating start, up to max.request.size; with idempotence, Kafka's
 * ordering rules stop the drain. The producer id and sequence are assigned here, at first drain.
 */
final class BatchDrainer {
    private static final int MAX_REQUEST_SIZE = 1048576;

    private final ProducerInstance producer;
    private final ClientMetadata metadata;
    private final RecordAccumulator accumulator;
    private final IdempotenceManager idempotence;
    private final StickyKeyPartitioner partitioner;
    private final long lingerMs;
    /** Per node id, the partition its last drain visited last (Kafka's drainIndex). */
    private int[] drainIndex = new int[0];
    private int[] plainSequences = new int[0];
    private int[] queueSizes = new int[0];
    private int[] queuePartitions = new int[0];
    private boolean unknownLeader;
    private final List<Integer> overflowReady = new ArrayList<>();
    /** Records carry keys: the partitioner never weighs partitions by load (that is for null keys only). */
    private final boolean keyed;
    private long nextReadyCheckMs;

    BatchDrainer(ProducerInstance producer) {
        this.producer = producer;
        this.metadata = producer.metadata();
        this.accumulator = producer.accumulator();
        this.idempotence = producer.idempotence();
        this.partitioner = producer.partitioner();
        this.lingerMs = producer.settings().lingerMs();
        this.keyed = producer.keyed();
    }

    /** Leaders with a sendable batch, sorted; also sets unknownLeader and nextReadyCheckMs. */
    List<Integer> readyNodes(boolean sendAll, long nowMs) {
        unknownLeader = false;
        nextReadyCheckMs = Long.MAX_VALUE;
        List<Integer> ready = overflowReady; // broker ids of 64 and more (ids below go in the mask)
        ready.clear();
        long readyMask = 0;
        int n = metadata.numPartitions();
        boolean adaptive = accumulator.usedPartitions() >= n;
        if (adaptive && queueSizes.length != n) {
            queueSizes = new int[n];
            queuePartitions = new int[n];
        }
        int withLeader = 0;
        if (!adaptive || keyed) {
            // nothing to weigh: only partitions holding batches can be ready
            java.util.BitSet nonEmpty = accumulator.nonEmpty();
            for (int p = nonEmpty.nextSetBit(0); p >= 0 && p < n; p = nonEmpty.nextSetBit(p + 1)) {
                readyMask = checkReady(p, accumulator.deque(p), ready, readyMask, sendAll, nowMs);
            }
            adaptive = false;
        } else {
            for (int p = 0; p < n; p++) {
                ArrayDeque<ProducerBatch> dq = accumulator.deque(p);
                if (metadata.leader(p) >= 0) {
                    queuePartitions[withLeader] = p;
                    queueSizes[withLeader++] = dq.size();
                }
                readyMask = checkReady(p, dq, ready, readyMask, sendAll, nowMs);
            }
        }
        // Kafka's adaptive partitioning (partitioner.adaptive.partitioning.enable=true by default)
        partitioner.updateLoadStats(adaptive ? queueSizes : null, queuePartitions, withLeader, n);
        List<Integer> nodes = new ArrayList<>(Long.bitCount(readyMask) + ready.size());
        for (long m = readyMask; m != 0; m &= m - 1) {
            nodes.add(Long.numberOfTrailingZeros(m)); // ascending
        }
        ready.sort(null);
        nodes.addAll(ready);
        return nodes;
    }

    /** Kafka's per-partition ready check: adds the leader to ready (and the mask) when it can send. */
    private long checkReady(int p, ArrayDeque<ProducerBatch> dq, List<Integer> ready, long readyMask, boolean sendAll,
                            long nowMs) {
        ProducerBatch batch = dq.peekFirst();
        if (batch == null) {
            return readyMask;
        }
        int leader = metadata.leader(p);
        if (leader < 0) {
            unknownLeader = true;
        } else if (!isReady(ready, readyMask, leader) && !accumulator.isMuted(p)) {
            long readyAt = readyAtMs(batch, sendAll || dq.size() > 1, metadata.leaderEpoch(p), nowMs);
            if (readyAt <= nowMs) {
                if (leader < 64) {
                    readyMask |= 1L << leader;
                } else {
                    ready.add(leader);
                }
            } else {
                nextReadyCheckMs = Math.min(nextReadyCheckMs, readyAt);
            }
        }
        return readyMask;
    }

    private static boolean isReady(List<Integer> overflow, long readyMask, int leader) {
        return leader < 64 ? (readyMask & (1L << leader)) != 0 : overflow.contains(leader);
    }

    boolean unknownLeader() {
        return unknownLeader;
    }

    long nextReadyCheckMs() {
        return nextReadyCheckMs;
    }

    /** When the partition's first batch becomes sendable (Kafka's batchReady), or now if it is. */
    private long readyAtMs(ProducerBatch batch, boolean sendable, int leaderEpoch, long nowMs) {
        if (batch.backingOff(nowMs, leaderEpoch)) {
            return batch.backoffEndMs();
        }
        if (sendable || batch.isFull() || nowMs - batch.lastAttemptMs() >= lingerMs) {
            return nowMs;
        }
        return batch.lastAttemptMs() + lingerMs;
    }

    /** Kafka's drainBatchesForOneNode: one batch per partition the node leads, from a rotating start. */
    List<ProducerBatch> drain(int node, long nowMs) {
        int n = metadata.numPartitions();
        List<ProducerBatch> ready = new ArrayList<>(16);
        int size = 0;
        if (node >= drainIndex.length) {
            drainIndex = java.util.Arrays.copyOf(drainIndex, node + 1);
        }
        int start = drainIndex[node] % n;
        for (int i = 0; i < n; i++) {
            int p = (start + i) % n;
            if (metadata.leader(p) != node) {
                continue;
            }
            drainIndex[node] = p;
            if (accumulator.isMuted(p)) {
                continue;
            }
            ProducerBatch first = accumulator.deque(p).peekFirst();
            if (first == null || first.backingOff(nowMs, metadata.leaderEpoch(p))) {
                continue;
            }
            if (size + first.sizeBytes() > MAX_REQUEST_SIZE && !ready.isEmpty()) {
                break;
            }
            if (idempotence != null && idempotence.shouldStopDrain(first)) {
                break;
            }
            ProducerBatch batch = accumulator.pollFirst(p);
            if (!batch.hasSequence()) {
                assignProducerState(batch);
            }
            batch.close();
            size += batch.sizeBytes();
            ready.add(batch);
        }
        return ready;
    }

    private void assignProducerState(ProducerBatch batch) {
        if (idempotence != null) {
            idempotence.assignSequence(batch);
            return;
        }
        // not idempotent: the sequence only identifies records (sent with idempotent=false)
        int p = batch.partition;
        if (p >= plainSequences.length) {
            plainSequences = Arrays.copyOf(plainSequences, Math.max(p + 1, plainSequences.length * 2));
        }
        batch.setProducerState(producer.producerId(), (short) -1, plainSequences[p], false);
        plainSequences[p] += batch.count();
    }
}
