package dev.clusterlab.snapshot;

/**
 * One broker. state: RUNNING, FENCED, CRASHED, PAUSED, CONTROLLED_SHUTDOWN, STOPPED (the report's
 * names). fenced and brokerEpoch as the active controller's metadata records them.
 */
public record BrokerSnapshot(int id, String state, boolean fenced, long brokerEpoch, long metadataOffset,
                             int leaderCount, int followerCount) {
}
