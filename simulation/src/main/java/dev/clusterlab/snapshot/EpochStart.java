package dev.clusterlab.snapshot;

/** One entry of a replica's leader-epoch cache: leaderEpoch starts at startOffset in that log. */
public record EpochStart(int leaderEpoch, long startOffset) {
}
