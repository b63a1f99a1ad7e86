package dev.clusterlab.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.metadata.MetadataRecord.ConfigRecord;
import dev.clusterlab.metadata.MetadataRecord.TopicRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Topic override, then dynamic cluster default, then static broker config, then Kafka's default. */
class EffectiveConfigTest {
    private static final String MIN_ISR = "min.insync.replicas";

    private final MetadataImage base = MetadataImage.EMPTY.apply(0, new TopicRecord("t", "id"));

    @Test
    void kafkasDefaultWhenNothingIsSet() {
        Config broker = KafkaConfigs.BROKER.parse(Map.of());
        assertThat(EffectiveConfig.minInsyncReplicas(base, broker, "t")).isEqualTo(1);
        assertThat(EffectiveConfig.uncleanLeaderElectionEnable(base, broker, "t")).isFalse();
        assertThat(EffectiveConfig.topicValue(base, broker, "t", "cleanup.policy")).isEqualTo("delete");
    }

    @Test
    void staticBrokerConfigBeatsTheDefault() {
        Config broker = KafkaConfigs.BROKER.parse(Map.of(MIN_ISR, "2", "unclean.leader.election.enable", "true"));
        assertThat(EffectiveConfig.minInsyncReplicas(base, broker, "t")).isEqualTo(2);
        assertThat(EffectiveConfig.uncleanLeaderElectionEnable(base, broker, "t")).isTrue();
    }

    @Test
    void dynamicClusterConfigBeatsTheStaticOne() {
        Config broker = KafkaConfigs.BROKER.parse(Map.of(MIN_ISR, "2"));
        MetadataImage image = base.apply(1, new ConfigRecord("BROKER", "", MIN_ISR, "3"));
        assertThat(EffectiveConfig.minInsyncReplicas(image, broker, "t")).isEqualTo(3);
    }

    @Test
    void topicOverrideBeatsEverything() {
        Config broker = KafkaConfigs.BROKER.parse(Map.of(MIN_ISR, "2"));
        MetadataImage image = base.apply(1, new ConfigRecord("BROKER", "", MIN_ISR, "3"))
                .apply(2, new ConfigRecord("TOPIC", "t", MIN_ISR, "1"));
        assertThat(EffectiveConfig.minInsyncReplicas(image, broker, "t")).isEqualTo(1);
        assertThat(EffectiveConfig.minInsyncReplicas(image, broker, "other")).isEqualTo(3);

        MetadataImage deleted = image.apply(3, new ConfigRecord("TOPIC", "t", MIN_ISR, null));
        assertThat(EffectiveConfig.minInsyncReplicas(deleted, broker, "t")).isEqualTo(3);
    }

    @Test
    void brokerValuePrefersPerBrokerThenClusterThenStatic() {
        Config broker = KafkaConfigs.BROKER.parse(Map.of("replica.lag.time.max.ms", "20000"));
        String name = "replica.lag.time.max.ms";
        assertThat(EffectiveConfig.brokerValue(base, broker, 1, name)).isEqualTo("20000");
        MetadataImage cluster = base.apply(1, new ConfigRecord("BROKER", "", name, "15000"));
        assertThat(EffectiveConfig.brokerValue(cluster, broker, 1, name)).isEqualTo("15000");
        MetadataImage perBroker = cluster.apply(2, new ConfigRecord("BROKER", "1", name, "5000"));
        assertThat(EffectiveConfig.brokerValue(perBroker, broker, 1, name)).isEqualTo("5000");
        assertThat(EffectiveConfig.brokerValue(perBroker, broker, 2, name)).isEqualTo("15000");
    }
}
