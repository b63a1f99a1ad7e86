package dev.clusterlab.snapshot;

/** The KRaft quorum as a whole: active controller id (-1 if none), its epoch, failovers so far. */
public record ControllerQuorumSnapshot(int active, int epoch, int failovers) {
}
