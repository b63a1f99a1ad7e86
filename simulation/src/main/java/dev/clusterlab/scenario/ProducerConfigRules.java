package dev.clusterlab.scenario;

import java.util.List;
import java.util.Map;

/**
 * The producer's own consistency rules over a whole producer config (for example idempotence
 * needs acks=all), beyond the per-name checks of KafkaConfigs.PRODUCER. The producer client
 * implements them ({@code ProducerClient::validateConfig}); the loader calls them for every
 * producer and every configureProducer action.
 */
@FunctionalInterface
public interface ProducerConfigRules {
    /** Messages saying what is wrong; empty when the config is consistent. */
    List<String> check(Map<String, String> config);

    /** Only the per-name checks of KafkaConfigs.PRODUCER. */
    ProducerConfigRules PER_NAME_ONLY = config -> List.of();
}
