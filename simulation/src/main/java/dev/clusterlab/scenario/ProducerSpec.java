package dev.clusterlab.scenario;

import java.util.Map;

/** One entry of {@code producers}, with defaults applied (keys 0 = null keys, valueBytes 100). */
public record ProducerSpec(String id, String topic, double ratePerSec, int keys, int valueBytes,
                           Map<String, String> config) {

    public ProducerSpec {
        config = Map.copyOf(config);
    }
}
