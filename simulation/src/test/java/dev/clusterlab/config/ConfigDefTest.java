package dev.clusterlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDefTest {

    @Test
    void kafkasDefaultsAreTheParsedValuesWhenNothingIsGiven() {
        Config broker = KafkaConfigs.BROKER.parse(Map.of());
        assertThat(broker.getInt("min.insync.replicas")).isEqualTo(1);
        assertThat(broker.getLong("replica.lag.time.max.ms")).isEqualTo(30_000);
        assertThat(broker.getLong("broker.session.timeout.ms")).isEqualTo(9_000);
        assertThat(broker.getLong("broker.heartbeat.interval.ms")).isEqualTo(2_000);
        assertThat(broker.getLong("controller.quorum.fetch.timeout.ms")).isEqualTo(2_000);
        assertThat(broker.getBoolean("unclean.leader.election.enable")).isFalse();
        assertThat(broker.getInt("eligible.leader.replicas.version")).isEqualTo(1);
        Config producer = KafkaConfigs.PRODUCER.parse(Map.of());
        assertThat(producer.getString("acks")).isEqualTo("all");
        assertThat(producer.getLong("linger.ms")).isEqualTo(5);
        assertThat(producer.getInt("delivery.timeout.ms")).isEqualTo(120_000);
        assertThat(producer.getBoolean("enable.idempotence")).isTrue();
    }

    @Test
    void unsupportedNameIsReportedWithTheSupportedNames() {
        var errors = KafkaConfigs.TOPIC.validate(Map.of("max.message.bytes", "1000"));
        assertThat(errors).containsExactly("unsupported topic config 'max.message.bytes'; supported: cleanup.policy, "
                + "min.insync.replicas, retention.bytes, retention.ms, segment.bytes, segment.ms, "
                + "unclean.leader.election.enable");
    }

    @Test
    void badValuesAreReportedByName() {
        Map<String, String> values = new HashMap<>();
        values.put("min.insync.replicas", "0");
        values.put("unclean.leader.election.enable", "yes");
        values.put("cleanup.policy", "compact");
        assertThat(KafkaConfigs.TOPIC.validate(values)).containsExactly(
                "cleanup.policy must be one of [delete], not compact",
                "min.insync.replicas must be at least 1, not 0",
                "unclean.leader.election.enable must be true or false, not yes");
        assertThat(KafkaConfigs.BROKER.validate(Map.of("replica.lag.time.max.ms", "soon")))
                .containsExactly("replica.lag.time.max.ms must be an integer, not soon");
        assertThat(KafkaConfigs.BROKER.validate(Map.of("min.insync.replicas", "2", "os.dirty.expire.ms", "0")))
                .isEmpty();
    }

    @Test
    void parseOverlaysAndTrimsValidValues() {
        Config c = KafkaConfigs.BROKER.parse(Map.of("min.insync.replicas", " 2 "));
        assertThat(c.getInt("min.insync.replicas")).isEqualTo(2);
        assertThat(c.values()).containsEntry("num.partitions", "1");
        assertThatThrownBy(() -> KafkaConfigs.BROKER.parse(Map.of("no.such.config", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.config");
        assertThatThrownBy(() -> c.getInt("no.such.config")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withReturnsAChangedCopyAndNullRestoresTheDefault() {
        Config base = KafkaConfigs.BROKER.parse(Map.of("min.insync.replicas", "2"));
        Map<String, String> changes = new HashMap<>();
        changes.put("min.insync.replicas", null);
        changes.put("replica.lag.time.max.ms", "10000");
        Config changed = base.with(changes);
        assertThat(changed.getInt("min.insync.replicas")).isEqualTo(1);
        assertThat(changed.getLong("replica.lag.time.max.ms")).isEqualTo(10_000);
        assertThat(base.getInt("min.insync.replicas")).isEqualTo(2);
        assertThat(base.getLong("replica.lag.time.max.ms")).isEqualTo(30_000);
    }
}
