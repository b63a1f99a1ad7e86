package dev.clusterlab.check;

import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.protocol.TopicPartition;

/**
 * The log that counts for a partition: its leader's as the committed metadata names it, or for
 * an offline partition its last leader's (null when there is none).
 */
public interface LeaderLogs {
    PartitionLog leaderLog(TopicPartition tp);

    /**
     * Whether that log's broker is running. While a leader is down its log may be short (power
     * failure) although another replica holds everything and will be elected.
     */
    default boolean leaderRunning(TopicPartition tp) {
        return true;
    }
}
