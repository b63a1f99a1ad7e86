package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;

/**
 * A follower's fetch from a partition leader (one request per source broker, all the partitions
 * it follows there). maxWaitMs/minBytes make it a long poll.
 */
public record FetchRequest(int correlationId, int replicaId, long replicaBrokerEpoch, long maxWaitMs, int minBytes,
                           List<PartitionData> partitions) implements Message {

    public record PartitionData(TopicPartition topicPartition, long fetchOffset, int lastFetchedEpoch,
                                int currentLeaderEpoch, long logStartOffset, int maxBytes) {
    }
}
