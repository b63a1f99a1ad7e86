package dev.clusterlab.cluster;

import java.util.Map;

/**
 * A producer client of the scenario. keys = 0 means null keys; valueBytes is each value's size.
 * config holds Kafka producer configs (names as Kafka's).
 */
public record ProducerSetup(String id, String topic, double ratePerSec, int keys, int valueBytes,
                            Map<String, String> config) {

    public ProducerSetup {
        config = Map.copyOf(config);
    }
}
