package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;

/** Kafka's BeginQuorumEpoch: a newly elected leader announces itself to the other voters. */
public record BeginQuorumEpochRequest(int leaderId, int leaderEpoch, long correlationId) implements Message {
}
