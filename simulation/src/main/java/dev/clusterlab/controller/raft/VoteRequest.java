package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;

/**
 * Kafka's Vote request. A prospective sends it with {@code preVote=true} in its current epoch (KIP-996),
 * a candidate with {@code preVote=false} in its new epoch. (lastEpoch, lastEndOffset) describe the end of
 * the sender's log; correlationId pairs the response with the request.
 */
public record VoteRequest(int candidateId, int candidateEpoch, int lastEpoch, long lastEndOffset, boolean preVote,
                          long correlationId) implements Message {
}
