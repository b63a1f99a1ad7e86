package dev.clusterlab.views.partitions;

import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.List;
import java.util.stream.Collectors;

/** One line of the partitions table, as text the cells show. Immutable: a changed partition is a new row. */
public record PartitionRow(String name, String leader, int leaderEpoch, String replicas, String isr, String elr,
                           long highWatermark, long logEndOffset, PartitionState state) {

    static PartitionRow of(PartitionSnapshot p) {
        long leaderLeo = p.leader() >= 0 ? p.logEndOffsets().getOrDefault(p.leader(), 0L) : -1;
        return new PartitionRow(p.name(), p.leader() < 0 ? "none" : Integer.toString(p.leader()), p.leaderEpoch(),
                ids(p.replicas()), ids(p.isr()), ids(p.elr()), p.highWatermark(), leaderLeo, PartitionState.of(p));
    }

    /** Broker ids as kafka-topics prints them: {@code 1,2,3}, or a dash for none. */
    static String ids(List<Integer> ids) {
        return ids.isEmpty() ? "-" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
