package dev.clusterlab.metadata;

import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import java.util.Map;

/**
 * Resolves a topic's effective config as Kafka does: topic override, then the dynamic
 * cluster-wide broker config, then the static broker config, then Kafka's default.
 */
public final class EffectiveConfig {
    private EffectiveConfig() {
    }

    public static String topicValue(MetadataImage image, Config staticBroker, String topic, String name) {
        TopicImage t = image.topic(topic);
        if (t != null && t.configs().containsKey(name)) {
            return t.configs().get(name);
        }
        String dynamic = image.clusterConfigs().get(name);
        if (dynamic != null) {
            return dynamic;
        }
        if (KafkaConfigs.BROKER.supports(name)) {
            return staticBroker.getString(name);
        }
        return KafkaConfigs.TOPIC.keys().get(name).defaultValue();
    }

    public static int minInsyncReplicas(MetadataImage image, Config staticBroker, String topic) {
        return Integer.parseInt(topicValue(image, staticBroker, topic, "min.insync.replicas"));
    }

    /**
     * A topic config as one broker applies it to its own replicas: the topic's override, then that
     * broker's dynamic config, then the dynamic cluster-wide default, then the static config.
     */
    public static String topicValueOnBroker(MetadataImage image, Config staticBroker, String topic, int brokerId,
                                            String name) {
        TopicImage t = image.topic(topic);
        if (t != null && t.configs().containsKey(name)) {
            return t.configs().get(name);
        }
        Map<String, String> perBroker = image.brokerConfigs().get(brokerId);
        if (perBroker != null && perBroker.containsKey(name)) {
            return perBroker.get(name);
        }
        return topicValue(image, staticBroker, topic, name);
    }

    public static boolean uncleanLeaderElectionEnable(MetadataImage image, Config staticBroker, String topic) {
        return Boolean.parseBoolean(topicValue(image, staticBroker, topic, "unclean.leader.election.enable"));
    }

    /** A broker config: dynamic per-broker, then dynamic cluster-wide, then static. */
    public static String brokerValue(MetadataImage image, Config staticBroker, int brokerId, String name) {
        Map<String, String> perBroker = image.brokerConfigs().get(brokerId);
        if (perBroker != null && perBroker.containsKey(name)) {
            return perBroker.get(name);
        }
        String dynamic = image.clusterConfigs().get(name);
        return dynamic != null ? dynamic : staticBroker.getString(name);
    }
}
