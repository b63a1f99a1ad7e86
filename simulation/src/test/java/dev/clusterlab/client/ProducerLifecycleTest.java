package dev.clusterlab.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.log.RecordBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProducerLifecycleTest {

    @Test
    void highRatesCostAboutOneTickPerMillisecond() {
        ProducerHarness h = new ProducerHarness(77, 3, 6, 10_000, 100, Map.of());
        Map<String, Long> producerEvents = new TreeMap<>();
        h.sim.addListener((seq, e) -> {
            if (e.node() == h.producer) {
                producerEvents.merge(e.type(), 1L, Long::sum);
            }
        });
        h.producer.startProducing();
        h.runUntil(10_000);
        var snap = h.producer.snapshot();
        assertThat(snap.sent()).isBetween(99_900L, 100_000L);
        assertThat(producerEvents.get("ProducerSend")).isBetween(9_900L, 10_050L);
        long total = producerEvents.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).as("all events of the producer node in 10 s: %s", producerEvents).isLessThan(30_000);
        assertThat(snap.acked()).isGreaterThan(99_000L);
    }

    @Test
    void sameSeedSameHistory() {
        List<String> a = history(99);
        List<String> b = history(99);
        assertThat(a).isEqualTo(b).isNotEmpty();
        assertThat(history(100)).isNotEqualTo(a);
    }

    private static List<String> history(long seed) {
        ProducerHarness h = new ProducerHarness(seed, 3, 4, 500, 0, Map.of());
        List<String> events = new ArrayList<>();
        h.sim.addListener((seq, e) -> events.add(e.timeMs() + ":" + describe(e)));
        h.producer.startProducing();
        h.runUntil(2000);
        h.cluster.moveLeader(1, 3);
        h.runUntil(4000);
        events.add(h.producer.snapshot().toString());
        return events;
    }

    private static String describe(SimEvent e) {
        return (e.node() == null ? "-" : e.node().id()) + ":" + e.type();
    }

    @Test
    void startingTheNodeStartsProducing() {
        ProducerHarness h = new ProducerHarness(1, 1, 1, 100, 5, Map.of());
        h.producer.start();
        assertThat(h.producer.isProducing()).isTrue();
        h.runUntil(1000);
        assertThat(h.producer.snapshot().sent()).isBetween(99L, 100L);
        h.producer.startProducing(); // already producing: nothing changes
        h.runUntil(2000);
        assertThat(h.producer.snapshot().sent()).isBetween(199L, 200L);
    }

    @Test
    void startsStoppedAndObeysStartStopAndRate() {
        ProducerHarness h = new ProducerHarness(1, 1, 1, 100, 5, Map.of());
        h.runUntil(1000);
        assertThat(h.producer.isProducing()).isFalse();
        var idle = h.producer.snapshot();
        assertThat(idle.running()).isFalse();
        assertThat(idle.sent()).isZero();
        assertThat(idle.producerId()).isEqualTo(-1);
        assertThat(idle.believedLeaders()).isEmpty();
        assertThat(h.broker(1).metadataRequests + h.broker(1).initProducerIdRequests).isZero();
        h.producer.startProducing();
        h.runUntil(2000);
        long afterFirstSecond = h.producer.snapshot().sent();
        assertThat(afterFirstSecond).isBetween(99L, 101L);
        h.producer.setRate(1000);
        h.runUntil(3000);
        assertThat(h.producer.snapshot().sent() - afterFirstSecond).isBetween(995L, 1001L);
        assertThat(h.producer.snapshot().ratePerSec()).isEqualTo(1000.0);
        h.producer.stopProducing();
        long atStop = h.producer.snapshot().sent();
        h.runUntil(4000);
        assertThat(h.producer.snapshot().sent()).isEqualTo(atStop);
        assertThat(h.producer.snapshot().acked()).isEqualTo(atStop); // batches in flight still completed
        assertThat(h.producer.isProducing()).isFalse();
    }

    @Test
    void reconfigureIsARestartWithANewProducerIdAndFreshSequences() {
        ProducerHarness h = new ProducerHarness(1, 1, 1, 100, 5, Map.of());
        h.producer.startProducing();
        h.runUntil(1000);
        assertThat(h.producer.snapshot().producerId()).isEqualTo(0);
        h.producer.reconfigure(new ProducerSetup("checkout", "orders", 100, 0, 300, Map.of("acks", "1")));
        h.runUntil(2000);
        var snap = h.producer.snapshot();
        assertThat(snap.acks()).isEqualTo("1");
        assertThat(snap.producerId()).isEqualTo(1); // non-idempotent now: allocated without InitProducerId
        assertThat(snap.running()).isTrue();
        assertThat(h.broker(1).initProducerIdRequests).isEqualTo(1);
        List<RecordBatch> log = h.cluster.logs.get(0);
        RecordBatch firstNew = log.stream().filter(b -> b.producerId() == 1).findFirst().orElseThrow();
        assertThat(firstNew.baseSequence()).isZero();
        assertThat(firstNew.idempotent()).isFalse();
        assertThat(firstNew.valueBytes()).isEqualTo(300);
        assertThat(firstNew.key(0)).isEqualTo(RecordBatch.NO_KEY);
        assertThat(snap.acked()).isEqualTo(snap.sent() - inFlightRecords(h));
        assertThat(h.cluster.recordIds(0)).doesNotHaveDuplicates();
    }

    private static long inFlightRecords(ProducerHarness h) {
        return h.producer.snapshot().sent() - h.cluster.records();
    }

    @Test
    void invalidConfigurationIsRejectedWhenTheProducerIsCreated() {
        ProducerHarness h = new ProducerHarness(1, 1, 1, 100, 5, Map.of());
        assertThatThrownBy(() -> new ProducerClient(h.sim, new ProducerSetup("other", "orders", 1, 0, 10,
                Map.of("acks", "0", "enable.idempotence", "true")), List.of(1), h.cluster.pids, h.cluster.ledger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Must set acks to all");
        assertThatThrownBy(() -> h.producer.reconfigure(new ProducerSetup("checkout", "orders", 1, 0, 10,
                Map.of("max.in.flight.requests.per.connection", "9"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5");
    }

    @Test
    void sendBlocksUntilTheTopicExistsAndFailsOneRecordPerMaxBlockMs() {
        ProducerHarness h = new ProducerHarness(1, 3, 3, 100, 5, Map.of("max.block.ms", "2000"));
        h.cluster.topicExists = false;
        h.producer.startProducing();
        h.runUntil(4500);
        var blocked = h.producer.snapshot();
        assertThat(blocked.failed()).isEqualTo(2); // at 2 s and 4 s: "Topic not present in metadata"
        assertThat(blocked.sent()).isEqualTo(2);
        assertThat(blocked.believedLeaders()).isEmpty();
        int refreshes = h.brokers.stream().mapToInt(b -> b.metadataRequests).sum();
        assertThat(refreshes).as("unchanged answers back off up to 1 s").isBetween(5, 12);
        h.cluster.topicExists = true;
        h.runUntil(7000);
        var running = h.producer.snapshot();
        assertThat(running.believedLeaders()).hasSize(3);
        assertThat(running.acked()).isGreaterThan(150);
        assertThat(running.failed()).isEqualTo(2);
    }

    @Test
    void fullBufferMemoryBlocksSendThenFailsAfterMaxBlockMs() {
        // no leader, so nothing drains; buffer.memory holds two 16 KiB batches
        ProducerHarness h = new ProducerHarness(1, 1, 1, 1000, 0,
                Map.of("buffer.memory", "40000", "max.block.ms", "500", "linger.ms", "0"));
        h.cluster.leaders[0] = -1;
        h.producer.startProducing();
        h.runUntil(2000);
        var snap = h.producer.snapshot();
        // two batches of up to 16384 bytes (~153 records of 100 bytes each), then send() blocks
        long buffered = snap.sent() - snap.failed();
        assertThat(buffered).isBetween(280L, 320L);
        assertThat(snap.failed()).as("one record fails per max.block.ms while blocked").isBetween(2L, 4L);
    }
}
