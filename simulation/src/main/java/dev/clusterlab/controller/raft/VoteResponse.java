package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

/** Kafka's Vote response: the voter's epoch and known leader (-1 if none), and whether it granted the (pre-)vote. */
public record VoteResponse(Errors error, int leaderId, int leaderEpoch, boolean voteGranted, boolean preVote,
                           long correlationId) implements Message {
}
