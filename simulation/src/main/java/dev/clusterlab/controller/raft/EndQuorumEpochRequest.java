package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;
import java.util.List;

/**
 * Kafka's EndQuorumEpoch: a resigning leader tells the voters, listing its preferred successors (the
 * other voters by descending fetch offset) so the most up-to-date one starts the election first.
 */
public record EndQuorumEpochRequest(int leaderId, int leaderEpoch, List<Integer> preferredSuccessors,
                                    long correlationId) implements Message {
    public EndQuorumEpochRequest {
        preferredSuccessors = List.copyOf(preferredSuccessors);
    }
}
