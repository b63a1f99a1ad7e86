package dev.clusterlab.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void kafkaDefaults() {
        ProducerSettings s = ProducerSettings.parse(Map.of());
        assertThat(s.acks()).isEqualTo((short) -1);
        assertThat(s.idempotent()).isTrue();
        assertThat(s.lingerMs()).isEqualTo(5);
        assertThat(s.batchSize()).isEqualTo(16384);
        assertThat(s.retries()).isEqualTo(Integer.MAX_VALUE);
        assertThat(s.maxInFlight()).isEqualTo(5);
        assertThat(s.requestTimeoutMs()).isEqualTo(30000);
        assertThat(s.deliveryTimeoutMs()).isEqualTo(120000);
        assertThat(s.retryBackoffMs()).isEqualTo(100);
        assertThat(s.retryBackoffMaxMs()).isEqualTo(1000);
        assertThat(s.acksName()).isEqualTo("all");
    }

    @Test
    void idempotenceSilentlyOffWhenNotSetAndAcksNotAllOrNoRetries() {
        assertThat(ProducerSettings.parse(Map.of("acks", "1")).idempotent()).isFalse();
        assertThat(ProducerSettings.parse(Map.of("acks", "0")).idempotent()).isFalse();
        assertThat(ProducerSettings.parse(Map.of("retries", "0")).idempotent()).isFalse();
        assertThat(ProducerSettings.parse(Map.of("acks", "-1")).idempotent()).isTrue();
        assertThat(ProducerClient.validateConfig(Map.of("acks", "1"))).isEmpty();
    }

    @Test
    void explicitIdempotenceWithConflictsIsAConfigurationError() {
        assertThat(ProducerClient.validateConfig(Map.of("acks", "1", "enable.idempotence", "true")))
                .containsExactly("Must set acks to all in order to use the idempotent producer. "
                        + "Otherwise we cannot guarantee idempotence.");
        assertThat(ProducerClient.validateConfig(Map.of("retries", "0", "enable.idempotence", "true")))
                .containsExactly("Must set retries to non-zero when using the idempotent producer.");
        assertThatThrownBy(() -> ProducerSettings.parse(Map.of("acks", "1", "enable.idempotence", "true")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Must set acks to all");
    }

    @Test
    void maxInFlightAboveFiveWithIdempotenceIsAnErrorEvenByDefault() {
        assertThat(ProducerClient.validateConfig(Map.of("max.in.flight.requests.per.connection", "6")))
                .containsExactly("To use the idempotent producer, max.in.flight.requests.per.connection must be set"
                        + " to at most 5. Current value is 6.");
        assertThat(ProducerClient.validateConfig(Map.of("max.in.flight.requests.per.connection", "6",
                "enable.idempotence", "false"))).isEmpty();
    }

    @Test
    void deliveryTimeoutBelowLingerPlusRequestTimeout() {
        assertThat(ProducerClient.validateConfig(Map.of("delivery.timeout.ms", "1000", "request.timeout.ms", "2000")))
                .containsExactly(
                        "delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms");
        ProducerSettings raised = ProducerSettings.parse(Map.of("request.timeout.ms", "200000"));
        assertThat(raised.deliveryTimeoutMs()).isEqualTo(200005);
    }

    @Test
    void unknownConfigListsSupportedNames() {
        assertThat(ProducerClient.validateConfig(Map.of("compression.type", "lz4")))
                .singleElement().asString().contains("compression.type").contains("linger.ms");
    }
}
