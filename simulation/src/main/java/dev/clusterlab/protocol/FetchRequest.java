package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;

/**
 * A follower's fetch from a partition leader (one request per source broker). maxWaitMs/minBytes
 * make it a long poll. Replica fetchers use incremental fetch sessions (KIP-227): sessionEpoch 0
 * opens a new session with every partition listed; later requests name the session and list
 * only partitions whose fetch state changed, plus the ones to forget.
 */
public record FetchRequest(int correlationId, int replicaId, long replicaBrokerEpoch, long maxWaitMs, int minBytes,
                           int sessionId, int sessionEpoch, List<PartitionData> partitions,
                           List<TopicPartition> forgotten) implements Message {

    /** The epoch of a request that opens a new session (Kafka's FetchMetadata.INITIAL_EPOCH). */
    public static final int INITIAL_EPOCH = 0;

    public record PartitionData(TopicPartition topicPartition, long fetchOffset, int lastFetchedEpoch,
                                int currentLeaderEpoch, long logStartOffset, int maxBytes) {
    }
}
