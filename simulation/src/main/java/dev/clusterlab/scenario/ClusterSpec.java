package dev.clusterlab.scenario;

import java.util.Map;

/** The scenario's {@code cluster} section. start is "ready" or "cold". */
public record ClusterSpec(int brokers, int controllers, Map<String, String> config, NetworkSpec network,
                          String start) {

    public ClusterSpec {
        config = Map.copyOf(config);
    }

    public boolean coldStart() {
        return "cold".equals(start);
    }
}
