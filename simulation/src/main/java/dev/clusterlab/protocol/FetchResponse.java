package dev.clusterlab.protocol;

import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/** The leader's answer: records, or a diverging epoch (KIP-320/KAFKA-10554), or an error, per partition. */
public record FetchResponse(int correlationId, List<PartitionData> partitions) implements Message {

    public record PartitionData(TopicPartition topicPartition, Errors error, long highWatermark, long logStartOffset,
                                long logEndOffset, EpochEndOffset divergingEpoch, List<RecordBatch> records) {
    }
}
