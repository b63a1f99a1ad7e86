package dev.clusterlab.check;

import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.protocol.TopicPartition;
import java.util.List;

/**
 * What brokers and controllers report as it happens, for the invariant checkers and the record
 * accounting. Calls come from inside the event being executed, so a checker can name it.
 */
public interface ClusterEvents {
    /** A broker started acting as leader of tp in leaderEpoch. */
    default void becameLeader(int brokerId, TopicPartition tp, int leaderEpoch) {
    }

    /** A leader moved its high watermark (it may only move forward within one epoch). */
    default void leaderHighWatermarkChanged(int brokerId, TopicPartition tp, int leaderEpoch, long oldHw, long newHw) {
    }

    /** A replica's log lost its suffix (truncation on divergence, power failure). */
    default void truncated(int brokerId, TopicPartition tp, long newLogEndOffset, List<RecordBatch> removed) {
    }

    /**
     * The retention check deleted a replica's oldest segments (cleanup.policy=delete, or below
     * the log start offset): these records are gone by design, not lost.
     */
    default void segmentsDeleted(int brokerId, TopicPartition tp, long newLogStartOffset, List<RecordBatch> removed) {
    }

    /** A broker's disk was wiped. */
    default void diskWiped(int brokerId) {
    }

    /** A controller became active (its Raft leader epoch committed). */
    default void controllerActivated(int controllerId, int epoch) {
    }

    /** A metadata record became committed for the first time; image is the cluster's metadata after it. */
    default void metadataCommitted(long offset, MetadataRecord record, MetadataImage image) {
    }

    ClusterEvents NONE = new ClusterEvents() { };
}
