package dev.clusterlab.protocol;

import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The leader's answer: per partition records, or a diverging epoch (KIP-320/KAFKA-10554), or an
 * error. In an incremental session (KIP-227) only partitions with something new are listed
 * (records, a new high watermark or log start offset, an error). error is the session-level
 * error (FETCH_SESSION_ID_NOT_FOUND, INVALID_FETCH_SESSION_EPOCH) or NONE.
 */
public record FetchResponse(int correlationId, Errors error, int sessionId, List<PartitionData> partitions)
        implements Message {

    public record PartitionData(TopicPartition topicPartition, Errors error, long highWatermark, long logStartOffset,
                                long logEndOffset, EpochEndOffset divergingEpoch, List<RecordBatch> records) {
    }
}
