package dev.clusterlab.cluster;

import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The changes that matter when stepping a simulation by hand: a partition's leader or ISR in
 * the committed metadata, and the active controller. Compares two moments; deterministic order
 * (topics by name, partitions by index).
 */
final class StateChange {
    private StateChange() {
    }

    /** What changed from before to after, one line per change; empty when nothing that matters did. */
    static List<String> between(MetadataImage before, int controllerBefore, MetadataImage after, int controllerAfter) {
        List<String> changes = new ArrayList<>();
        if (controllerBefore != controllerAfter) {
            changes.add("active controller " + name(controllerBefore) + " → " + name(controllerAfter));
        }
        if (before == after) {
            return changes;
        }
        for (TopicImage topic : after.topics().values()) {
            TopicImage old = before.topics().get(topic.name());
            for (int p = 0; p < topic.partitions().size(); p++) {
                PartitionRegistration now = topic.partitions().get(p);
                PartitionRegistration was = old == null || p >= old.partitions().size() ? null : old.partitions().get(p);
                if (now == null || now == was) {
                    continue;
                }
                String partition = topic.name() + "-" + p;
                if (was == null) {
                    changes.add(partition + " created, leader " + name(now.leader()));
                    continue;
                }
                if (was.leader() != now.leader()) {
                    changes.add(partition + " leader " + name(was.leader()) + " → " + name(now.leader())
                            + " (leader epoch " + now.leaderEpoch() + ")");
                }
                if (!was.isr().equals(now.isr())) {
                    changes.add(partition + " ISR " + ids(was.isr()) + " → " + ids(now.isr()));
                }
            }
        }
        return changes;
    }

    private static String name(int id) {
        return id < 0 ? "none" : Integer.toString(id);
    }

    private static String ids(List<Integer> ids) {
        return ids.isEmpty() ? "[]" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
