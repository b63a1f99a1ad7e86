package dev.clusterlab.controller.raft;

import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The Raft Fetch response: the responder's epoch and known leader (-1 if none), the leader's high
 * watermark (-1 if unknown), the entries from the fetch offset, or a divergingEpoch telling the follower
 * where to truncate ({@link EpochEndOffset#NONE} if the follower's log is consistent).
 */
public record RaftFetchResponse(Errors error, int leaderId, int leaderEpoch, long highWatermark,
                                List<LogEntry> records, EpochEndOffset divergingEpoch, long correlationId)
        implements Message {
    public RaftFetchResponse {
        records = List.copyOf(records);
    }
}
