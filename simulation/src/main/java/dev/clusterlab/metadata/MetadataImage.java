package dev.clusterlab.metadata;

import dev.clusterlab.metadata.MetadataRecord.BrokerRegistrationChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.ConfigRecord;
import dev.clusterlab.metadata.MetadataRecord.PartitionChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.PartitionRecord;
import dev.clusterlab.metadata.MetadataRecord.RegisterBrokerRecord;
import dev.clusterlab.metadata.MetadataRecord.RemoveTopicRecord;
import dev.clusterlab.metadata.MetadataRecord.TopicRecord;
import dev.clusterlab.protocol.TopicPartition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable view of the cluster metadata after replaying the log up to {@code offset}
 * (Kafka's MetadataImage). Applying a record returns a new image that shares every unchanged
 * part with this one.
 */
public record MetadataImage(long offset, SortedMap<Integer, BrokerRegistration> brokers,
                            SortedMap<String, TopicImage> topics, SortedMap<String, String> clusterConfigs,
                            SortedMap<Integer, SortedMap<String, String>> brokerConfigs) {

    public static final MetadataImage EMPTY = new MetadataImage(-1, new TreeMap<>(), new TreeMap<>(),
            new TreeMap<>(), new TreeMap<>());

    public MetadataImage {
        brokers = Collections.unmodifiableSortedMap(brokers);
        topics = Collections.unmodifiableSortedMap(topics);
        clusterConfigs = Collections.unmodifiableSortedMap(clusterConfigs);
        brokerConfigs = Collections.unmodifiableSortedMap(brokerConfigs);
    }

    public TopicImage topic(String name) {
        return topics.get(name);
    }

    public PartitionRegistration partition(TopicPartition tp) {
        TopicImage t = topics.get(tp.topic());
        return t == null ? null : t.partition(tp.partition());
    }

    public BrokerRegistration broker(int id) {
        return brokers.get(id);
    }

    /** Applies one committed record at the given offset. */
    public MetadataImage apply(long recordOffset, MetadataRecord record) {
        MetadataImage next = applyRecord(record);
        return new MetadataImage(recordOffset, next.brokers, next.topics, next.clusterConfigs, next.brokerConfigs);
    }

    private MetadataImage applyRecord(MetadataRecord record) {
        if (record instanceof RegisterBrokerRecord r) {
            return withBroker(new BrokerRegistration(r.brokerId(), r.brokerEpoch(), r.incarnationId(), r.fenced(), false));
        }
        if (record instanceof BrokerRegistrationChangeRecord r) {
            BrokerRegistration b = brokers.get(r.brokerId());
            if (b == null || b.brokerEpoch() != r.brokerEpoch()) {
                return this;
            }
            return withBroker(new BrokerRegistration(b.id(), b.brokerEpoch(), b.incarnationId(),
                    r.fenced() != null ? r.fenced() : b.fenced(),
                    r.inControlledShutdown() != null ? r.inControlledShutdown() : b.inControlledShutdown()));
        }
        if (record instanceof TopicRecord r) {
            return withTopic(new TopicImage(r.name(), r.topicId(), List.of(), Map.of()));
        }
        if (record instanceof PartitionRecord r) {
            TopicImage t = topics.get(r.topic());
            PartitionRegistration reg = new PartitionRegistration(r.replicas(), r.isr(), r.elr(),
                    r.lastKnownElr(), r.leader(), r.leaderEpoch(), r.partitionEpoch(), List.of(), List.of(), false);
            return withTopic(t.withPartition(r.partition(), reg));
        }
        if (record instanceof PartitionChangeRecord r) {
            TopicImage t = topics.get(r.topic());
            PartitionRegistration p = t == null ? null : t.partition(r.partition());
            return p == null ? this : withTopic(t.withPartition(r.partition(), p.apply(r)));
        }
        if (record instanceof RemoveTopicRecord r) {
            TreeMap<String, TopicImage> m = new TreeMap<>(topics);
            m.remove(r.topic());
            return new MetadataImage(offset, brokers, m, clusterConfigs, brokerConfigs);
        }
        if (record instanceof ConfigRecord r) {
            return applyConfig(r);
        }
        return this; // NoOpRecord, LeaderChangeRecord, ProducerIdsRecord change nothing here
    }

    private MetadataImage withBroker(BrokerRegistration b) {
        TreeMap<Integer, BrokerRegistration> m = new TreeMap<>(brokers);
        m.put(b.id(), b);
        return new MetadataImage(offset, m, topics, clusterConfigs, brokerConfigs);
    }

    private MetadataImage withTopic(TopicImage t) {
        TreeMap<String, TopicImage> m = new TreeMap<>(topics);
        m.put(t.name(), t);
        return new MetadataImage(offset, brokers, m, clusterConfigs, brokerConfigs);
    }

    private MetadataImage applyConfig(ConfigRecord r) {
        if (r.resourceType().equals("TOPIC")) {
            TopicImage t = topics.get(r.resourceName());
            return t == null ? this : withTopic(t.withConfig(r.name(), r.value()));
        }
        if (r.resourceName().isEmpty()) {
            TreeMap<String, String> c = new TreeMap<>(clusterConfigs);
            putOrRemove(c, r.name(), r.value());
            return new MetadataImage(offset, brokers, topics, c, brokerConfigs);
        }
        TreeMap<Integer, SortedMap<String, String>> bc = new TreeMap<>(brokerConfigs);
        TreeMap<String, String> c = new TreeMap<>(bc.getOrDefault(Integer.parseInt(r.resourceName()), new TreeMap<>()));
        putOrRemove(c, r.name(), r.value());
        bc.put(Integer.parseInt(r.resourceName()), Collections.unmodifiableSortedMap(c));
        return new MetadataImage(offset, brokers, topics, clusterConfigs, bc);
    }

    private static void putOrRemove(Map<String, String> m, String k, String v) {
        if (v == null) {
            m.remove(k);
        } else {
            m.put(k, v);
        }
    }
}
