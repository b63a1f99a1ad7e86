package dev.clusterlab.snapshot;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One user topic's effective configs, as the controller's metadata resolves them (topic override,
 * then the cluster's dynamic default, then the static broker config, then Kafka's default), by
 * config name: what {@code kafka-configs --describe --all} would list for the topic.
 */
public record TopicSnapshot(String name, SortedMap<String, String> configs) {

    public TopicSnapshot {
        configs = Collections.unmodifiableSortedMap(new TreeMap<>(configs));
    }
}
