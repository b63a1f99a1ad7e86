package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;

/**
 * The Raft Fetch of {@code __cluster_metadata} (Kafka's FetchRequest on the raft listener). fetchOffset is
 * the fetcher's log end offset, lastFetchedEpoch the epoch of its last entry, highWatermark the HW it knows
 * (-1 if none; the leader answers at once when its own HW is higher). maxWaitMs makes it a long poll.
 */
public record RaftFetchRequest(int replicaId, int currentLeaderEpoch, long fetchOffset, int lastFetchedEpoch,
                               long highWatermark, long maxWaitMs, long correlationId) implements Message {
}
