package dev.clusterlab.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

class ProducerFailureTest {

    /** One record (rate 1/s, stopped after it). */
    private static ProducerHarness oneRecord(Map<String, String> config, Consumer<ProducerHarness> before) {
        ProducerHarness h = new ProducerHarness(3, 1, 1, 1, 1, config);
        before.accept(h);
        h.producer.startProducing();
        h.runUntil(10);
        h.producer.stopProducing();
        return h;
    }

    @Test
    void retriesBackOffExponentiallyWithJitter() {
        ProducerHarness h = oneRecord(Map.of(), hh -> hh.broker(1).script(0,
                Errors.NOT_ENOUGH_REPLICAS, Errors.NOT_ENOUGH_REPLICAS, Errors.NOT_ENOUGH_REPLICAS));
        h.runUntil(5000);
        List<FakeBroker.Received> reqs = h.broker(1).produceRequests;
        assertThat(reqs).hasSize(4);
        long[][] expected = {{80, 120}, {160, 240}, {320, 480}};
        for (int i = 0; i < 3; i++) {
            long backoff = reqs.get(i + 1).atMs() - reqs.get(i).atMs() - 2; // minus the 1 ms each way
            assertThat(backoff).as("back-off before retry %d", i + 1).isBetween(expected[i][0], expected[i][1]);
        }
        var snap = h.producer.snapshot();
        assertThat(snap.errors()).containsExactly(Map.entry("NOT_ENOUGH_REPLICAS", 3L));
        assertThat(snap.acked()).isEqualTo(1);
        assertThat(snap.failed()).isZero();
        assertThat(h.cluster.records()).isEqualTo(1);
    }

    @Test
    void retriesExhaustedFailTheRecords() {
        ProducerHarness h = oneRecord(Map.of("retries", "2", "enable.idempotence", "false"),
                hh -> hh.broker(1).script(0,
                        Errors.NOT_ENOUGH_REPLICAS, Errors.NOT_ENOUGH_REPLICAS, Errors.NOT_ENOUGH_REPLICAS));
        h.runUntil(5000);
        var snap = h.producer.snapshot();
        assertThat(h.broker(1).produceRequests).hasSize(3);
        assertThat(snap.errors()).containsExactly(Map.entry("NOT_ENOUGH_REPLICAS", 3L));
        assertThat(snap.failed()).isEqualTo(1);
        assertThat(snap.acked()).isZero();
    }

    @Test
    void nonRetriableErrorFailsAtOnce() {
        ProducerHarness h = oneRecord(Map.of("enable.idempotence", "false"),
                hh -> hh.broker(1).script(0, Errors.RECORD_LIST_TOO_LARGE));
        h.runUntil(5000);
        assertThat(h.broker(1).produceRequests).hasSize(1);
        assertThat(h.producer.snapshot().failed()).isEqualTo(1);
        assertThat(h.producer.snapshot().errors()).containsExactly(Map.entry("RECORD_LIST_TOO_LARGE", 1L));
    }

    @Test
    void requestTimeoutFailsTheConnectionThenRetriesToTheNewLeader() {
        ProducerHarness h = new ProducerHarness(8, 3, 1, 10, 5, Map.of());
        h.producer.startProducing();
        h.runUntil(1000);
        h.broker(1).silent = true;        // broker 1 hangs: no answers, no error either
        h.cluster.moveLeader(0, 2);
        h.runUntil(20000);
        h.producer.stopProducing();
        assertThat(h.producer.snapshot().errors()).isEmpty(); // nothing noticed before request.timeout.ms
        assertThat(h.producer.snapshot().believedLeaders()).containsEntry(0, 1);
        h.runUntil(40000);
        var snap = h.producer.snapshot();
        // the 5 requests in flight on the connection to broker 1 all fail at the timeout
        assertThat(snap.errors()).containsExactly(Map.entry("REQUEST_TIMED_OUT", 5L));
        assertThat(snap.believedLeaders()).containsEntry(0, 2);
        assertThat(snap.acked()).isEqualTo(snap.sent());
        assertThat(snap.failed()).isZero();
        assertThat(h.broker(2).produceRequests).isNotEmpty();
        assertThat(h.broker(2).produceRequests.get(0).atMs()).isBetween(31000L, 31300L);
        List<String> ids = h.cluster.recordIds(0);
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) snap.sent());
    }

    @Test
    void aClosedConnectionFailsItsRequestsWithNetworkExceptionAtOnce() {
        ProducerHarness h = new ProducerHarness(8, 3, 1, 100, 5, Map.of(), 50);
        h.producer.startProducing();
        h.runUntil(1000);
        h.broker(1).silent = true; // the process died ...
        h.cluster.moveLeader(0, 2);
        h.runUntil(1150);
        h.producer.brokerConnectionClosed(1); // ... and its connections were reset
        long errors = h.producer.snapshot().errors().getOrDefault("NETWORK_EXCEPTION", 0L);
        assertThat(errors).isBetween(1L, 5L);
        h.runUntil(1600);
        assertThat(h.producer.snapshot().believedLeaders()).containsEntry(0, 2);
        assertThat(h.broker(2).produceRequests).isNotEmpty();
        assertThat(h.broker(2).produceRequests.get(0).atMs()).isLessThan(1500);
        h.producer.stopProducing();
        h.runUntil(3000);
        var snap = h.producer.snapshot();
        assertThat(snap.acked()).isEqualTo(snap.sent());
        assertThat(snap.errors()).containsOnlyKeys("NETWORK_EXCEPTION");
    }

    @Test
    void recordsWithoutLeaderWaitThenFailAtDeliveryTimeout() {
        ProducerHarness h = new ProducerHarness(4, 3, 1, 100, 5,
                Map.of("delivery.timeout.ms", "3000", "request.timeout.ms", "1000"));
        h.cluster.leaders[0] = -1;
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(3000);
        long sent = h.producer.snapshot().sent();
        assertThat(sent).isBetween(95L, 100L);
        assertThat(h.producer.snapshot().failed()).isZero();
        // no leader: nothing is drained, so all records sit in one batch created with the first record
        // (t=3 ms, after metadata); it expires as a whole 3000 ms after its creation
        h.runUntil(3002);
        assertThat(h.producer.snapshot().failed()).isZero();
        h.runUntil(3003);
        assertThat(h.producer.snapshot().failed()).isEqualTo(sent);
        h.runUntil(6000);
        var snap = h.producer.snapshot();
        assertThat(snap.failed()).isEqualTo(sent);
        assertThat(snap.acked()).isZero();
        assertThat(snap.believedLeaders()).containsEntry(0, -1);
        assertThat(h.totalProduceRequests()).isZero();
        int metadataRequests = h.brokers.stream().mapToInt(b -> b.metadataRequests).sum();
        assertThat(metadataRequests).as("leaderless: refreshes back off up to 1 s").isBetween(6, 20);
    }

    @Test
    void idempotentRetryOfALostResponseIsDeduplicated() {
        ProducerHarness h = oneRecord(Map.of("request.timeout.ms", "1000"), hh -> hh.broker(1).responsesToLose = 1);
        h.runUntil(5000);
        var snap = h.producer.snapshot();
        assertThat(h.broker(1).produceRequests).hasSize(2);
        assertThat(h.cluster.recordIds(0)).containsExactly("0:0");
        assertThat(snap.acked()).isEqualTo(1);
        assertThat(snap.errors()).containsExactly(Map.entry("REQUEST_TIMED_OUT", 1L));
        assertThat(h.cluster.acked).containsExactly("orders-0:0:0:1@0");
    }

    @Test
    void nonIdempotentRetryOfALostResponseWritesADuplicate() {
        ProducerHarness h = oneRecord(Map.of("request.timeout.ms", "1000", "enable.idempotence", "false"),
                hh -> hh.broker(1).responsesToLose = 1);
        h.runUntil(5000);
        var snap = h.producer.snapshot();
        assertThat(h.cluster.recordIds(0)).containsExactly("0:0", "0:0");
        assertThat(snap.acked()).isEqualTo(1);
        assertThat(h.broker(1).initProducerIdRequests).isZero();
        assertThat(h.cluster.acked).containsExactly("orders-0:0:0:1@1");
    }

    @Test
    void acksZeroCountsSentOnly() {
        ProducerHarness h = new ProducerHarness(2, 1, 2, 100, 5, Map.of("acks", "0"));
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(2000);
        var snap = h.producer.snapshot();
        assertThat(snap.acks()).isEqualTo("0");
        assertThat(snap.sent()).isEqualTo(100);
        assertThat(snap.acked()).isZero();
        assertThat(snap.failed()).isZero();
        assertThat(h.cluster.records()).isEqualTo(100);
        assertThat(h.cluster.acked).isEmpty();
        assertThat(h.broker(1).produceRequests).allSatisfy(r -> assertThat(r.request().acks()).isEqualTo((short) 0));
    }

    @Test
    void errorsAreCountedPerBatchPerResponse() {
        ProducerHarness h = new ProducerHarness(6, 1, 2, 1000, 20, Map.of());
        h.broker(1).script(0, Errors.NOT_LEADER_OR_FOLLOWER);
        h.broker(1).script(1, Errors.NOT_LEADER_OR_FOLLOWER);
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(2000);
        assertThat(h.broker(1).produceRequests.get(0).request().data()).hasSize(2);
        var snap = h.producer.snapshot();
        assertThat(snap.errors()).containsExactly(Map.entry("NOT_LEADER_OR_FOLLOWER", 2L));
        assertThat(snap.acked()).isEqualTo(snap.sent());
        assertThat(h.broker(1).metadataRequests).isGreaterThanOrEqualTo(2); // a refresh after the error
    }

    @Test
    void leaderHintRedirectsTheRetryAtOnce() {
        ProducerHarness h = new ProducerHarness(6, 2, 1, 10, 5, Map.of());
        h.producer.startProducing();
        h.runUntil(500);
        h.cluster.moveLeader(0, 2);
        h.runUntil(1000);
        List<FakeBroker.Received> toOld = new ArrayList<>(h.broker(1).produceRequests);
        FakeBroker.Received rejected = toOld.get(toOld.size() - 1);
        FakeBroker.Received firstToNew = h.broker(2).produceRequests.get(0);
        assertThat(firstToNew.atMs() - rejected.atMs()).isLessThanOrEqualTo(8);
        assertThat(h.producer.snapshot().errors()).containsExactly(Map.entry("NOT_LEADER_OR_FOLLOWER", 1L));
        assertThat(h.producer.snapshot().believedLeaders()).containsEntry(0, 2);
    }

    @Test
    void outOfOrderSequenceBehindARetriedBatchIsRetriedNotFailed() {
        ProducerHarness h = new ProducerHarness(12, 1, 1, 1000, 5, Map.of(), 20);
        h.broker(1).script(0, Errors.NONE, Errors.NOT_ENOUGH_REPLICAS);
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(5000);
        var snap = h.producer.snapshot();
        assertThat(snap.errors()).containsKey("OUT_OF_ORDER_SEQUENCE_NUMBER").containsEntry("NOT_ENOUGH_REPLICAS", 1L);
        assertThat(snap.failed()).isZero();
        assertThat(snap.acked()).isEqualTo(snap.sent());
        List<String> ids = h.cluster.recordIds(0);
        assertThat(ids).hasSize((int) snap.sent());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo("0:" + i);
        }
    }

    private static List<Integer> sequencesInLog(ProducerHarness h) {
        List<Integer> seqs = new ArrayList<>();
        for (String id : h.cluster.recordIds(0)) {
            seqs.add(Integer.parseInt(id.substring(id.indexOf(':') + 1)));
        }
        return seqs;
    }

    @Test
    void withoutIdempotenceRetriesReorderRecordsWhenSeveralRequestsAreInFlight() {
        ProducerHarness h = new ProducerHarness(12, 1, 1, 1000, 5, Map.of("enable.idempotence", "false"), 20);
        h.broker(1).script(0, Errors.NONE, Errors.NOT_ENOUGH_REPLICAS);
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(5000);
        List<Integer> seqs = sequencesInLog(h);
        assertThat(seqs).doesNotHaveDuplicates().hasSize((int) h.producer.snapshot().sent());
        List<Integer> sorted = new ArrayList<>(seqs);
        sorted.sort(null);
        assertThat(seqs).as("a retried batch lands behind later ones").isNotEqualTo(sorted);
    }

    @Test
    void maxInFlightOneKeepsOrderWithoutIdempotence() {
        ProducerHarness h = new ProducerHarness(12, 1, 1, 1000, 5,
                Map.of("enable.idempotence", "false", "max.in.flight.requests.per.connection", "1"), 20);
        h.broker(1).script(0, Errors.NONE, Errors.NOT_ENOUGH_REPLICAS);
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(5000);
        List<Integer> seqs = sequencesInLog(h);
        assertThat(seqs).doesNotHaveDuplicates().hasSize((int) h.producer.snapshot().sent()).isSorted();
        assertThat(h.producer.snapshot().errors()).containsExactly(Map.entry("NOT_ENOUGH_REPLICAS", 1L));
    }

    @Test
    void metadataRequestWithoutAnswerTimesOutAndGoesToAnotherBroker() {
        ProducerHarness h = new ProducerHarness(21, 3, 3, 100, 5, Map.of("request.timeout.ms", "2000"));
        h.broker(1).silent = true;
        h.broker(2).silent = true;
        h.producer.startProducing();
        h.runUntil(1999);
        assertThat(h.producer.snapshot().sent()).isZero(); // send() blocks: no metadata yet
        assertThat(h.broker(1).metadataRequests + h.broker(2).metadataRequests).isEqualTo(1);
        h.runUntil(30000);
        assertThat(h.broker(3).metadataRequests).isPositive();
        var snap = h.producer.snapshot();
        assertThat(snap.believedLeaders()).hasSize(3);
        assertThat(snap.sent()).isPositive();
    }
}
