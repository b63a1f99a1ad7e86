package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

/** Kafka's EndQuorumEpoch response. */
public record EndQuorumEpochResponse(Errors error, int leaderId, int leaderEpoch, long correlationId)
        implements Message {
}
