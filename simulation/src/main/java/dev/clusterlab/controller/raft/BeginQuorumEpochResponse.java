package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

/** Kafka's BeginQuorumEpoch response: the voter's epoch and the leader it now knows. */
public record BeginQuorumEpochResponse(Errors error, int leaderId, int leaderEpoch, long correlationId)
        implements Message {
}
