package dev.clusterlab.client;

import dev.clusterlab.check.RecordLedger;
import dev.clusterlab.cluster.ProducerIdAllocator;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/**
 * Test double of a cluster's state that the fake brokers share: one topic, the leader and epoch of
 * every partition, and one log per partition (as if replication were instant). Appends follow the
 * broker's idempotence rules (ProducerStateManager): a batch equal to one of the last 5 of its
 * producer is a duplicate (success with the original offset), a gap is OUT_OF_ORDER_SEQUENCE_NUMBER,
 * an older epoch is INVALID_PRODUCER_EPOCH, a newer epoch must start at sequence 0.
 */
final class FakeCluster {
    final String topic;
    final List<Integer> brokers;
    final int[] leaders;
    final int[] epochs;
    final ProducerIdAllocator pids = new ProducerIdAllocator();
    final List<List<RecordBatch>> logs = new ArrayList<>();
    final List<String> acked = new ArrayList<>();
    final RecordLedger ledger = (tp, pid, seq, count, offset) -> acked.add(tp + ":" + pid + ":" + seq + ":" + count
            + "@" + offset);
    boolean topicExists = true;
    private final List<Map<Long, ProducerState>> states = new ArrayList<>();

    private static final class ProducerState {
        short epoch;
        int lastSeq;
        final ArrayList<RecordBatch> last = new ArrayList<>();
    }

    /** Result of an append: the error and the base offset. */
    record Append(Errors error, long baseOffset) {
    }

    FakeCluster(String topic, int partitions, List<Integer> brokers) {
        this.topic = topic;
        this.brokers = List.copyOf(brokers);
        this.leaders = new int[partitions];
        this.epochs = new int[partitions];
        for (int p = 0; p < partitions; p++) {
            leaders[p] = brokers.get(p % brokers.size());
            logs.add(new ArrayList<>());
            states.add(new TreeMap<>());
        }
    }

    int partitions() {
        return leaders.length;
    }

    void moveLeader(int partition, int newLeader) {
        leaders[partition] = newLeader;
        epochs[partition]++;
    }

    long logEndOffset(int partition) {
        List<RecordBatch> log = logs.get(partition);
        return log.isEmpty() ? 0 : log.get(log.size() - 1).nextOffset();
    }

    Append append(int partition, RecordBatch batch) {
        List<RecordBatch> log = logs.get(partition);
        if (batch.idempotent()) {
            ProducerState s = states.get(partition).get(batch.producerId());
            if (s != null) {
                if (batch.producerEpoch() < s.epoch) {
                    return new Append(Errors.INVALID_PRODUCER_EPOCH, -1);
                }
                if (batch.producerEpoch() == s.epoch) {
                    for (RecordBatch b : s.last) {
                        if (b.baseSequence() == batch.baseSequence() && b.lastSequence() == batch.lastSequence()) {
                            return new Append(Errors.NONE, b.baseOffset());
                        }
                    }
                    if (batch.baseSequence() != s.lastSeq + 1) {
                        return new Append(Errors.OUT_OF_ORDER_SEQUENCE_NUMBER, -1);
                    }
                } else if (batch.baseSequence() != 0) {
                    return new Append(Errors.OUT_OF_ORDER_SEQUENCE_NUMBER, -1);
                }
            }
        }
        RecordBatch stored = batch.withOffsetAndEpoch(logEndOffset(partition), epochs[partition]);
        log.add(stored);
        if (batch.idempotent()) {
            ProducerState s = states.get(partition).computeIfAbsent(batch.producerId(), k -> new ProducerState());
            if (s.epoch != batch.producerEpoch()) {
                s.last.clear();
            }
            s.epoch = batch.producerEpoch();
            s.lastSeq = batch.lastSequence();
            s.last.add(stored);
            if (s.last.size() > 5) {
                s.last.remove(0);
            }
        }
        return new Append(Errors.NONE, stored.baseOffset());
    }

    /** Every (producerId, producerEpoch, sequence) in the partition's log, in log order. */
    List<String> recordIdsWithEpoch(int partition) {
        List<String> ids = new ArrayList<>();
        for (RecordBatch b : logs.get(partition)) {
            for (int i = 0; i < b.count(); i++) {
                ids.add(b.producerId() + ":" + b.producerEpoch() + ":" + (b.baseSequence() + i));
            }
        }
        return ids;
    }

    /** Every (producerId, sequence) in the partition's log, in log order. */
    List<String> recordIds(int partition) {
        List<String> ids = new ArrayList<>();
        for (RecordBatch b : logs.get(partition)) {
            for (int i = 0; i < b.count(); i++) {
                ids.add(b.producerId() + ":" + (b.baseSequence() + i));
            }
        }
        return ids;
    }

    long records() {
        long n = 0;
        for (List<RecordBatch> log : logs) {
            for (RecordBatch b : log) {
                n += b.count();
            }
        }
        return n;
    }

    TopicPartition tp(int partition) {
        return new TopicPartition(topic, partition);
    }

    @Override
    public String toString() {
        return "leaders=" + Arrays.toString(leaders) + " epochs=" + Arrays.toString(epochs);
    }
}
