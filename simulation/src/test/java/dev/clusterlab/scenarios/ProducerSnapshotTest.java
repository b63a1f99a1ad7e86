package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.ProducerSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a producer's snapshot tells the clients view: its setup, its effective settings, its latest error. */
class ProducerSnapshotTest {

    @Test
    void settingsAndSetupFollowAReconfigure() {
        Harness h = Harness.json(Json.acksAll("producer snapshot",
                """
                { "at": "5s", "action": "configureProducer", "producer": "p", "config": { "acks": "1" },
                  "keys": 3, "valueBytes": 512 }
                """, "10s"));
        h.runUntil(4000);
        ProducerSnapshot before = h.producer("p");
        assertThat(before.config()).isEqualTo(Map.of("acks", "all"));
        assertThat(before.acks()).isEqualTo("all");
        assertThat(before.idempotent()).as("Kafka's default with acks=all").isTrue();
        assertThat(before.keys()).isEqualTo(10);
        assertThat(before.valueBytes()).isEqualTo(100);
        assertThat(before.lingerMs()).as("Kafka 4's default linger.ms").isEqualTo(5);
        assertThat(before.batchSize()).isEqualTo(16_384);
        assertThat(before.lastError()).isEmpty();

        h.runUntil(8000);
        ProducerSnapshot after = h.producer("p");
        assertThat(after.config()).isEqualTo(Map.of("acks", "1"));
        assertThat(after.acks()).isEqualTo("1");
        assertThat(after.idempotent()).as("not set explicitly: silently off with acks=1").isFalse();
        assertThat(after.keys()).isEqualTo(3);
        assertThat(after.valueBytes()).isEqualTo(512);
    }

    @Test
    void theLatestErrorIsNamed() {
        Harness h = Harness.json(Json.acksAll("producer errors",
                """
                { "at": "2s", "action": "crashBroker", "broker": 1 },
                { "at": "2s", "action": "crashBroker", "broker": 2 }
                """, "20s"));
        h.runUntil(15000);
        ProducerSnapshot p = h.producer("p");
        assertThat(p.errors()).isNotEmpty();
        assertThat(p.lastError()).as("broker 3 alone is below min.insync.replicas=2")
                .isEqualTo("NOT_ENOUGH_REPLICAS");
        assertThat(p.errors()).containsKey("NOT_ENOUGH_REPLICAS");
    }
}
