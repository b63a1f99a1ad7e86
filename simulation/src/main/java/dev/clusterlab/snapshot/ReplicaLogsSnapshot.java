package dev.clusterlab.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * The logs of every replica of the partition the user watches, batch by batch, for the replica
 * log view. NONE when no partition is watched. Only the window [windowStartOffset,
 * windowEndOffset) is carried (the newest offsets, up to the highest log end offset of any
 * replica), so that taking it every frame stays cheap however long the logs are.
 *
 * @param replicas    the assigned replicas in replica order, then any other broker that still holds a log for it
 * @param truncations the most recent truncations of this partition's replicas since it is watched, oldest first
 */
public record ReplicaLogsSnapshot(String topic, int partition, int leader, int leaderEpoch,
                                  long windowStartOffset, long windowEndOffset,
                                  List<ReplicaLog> replicas, List<Truncation> truncations) {
    public static final ReplicaLogsSnapshot NONE =
            new ReplicaLogsSnapshot("", -1, -1, -1, 0, 0, List.of(), List.of());

    public ReplicaLogsSnapshot {
        Objects.requireNonNull(topic, "topic");
        replicas = List.copyOf(replicas);
        truncations = List.copyOf(truncations);
    }

    /** False for {@link #NONE}: no partition is watched. */
    public boolean watching() {
        return partition >= 0;
    }

    /** The partition as Kafka names it, for example {@code orders-0}; empty when none is watched. */
    public String name() {
        return watching() ? topic + "-" + partition : "";
    }

    /** The replica log of brokerId, or null. */
    public ReplicaLog replica(int brokerId) {
        for (ReplicaLog r : replicas) {
            if (r.brokerId() == brokerId) {
                return r;
            }
        }
        return null;
    }
}
