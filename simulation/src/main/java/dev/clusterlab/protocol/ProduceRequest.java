package dev.clusterlab.protocol;

import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.network.Message;
import java.util.List;

/** One producer request to one leader broker: a batch per partition. acks is 0, 1 or -1 (all). */
public record ProduceRequest(int correlationId, short acks, int timeoutMs, List<PartitionData> data)
        implements Message {

    public record PartitionData(TopicPartition topicPartition, RecordBatch batch) {
    }
}
