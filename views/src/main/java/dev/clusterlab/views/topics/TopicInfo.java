package dev.clusterlab.views.topics;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One user topic as the topic dialogs need it: its name, partition count and effective
 * {@code min.insync.replicas}. Read from the latest snapshot when a dialog opens, not per frame.
 */
public record TopicInfo(String name, int partitions, int minInsyncReplicas) {

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
        List<TopicInfo> topics = new ArrayList<>();
        byName.forEach((name, counts) -> topics.add(new TopicInfo(name, counts[0], counts[1])));
        return topics;
    }
}
