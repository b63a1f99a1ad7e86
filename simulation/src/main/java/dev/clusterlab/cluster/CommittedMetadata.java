package dev.clusterlab.cluster;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.TopicPartition;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cluster's committed metadata: what the quorum has agreed on, applied once per offset as
 * the first controller commits it. It is the truth the snapshots, the report and the checkers
 * compare the nodes' own views against. Also remembers each partition's last leader, whose log
 * counts while the partition is offline.
 */
final class CommittedMetadata implements ClusterEvents {
    private MetadataImage image = MetadataImage.EMPTY;
    private final Map<TopicPartition, Integer> lastLeader = new HashMap<>();
    private final Consumer<TopicPartition> leaderChanged;

    CommittedMetadata(Consumer<TopicPartition> leaderChanged) {
        this.leaderChanged = leaderChanged;
    }

    MetadataImage image() {
        return image;
    }

    int lastLeader(TopicPartition tp) {
        return lastLeader.getOrDefault(tp, -1);
    }

    @Override
    public void metadataCommitted(long offset, MetadataRecord record, MetadataImage controllerImage) {
        if (offset <= image.offset()) {
            return;
        }
        image = image.apply(offset, record);
        TopicPartition tp = null;
        if (record instanceof MetadataRecord.PartitionRecord r) {
            tp = new TopicPartition(r.topic(), r.partition());
        } else if (record instanceof MetadataRecord.PartitionChangeRecord r && r.leader() != null) {
            tp = new TopicPartition(r.topic(), r.partition());
        }
        if (tp != null) {
            PartitionRegistration reg = image.partition(tp);
            if (reg != null && reg.leader() >= 0) {
                lastLeader.put(tp, reg.leader());
            }
            leaderChanged.accept(tp);
        }
    }
}
