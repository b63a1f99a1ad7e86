package dev.clusterlab.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.metadata.MetadataRecord.BrokerRegistrationChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.ConfigRecord;
import dev.clusterlab.metadata.MetadataRecord.LeaderChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.NoOpRecord;
import dev.clusterlab.metadata.MetadataRecord.PartitionChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.PartitionRecord;
import dev.clusterlab.metadata.MetadataRecord.ProducerIdsRecord;
import dev.clusterlab.metadata.MetadataRecord.RegisterBrokerRecord;
import dev.clusterlab.metadata.MetadataRecord.RemoveTopicRecord;
import dev.clusterlab.metadata.MetadataRecord.TopicRecord;
import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataImageTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    private long offset;

    private MetadataImage apply(MetadataImage image, MetadataRecord... records) {
        for (MetadataRecord r : records) {
            image = image.apply(offset++, r);
        }
        return image;
    }

    private MetadataImage withTopic() {
        return apply(MetadataImage.EMPTY,
                new TopicRecord("t", "id-t"),
                new PartitionRecord("t", 0, List.of(1, 2, 3), List.of(1, 2, 3), List.of(), List.of(), 1, 0, 0));
    }

    private static PartitionChangeRecord change(List<Integer> isr, Integer leader) {
        return new PartitionChangeRecord("t", 0, isr, null, null, leader, null, null, null, null);
    }

    @Test
    void registeredBrokerStartsFencedWithItsEpoch() {
        MetadataImage image = apply(MetadataImage.EMPTY, new RegisterBrokerRecord(1, 0, "inc-a", true));
        assertThat(image.offset()).isZero();
        assertThat(image.broker(1)).isEqualTo(new BrokerRegistration(1, 0, "inc-a", true, false));
        assertThat(image.broker(1).isActive()).isFalse();
    }

    @Test
    void registrationChangeUnfencesAndShutsDownOnlyTheMatchingBrokerEpoch() {
        MetadataImage image = apply(MetadataImage.EMPTY, new RegisterBrokerRecord(1, 5, "inc-a", true));
        image = apply(image, new BrokerRegistrationChangeRecord(1, 5, false, null));
        assertThat(image.broker(1).fenced()).isFalse();
        assertThat(image.broker(1).isActive()).isTrue();

        image = apply(image, new BrokerRegistrationChangeRecord(1, 5, null, true));
        assertThat(image.broker(1).fenced()).isFalse();
        assertThat(image.broker(1).inControlledShutdown()).isTrue();
        assertThat(image.broker(1).isActive()).isFalse();

        MetadataImage stale = apply(image, new BrokerRegistrationChangeRecord(1, 4, true, false));
        assertThat(stale.broker(1)).isEqualTo(image.broker(1));
        assertThat(stale.offset()).isEqualTo(image.offset() + 1);
    }

    @Test
    void reRegistrationReplacesTheOldIncarnation() {
        MetadataImage image = apply(MetadataImage.EMPTY, new RegisterBrokerRecord(1, 0, "inc-a", true),
                new BrokerRegistrationChangeRecord(1, 0, false, null),
                new RegisterBrokerRecord(1, 2, "inc-b", true));
        assertThat(image.broker(1)).isEqualTo(new BrokerRegistration(1, 2, "inc-b", true, false));
    }

    @Test
    void topicAndPartitionRecordsCreateThePartition() {
        MetadataImage image = withTopic();
        assertThat(image.topic("t").topicId()).isEqualTo("id-t");
        PartitionRegistration p = image.partition(TP);
        assertThat(p.replicas()).containsExactly(1, 2, 3);
        assertThat(p.isr()).containsExactly(1, 2, 3);
        assertThat(p.leader()).isEqualTo(1);
        assertThat(p.preferredLeader()).isEqualTo(1);
        assertThat(p.leaderEpoch()).isZero();
        assertThat(p.partitionEpoch()).isZero();
        assertThat(image.partition(new TopicPartition("t", 1))).isNull();
        assertThat(image.partition(new TopicPartition("u", 0))).isNull();
    }

    @Test
    void isrChangeBumpsOnlyThePartitionEpoch() {
        MetadataImage image = apply(withTopic(), change(List.of(1, 2), null));
        PartitionRegistration p = image.partition(TP);
        assertThat(p.isr()).containsExactly(1, 2);
        assertThat(p.leader()).isEqualTo(1);
        assertThat(p.leaderEpoch()).isZero();
        assertThat(p.partitionEpoch()).isEqualTo(1);
    }

    @Test
    void leaderChangeBumpsLeaderAndPartitionEpochs() {
        MetadataImage image = apply(withTopic(), change(List.of(2, 3), 2));
        PartitionRegistration p = image.partition(TP);
        assertThat(p.leader()).isEqualTo(2);
        assertThat(p.leaderEpoch()).isEqualTo(1);
        assertThat(p.partitionEpoch()).isEqualTo(1);

        image = apply(image, change(null, -1));
        p = image.partition(TP);
        assertThat(p.hasLeader()).isFalse();
        assertThat(p.leaderEpoch()).isEqualTo(2);
        assertThat(p.partitionEpoch()).isEqualTo(2);
        assertThat(p.isr()).containsExactly(2, 3);
    }

    @Test
    void settingTheSameLeaderStillBumpsTheLeaderEpoch() {
        // Kafka sets the leader field to the current leader to force an epoch bump (reassignment)
        PartitionRegistration p = apply(withTopic(), change(null, 1)).partition(TP);
        assertThat(p.leader()).isEqualTo(1);
        assertThat(p.leaderEpoch()).isEqualTo(1);
        assertThat(p.partitionEpoch()).isEqualTo(1);
    }

    @Test
    void changeRecordSetsElrReplicasAndRecoveryState() {
        MetadataImage image = apply(withTopic(), new PartitionChangeRecord("t", 0, List.of(3), List.of(1, 2),
                List.of(), 3, List.of(1, 2, 3, 4), List.of(4), List.of(1), true));
        PartitionRegistration p = image.partition(TP);
        assertThat(p.elr()).containsExactly(1, 2);
        assertThat(p.replicas()).containsExactly(1, 2, 3, 4);
        assertThat(p.addingReplicas()).containsExactly(4);
        assertThat(p.removingReplicas()).containsExactly(1);
        assertThat(p.recovering()).isTrue();

        // a change that does not mention the recovery state keeps it
        image = apply(image, new PartitionChangeRecord("t", 0, List.of(3, 2), null, null, null, null, null, null, null));
        assertThat(image.partition(TP).recovering()).isTrue();
        assertThat(image.partition(TP).elr()).containsExactly(1, 2);
        // a leader change keeps RECOVERING too (Kafka's testChangeInLeadershipDoesNotChangeRecoveryState)
        image = apply(image, new PartitionChangeRecord("t", 0, null, null, null, -1, null, null, null, null));
        assertThat(image.partition(TP).recovering()).isTrue();
        image = apply(image, new PartitionChangeRecord("t", 0, null, null, null, null, null, null, null, false));
        assertThat(image.partition(TP).recovering()).isFalse();
    }

    @Test
    void changeForAnUnknownPartitionChangesNothing() {
        MetadataImage before = withTopic();
        MetadataImage after = apply(before, new PartitionChangeRecord("t", 5, List.of(1), null, null, null, null,
                null, null, null));
        assertThat(after.topics()).isEqualTo(before.topics());
    }

    @Test
    void removeTopicDropsItsPartitions() {
        MetadataImage image = apply(withTopic(), new RemoveTopicRecord("t"));
        assertThat(image.topic("t")).isNull();
        assertThat(image.partition(TP)).isNull();
    }

    @Test
    void configRecordsSetAndDeleteTopicClusterAndBrokerConfigs() {
        MetadataImage image = apply(withTopic(),
                new ConfigRecord("TOPIC", "t", "min.insync.replicas", "2"),
                new ConfigRecord("BROKER", "", "unclean.leader.election.enable", "true"),
                new ConfigRecord("BROKER", "2", "replica.lag.time.max.ms", "10000"),
                new ConfigRecord("TOPIC", "missing", "min.insync.replicas", "3"));
        assertThat(image.topic("t").configs()).containsEntry("min.insync.replicas", "2");
        assertThat(image.topic("missing")).isNull();
        assertThat(image.clusterConfigs()).containsEntry("unclean.leader.election.enable", "true");
        assertThat(image.brokerConfigs().get(2)).containsEntry("replica.lag.time.max.ms", "10000");

        image = apply(image,
                new ConfigRecord("TOPIC", "t", "min.insync.replicas", null),
                new ConfigRecord("BROKER", "", "unclean.leader.election.enable", null),
                new ConfigRecord("BROKER", "2", "replica.lag.time.max.ms", null));
        assertThat(image.topic("t").configs()).isEmpty();
        assertThat(image.clusterConfigs()).isEmpty();
        assertThat(image.brokerConfigs().get(2)).isEmpty();
    }

    @Test
    void controlRecordsOnlyAdvanceTheOffset() {
        MetadataImage before = withTopic();
        MetadataImage after = apply(before, new NoOpRecord(), new LeaderChangeRecord(1001, 3, List.of(1001)),
                new ProducerIdsRecord(1, 1000));
        assertThat(after.offset()).isEqualTo(before.offset() + 3);
        assertThat(after.brokers()).isEqualTo(before.brokers());
        assertThat(after.topics()).isEqualTo(before.topics());
    }

    @Test
    void applyingReturnsANewImageAndSharesUnchangedParts() {
        MetadataImage before = withTopic();
        MetadataImage after = apply(before, new RegisterBrokerRecord(4, 9, "x", true));
        assertThat(before.broker(4)).isNull();
        assertThat(after.topic("t")).isSameAs(before.topic("t"));
    }
}
