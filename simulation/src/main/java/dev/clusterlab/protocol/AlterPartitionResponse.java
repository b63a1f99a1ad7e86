package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/** On success the committed partition state; else INVALID_UPDATE_VERSION, FENCED_LEADER_EPOCH, INELIGIBLE_REPLICA, NOT_CONTROLLER... */
public record AlterPartitionResponse(int correlationId, TopicPartition topicPartition, Errors error, int leaderId,
                                     int leaderEpoch, int partitionEpoch, List<Integer> isr) implements Message {
}
