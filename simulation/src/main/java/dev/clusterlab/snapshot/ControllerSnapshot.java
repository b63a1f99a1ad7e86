package dev.clusterlab.snapshot;

/**
 * One controller node. state: RUNNING, CRASHED or PAUSED. raftRole: Kafka's quorum state names
 * (Leader, Follower, Candidate, Prospective, Unattached, Resigned), or "" when down.
 */
public record ControllerSnapshot(int id, String state, String raftRole, int epoch, int leaderId,
                                 long logEndOffset, long highWatermark) {
}
