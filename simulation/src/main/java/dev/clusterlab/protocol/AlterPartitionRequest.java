package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;

/** A partition leader asks the active controller to change the ISR (KIP-497). */
public record AlterPartitionRequest(int correlationId, int brokerId, long brokerEpoch, TopicPartition topicPartition,
                                    int leaderEpoch, int partitionEpoch, List<Integer> newIsr) implements Message {
}
