package dev.clusterlab.views.topics;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.TopicSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One user topic as the topic dialogs need it: its name, partition count, effective
 * {@code min.insync.replicas} and effective configs by name (empty when unknown). Read from the
 * latest snapshot when a dialog opens, not per frame.
 */
public record TopicInfo(String name, int partitions, int minInsyncReplicas, Map<String, String> configs) {

    public TopicInfo {
        configs = Map.copyOf(configs);
    }

    /** A topic whose configs are not known. */
    public TopicInfo(String name, int partitions, int minInsyncReplicas) {
        this(name, partitions, minInsyncReplicas, Map.of());
    }

    /** The snapshot's user topics (internal ones left out), by name. */
    public static List<TopicInfo> of(ClusterSnapshot snapshot) {
        if (snapshot == null) {
            return List.of();
        }
        Map<String, int[]> byName = new TreeMap<>(); // name -> {partitions, minIsr}
        for (PartitionSnapshot p : snapshot.partitions()) {
            if (!p.internal()) {
                int[] counts = byName.computeIfAbsent(p.topic(), t -> new int[] {0, p.minInsyncReplicas()});
                counts[0]++;
            }
        }
        Map<String, Map<String, String>> configs = new TreeMap<>();
        for (TopicSnapshot t : snapshot.topics()) {
            configs.put(t.name(), t.configs());
        }
        List<TopicInfo> topics = new ArrayList<>();
        byName.forEach((name, counts) -> topics.add(new TopicInfo(name, counts[0], counts[1],
                configs.getOrDefault(name, Map.of()))));
        return topics;
    }
}
