package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/** A broker's view of the cluster, as stale as that broker's metadata image. */
public record MetadataResponse(int correlationId, List<Integer> brokers, List<TopicMetadata> topics)
        implements Message {

    public record TopicMetadata(String topic, Errors error, List<PartitionMetadata> partitions) {
    }

    public record PartitionMetadata(int partition, Errors error, int leaderId, int leaderEpoch,
                                    List<Integer> replicas, List<Integer> isr) {
    }
}
