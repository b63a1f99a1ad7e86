package dev.clusterlab.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.RecordBatch;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

class ProducerIdempotenceTest {

    @Test
    void initProducerIdIsRetriedAfterAnErrorAndNothingIsSentBefore() {
        ProducerHarness h = new ProducerHarness(3, 1, 1, 100, 5, Map.of());
        h.broker(1).initErrors = 2;
        h.producer.startProducing();
        h.runUntil(100);
        assertThat(h.broker(1).produceRequests).isEmpty();
        assertThat(h.producer.snapshot().producerId()).isEqualTo(-1);
        h.runUntil(2000);
        assertThat(h.broker(1).initProducerIdRequests).isEqualTo(3);
        assertThat(h.producer.snapshot().producerId()).isEqualTo(0);
        assertThat(h.producer.snapshot().acked()).isPositive();
        assertThat(h.cluster.recordIds(0).get(0)).isEqualTo("0:0");
    }

    @Test
    void outOfOrderForTheNextSequenceBumpsTheEpochAndRestartsAtZero() {
        ProducerHarness h = new ProducerHarness(3, 1, 1, 100, 5, Map.of());
        h.broker(1).script(0, Errors.NONE, Errors.OUT_OF_ORDER_SEQUENCE_NUMBER);
        h.producer.startProducing();
        h.runUntil(1000);
        h.producer.stopProducing();
        h.runUntil(2000);
        var snap = h.producer.snapshot();
        assertThat(snap.errors()).containsExactly(Map.entry("OUT_OF_ORDER_SEQUENCE_NUMBER", 1L));
        assertThat(snap.failed()).isZero();
        assertThat(snap.acked()).isEqualTo(snap.sent());
        List<RecordBatch> log = h.cluster.logs.get(0);
        assertThat(log.get(0).producerEpoch()).isZero();
        assertThat(log.get(1).producerEpoch()).isEqualTo((short) 1);
        assertThat(log.get(1).baseSequence()).isZero();
        assertThat(h.cluster.records()).isEqualTo(snap.sent());
    }

    @Test
    void expiredInFlightBatchesLeaveUnresolvedSequencesThenTheEpochIsBumped() {
        ProducerHarness h = new ProducerHarness(3, 1, 1, 100, 5,
                Map.of("request.timeout.ms", "500", "delivery.timeout.ms", "1500"));
        h.producer.startProducing();
        h.runUntil(500);
        h.broker(1).silent = true;
        h.runUntil(4000);
        var during = h.producer.snapshot();
        assertThat(during.failed()).isPositive();
        assertThat(during.errors()).containsKey("REQUEST_TIMED_OUT");
        h.broker(1).silent = false;
        h.runUntil(6000);
        h.producer.stopProducing();
        h.runUntil(7000);
        var snap = h.producer.snapshot();
        assertThat(snap.acked() + snap.failed()).isEqualTo(snap.sent());
        List<RecordBatch> log = h.cluster.logs.get(0);
        RecordBatch last = log.get(log.size() - 1);
        assertThat(last.producerEpoch()).as("the epoch was bumped after the unresolved expiry").isPositive();
        // sequences restart at 0 under the new epoch: identity is (producer id, epoch, sequence)
        assertThat(h.cluster.recordIdsWithEpoch(0)).doesNotHaveDuplicates();
        assertThat(snap.acked()).isEqualTo(h.cluster.records());
    }

    @Test
    void metadataIsRefreshedAtMetadataMaxAge() {
        ProducerHarness h = new ProducerHarness(3, 1, 1, 10, 5, Map.of("metadata.max.age.ms", "1000"));
        h.producer.startProducing();
        h.runUntil(10_500);
        assertThat(h.broker(1).metadataRequests).isBetween(10, 12);
    }
}
