package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.RecordBatch;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * acks=all requests that were appended and replicated but never answered (the leader crashed)
 * are retried on the new leader: the idempotent producer's sequences make the retry a duplicate
 * the broker recognises; without idempotence the records stand twice in the log.
 */
class IdempotenceTest {

    @ParameterizedTest(name = "enable.idempotence={0}")
    @ValueSource(booleans = {true, false})
    void retriesAfterALeaderCrashDuplicateOnlyWithoutIdempotence(boolean idempotent) {
        Harness h = Harness.json(Json.scenario("retries", 3, "", "{ \"min.insync.replicas\": 2 }",
                "{ \"acks\": \"all\", \"linger.ms\": 0, \"enable.idempotence\": " + idempotent + " }",
                """
                { "at": "10s", "action": "crashBroker", "broker": 1 },
                { "at": "45s", "action": "stopProducer", "producer": "p" }
                """, "50s").replace("\"ratePerSec\": 100", "\"ratePerSec\": 1000"));
        h.runToEnd();
        var snap = h.snapshot();
        assertThat(h.errors("p", "NETWORK_EXCEPTION"))
                .as("the requests in flight to broker 1 fail when its crash resets the connection").isPositive();
        assertThat(snap.records().lostAcked()).isZero();
        List<RecordBatch> log = h.batches(2, T0);
        Set<String> seen = new HashSet<>();
        long twice = 0;
        for (RecordBatch b : log) {
            for (int i = 0; i < b.count(); i++) {
                if (!seen.add(b.producerId() + "/" + b.producerEpoch() + "/" + (b.baseSequence() + i))) {
                    twice++;
                }
            }
        }
        assertThat(twice).isEqualTo(snap.records().duplicated());
        if (idempotent) {
            assertThat(twice).isZero();
        } else {
            assertThat(twice).as("appended, replicated, unanswered, retried").isPositive();
        }
        assertThat(snap.records().committed()).as("everything in the log is visible").isEqualTo(h.leo(2));
        assertThat((long) seen.size()).as("distinct records: every acknowledged one is there").isEqualTo(h.leo(2) - twice)
                .isGreaterThanOrEqualTo(snap.records().acked());
    }
}
