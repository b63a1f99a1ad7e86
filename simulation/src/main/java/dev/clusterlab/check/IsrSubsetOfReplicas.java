package dev.clusterlab.check;

import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.TopicPartition;

/** Every committed ISR (and ELR, and leader) is a subset of the partition's replicas. */
public final class IsrSubsetOfReplicas extends Invariant {
    public IsrSubsetOfReplicas(ViolationContext context) {
        super("isrSubsetOfReplicas", context);
    }

    @Override
    public void metadataCommitted(long offset, MetadataRecord record, MetadataImage image) {
        String topic;
        int partition;
        if (record instanceof MetadataRecord.PartitionChangeRecord c) {
            topic = c.topic();
            partition = c.partition();
        } else if (record instanceof MetadataRecord.PartitionRecord c) {
            topic = c.topic();
            partition = c.partition();
        } else {
            return;
        }
        PartitionRegistration reg = image.partition(new TopicPartition(topic, partition));
        if (reg == null) {
            return;
        }
        if (!reg.replicas().containsAll(reg.isr())) {
            violated(topic + "-" + partition + " has ISR " + reg.isr() + " outside its replicas " + reg.replicas());
        } else if (!reg.replicas().containsAll(reg.elr())) {
            violated(topic + "-" + partition + " has ELR " + reg.elr() + " outside its replicas " + reg.replicas());
        } else if (reg.leader() >= 0 && !reg.replicas().contains(reg.leader())) {
            violated(topic + "-" + partition + " is led by " + reg.leader() + ", not one of " + reg.replicas());
        }
    }
}
