package dev.clusterlab.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.ProduceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerBatchingTest {

    private static List<RecordBatch> sentBatches(ProducerHarness h) {
        List<RecordBatch> out = new ArrayList<>();
        for (FakeBroker b : h.brokers) {
            for (FakeBroker.Received r : b.produceRequests) {
                for (ProduceRequest.PartitionData d : r.request().data()) {
                    out.add(d.batch());
                }
            }
        }
        return out;
    }

    @Test
    void everyRecordIsAcknowledgedOnceAndReportedToTheLedger() {
        ProducerHarness h = new ProducerHarness(42, 3, 6, 1000, 50, Map.of());
        h.producer.startProducing();
        h.runUntil(2000);
        h.producer.stopProducing();
        h.runUntil(3000);
        var snap = h.producer.snapshot();
        // send() blocked on the first record until metadata came (t=2 ms): records of 2..2000 ms
        assertThat(snap.sent()).isEqualTo(1999);
        assertThat(snap.acked()).isEqualTo(snap.sent());
        assertThat(snap.failed()).isZero();
        assertThat(snap.errors()).isEmpty();
        assertThat(snap.producerId()).isEqualTo(0);
        assertThat(snap.acks()).isEqualTo("all");
        assertThat(snap.believedLeaders()).containsEntry(0, 1).containsEntry(1, 2).containsEntry(2, 3)
                .hasSize(6);
        assertThat(h.cluster.records()).isEqualTo(snap.sent());
        long ledgerRecords = h.cluster.acked.stream()
                .mapToLong(s -> Long.parseLong(s.substring(s.lastIndexOf(':') + 1, s.indexOf('@')))).sum();
        assertThat(ledgerRecords).isEqualTo(snap.acked());
        for (int p = 0; p < 6; p++) {
            List<String> ids = h.cluster.recordIds(p);
            assertThat(ids).doesNotHaveDuplicates();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(ids.get(i)).isEqualTo("0:" + i); // idempotent sequences: in order, no gap
            }
        }
        assertThat(h.broker(1).initProducerIdRequests + h.broker(2).initProducerIdRequests
                + h.broker(3).initProducerIdRequests).isEqualTo(1);
    }

    @Test
    void keyedRecordsLandOnTheMurmur2Partition() {
        ProducerHarness h = new ProducerHarness(5, 3, 7, 500, 100, Map.of());
        h.producer.startProducing();
        h.runUntil(3000);
        for (int p = 0; p < 7; p++) {
            for (RecordBatch b : h.cluster.logs.get(p)) {
                for (int i = 0; i < b.count(); i++) {
                    assertThat(StickyKeyPartitioner.partitionForKey(b.key(i), 7)).isEqualTo(p);
                }
            }
        }
        assertThat(h.cluster.records()).isGreaterThan(1400);
    }

    @Test
    void lingerMsCollectsRecordsForFiveMilliseconds() {
        // one partition, 1000 records/s, linger.ms 5: a batch collects the records of about 5-6 ms
        ProducerHarness h = new ProducerHarness(1, 1, 1, 1000, 10, Map.of());
        h.producer.startProducing();
        h.runUntil(1000);
        List<RecordBatch> batches = sentBatches(h);
        assertThat(batches).isNotEmpty();
        for (RecordBatch b : batches.subList(1, batches.size() - 1)) {
            assertThat(b.count()).isBetween(5, 7);
        }
        assertThat(batches.size()).isBetween(140, 200);
    }

    @Test
    void lingerZeroSendsEachRecordAlone() {
        ProducerHarness h = new ProducerHarness(1, 1, 1, 100, 10, Map.of("linger.ms", "0"));
        h.producer.startProducing();
        h.runUntil(1000);
        List<RecordBatch> batches = sentBatches(h);
        assertThat(batches).allSatisfy(b -> assertThat(b.count()).isEqualTo(1));
        assertThat(batches).hasSize(100); // records at 2, 12, ..., 992 ms (metadata first)
    }

    @Test
    void fullBatchesAreSentBeforeLingerAndNeverExceedBatchSize() {
        // linger.ms 10 s but batch.size 2000 bytes: batches go out when the next record does not fit
        ProducerHarness h = new ProducerHarness(1, 1, 1, 1000, 10,
                Map.of("linger.ms", "10000", "batch.size", "2000"));
        h.producer.startProducing();
        h.runUntil(2000);
        List<RecordBatch> batches = sentBatches(h);
        assertThat(batches).hasSizeGreaterThan(100);
        int recordBytes = RecordBatch.recordSize(20, 9, 100);
        for (RecordBatch b : batches) {
            assertThat(b.sizeInBytes()).isLessThanOrEqualTo(2000).isGreaterThan(2000 - recordBytes - 2);
        }
    }

    @Test
    void nullKeysAvoidTheSlowBrokerWithAdaptivePartitioning() {
        // partitions 0 and 2 on broker 1, 1 and 3 on broker 2; broker 2 is 1 s away, so with 5 requests
        // in flight it takes about 750 records/s; its partitions' queues grow and the sticky
        // partitioner picks them less often
        ProducerHarness h = new ProducerHarness(17, 2, 4, 5000, 0, Map.of());
        h.sim.network().setLatency(h.producer, h.broker(2), 1000);
        h.producer.startProducing();
        h.runUntil(30_000);
        h.producer.stopProducing();
        h.runUntil(200_000);
        assertThat(h.producer.snapshot().acked()).isEqualTo(h.producer.snapshot().sent());
        long fast = h.cluster.logs.get(0).stream().mapToLong(RecordBatch::count).sum()
                + h.cluster.logs.get(2).stream().mapToLong(RecordBatch::count).sum();
        long slow = h.cluster.logs.get(1).stream().mapToLong(RecordBatch::count).sum()
                + h.cluster.logs.get(3).stream().mapToLong(RecordBatch::count).sum();
        // uniform choice would split about evenly; adaptive partitioning sends about 3/4 to the fast broker
        assertThat(fast).isGreaterThan(slow * 2);
    }

    @Test
    void nullKeysStickToAPartitionUntilTwiceBatchSizeWhenBatchesAreNotFull() {
        // 2000 records/s spread by the sticky partitioner; batches (linger 5 ms) never fill 16 KiB,
        // so Kafka switches once 2 x batch.size bytes went to the partition
        ProducerHarness h = new ProducerHarness(9, 3, 6, 2000, 0, Map.of());
        h.producer.startProducing();
        h.runUntil(5000);
        h.producer.stopProducing();
        h.runUntil(6000);
        List<int[]> runs = new ArrayList<>(); // {partition, bytes}
        List<RecordBatch> all = new ArrayList<>();
        List<Integer> partitionOf = new ArrayList<>();
        for (FakeBroker b : h.brokers) {
            for (FakeBroker.Received r : b.produceRequests) {
                for (ProduceRequest.PartitionData d : r.request().data()) {
                    all.add(d.batch());
                    partitionOf.add(d.topicPartition().partition());
                }
            }
        }
        // order batches by their first record's timestamp (send time), i.e. the order records were produced
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(all.get(a).maxTimestampMs(), all.get(b).maxTimestampMs()));
        int current = -1;
        for (int i : order) {
            int p = partitionOf.get(i);
            if (p != current) {
                runs.add(new int[] {p, 0});
                current = p;
            }
            runs.get(runs.size() - 1)[1] += all.get(i).sizeInBytes();
        }
        assertThat(runs.size()).isGreaterThan(10);
        for (int[] run : runs.subList(0, runs.size() - 1)) {
            // the next sticky partition may be the same one again: then the run spans k sticks
            int k = Math.max(1, run[1] / (2 * 16384));
            assertThat(run[1]).as("bytes sent to partition %d before switching", run[0])
                    .isBetween(k * 2 * 16384, k * (2 * 16384 + 61 + 110));
        }
        assertThat(h.producer.snapshot().acked()).isEqualTo(h.producer.snapshot().sent());
    }
}
