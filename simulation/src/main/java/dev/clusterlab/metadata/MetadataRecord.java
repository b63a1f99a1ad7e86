package dev.clusterlab.metadata;

import java.util.List;

/**
 * The records of the {@code __cluster_metadata} log, named as Kafka names them. The active
 * controller writes them through Raft; every controller and broker replays the committed ones
 * into its {@link MetadataImage}.
 */
public sealed interface MetadataRecord {

    /** A broker registered; its broker epoch is the offset of this record. Brokers start fenced. */
    record RegisterBrokerRecord(int brokerId, long brokerEpoch, String incarnationId, boolean fenced)
            implements MetadataRecord {
    }

    /** A change of a broker's fenced / controlled-shutdown flags (null = unchanged). */
    record BrokerRegistrationChangeRecord(int brokerId, long brokerEpoch, Boolean fenced, Boolean inControlledShutdown)
            implements MetadataRecord {
    }

    record TopicRecord(String name, String topicId) implements MetadataRecord {
    }

    /** A partition as created. */
    record PartitionRecord(String topic, int partition, List<Integer> replicas, List<Integer> isr,
                           List<Integer> elr, List<Integer> lastKnownElr, int leader, int leaderEpoch,
                           int partitionEpoch) implements MetadataRecord {
    }

    /**
     * A change to a partition; null fields are unchanged. A leader change bumps the leader epoch;
     * every change bumps the partition epoch (applied by the image). recovering marks an unclean
     * election (KIP-704 LeaderRecoveryState.RECOVERING).
     */
    record PartitionChangeRecord(String topic, int partition, List<Integer> isr, List<Integer> elr,
                                 List<Integer> lastKnownElr, Integer leader, List<Integer> replicas,
                                 List<Integer> addingReplicas, List<Integer> removingReplicas, Boolean recovering)
            implements MetadataRecord {
    }

    record RemoveTopicRecord(String topic) implements MetadataRecord {
    }

    /** A dynamic config; resourceType TOPIC or BROKER (resourceName "" = cluster default); null value deletes. */
    record ConfigRecord(String resourceType, String resourceName, String name, String value)
            implements MetadataRecord {
    }

    /** Written by an idle active controller every metadata.max.idle.interval.ms. */
    record NoOpRecord() implements MetadataRecord {
    }

    /** Raft control record: the first record a new leader writes in its epoch. */
    record LeaderChangeRecord(int leaderId, int epoch, List<Integer> voters) implements MetadataRecord {
    }

    /** The controller handed out producer ids up to (excluding) nextProducerId. */
    record ProducerIdsRecord(int brokerId, long nextProducerId) implements MetadataRecord {
    }
}
