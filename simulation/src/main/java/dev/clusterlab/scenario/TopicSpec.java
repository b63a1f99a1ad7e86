package dev.clusterlab.scenario;

import java.util.List;
import java.util.Map;

/** One entry of {@code topics}, with defaults applied. assignment is null when the controller places replicas. */
public record TopicSpec(String name, int partitions, int replicationFactor, Map<String, String> config,
                        List<List<Integer>> assignment) {

    public TopicSpec {
        config = Map.copyOf(config);
        assignment = assignment == null ? null : assignment.stream().map(List::copyOf).toList();
    }
}
