package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The leader's answer per partition. On NOT_LEADER_OR_FOLLOWER the broker names the leader it
 * knows (KIP-951), or -1.
 */
public record ProduceResponse(int correlationId, List<PartitionResponse> responses) implements Message {

    public record PartitionResponse(TopicPartition topicPartition, Errors error, long baseOffset,
                                    int currentLeaderId, int currentLeaderEpoch) {
    }
}
