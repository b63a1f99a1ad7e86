package dev.clusterlab.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A topic in the metadata image: its partitions and dynamic config overrides. */
public record TopicImage(String name, String topicId, List<PartitionRegistration> partitions,
                         Map<String, String> configs) {

    public TopicImage {
        partitions = Collections.unmodifiableList(new ArrayList<>(partitions));
        configs = Collections.unmodifiableMap(new TreeMap<>(configs));
    }

    public PartitionRegistration partition(int p) {
        return p >= 0 && p < partitions.size() ? partitions.get(p) : null;
    }

    TopicImage withPartition(int p, PartitionRegistration reg) {
        List<PartitionRegistration> copy = new ArrayList<>(partitions);
        while (copy.size() <= p) {
            copy.add(null);
        }
        copy.set(p, reg);
        return new TopicImage(name, topicId, copy, configs);
    }

    TopicImage withConfig(String key, String value) {
        Map<String, String> c = new TreeMap<>(configs);
        if (value == null) {
            c.remove(key);
        } else {
            c.put(key, value);
        }
        return new TopicImage(name, topicId, partitions, c);
    }
}
