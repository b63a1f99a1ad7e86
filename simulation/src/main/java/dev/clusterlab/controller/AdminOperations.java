package dev.clusterlab.controller;

import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.fault.Command;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.MetadataRecord.ConfigRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Admin requests as the active controller executes them (CreateTopics, DeleteTopics,
 * IncrementalAlterConfigs, ElectLeaders, AlterPartitionReassignments). Each returns null when
 * accepted, or the error Kafka would answer with, as a message.
 */
public final class AdminOperations {
    private final QuorumController controller;
    private final StripedReplicaPlacer placer;

    AdminOperations(QuorumController controller, StripedReplicaPlacer placer) {
        this.controller = controller;
        this.placer = placer;
    }

    private String notActive() {
        return controller.isActive() ? null : "NOT_CONTROLLER: controller " + controller.nodeId() + " is not active";
    }

    public String createTopic(Command.CreateTopic c) {
        if (notActive() != null) {
            return notActive();
        }
        if (controller.image().topic(c.topic()) != null) {
            return "TOPIC_ALREADY_EXISTS: topic '" + c.topic() + "' already exists";
        }
        List<String> configErrors = KafkaConfigs.TOPIC.validate(c.config());
        if (!configErrors.isEmpty()) {
            return "INVALID_CONFIG: " + String.join("; ", configErrors);
        }
        List<List<Integer>> assignment;
        if (c.assignment() != null) {
            String bad = validateAssignment(c.assignment());
            if (bad != null) {
                return bad;
            }
            assignment = c.assignment();
        } else {
            List<Integer> unfenced = new ArrayList<>();
            List<Integer> fenced = new ArrayList<>();
            for (BrokerRegistration b : controller.image().brokers().values()) {
                (b.isActive() ? unfenced : fenced).add(b.id());
            }
            try {
                assignment = placer.place(c.partitions(), c.replicationFactor(), unfenced, fenced);
            } catch (IllegalArgumentException e) {
                return "INVALID_REPLICATION_FACTOR: " + e.getMessage();
            }
        }
        List<MetadataRecord> records = new ArrayList<>(
                controller.replication().createTopicRecords(c.topic(), "topic-" + c.topic(), assignment));
        for (Map.Entry<String, String> e : new TreeMap<>(c.config()).entrySet()) {
            records.add(1, new ConfigRecord("TOPIC", c.topic(), e.getKey(), e.getValue()));
        }
        controller.write(records);
        return null;
    }

    private String validateAssignment(List<List<Integer>> assignment) {
        int rf = assignment.get(0).size();
        for (List<Integer> replicas : assignment) {
            if (replicas.size() != rf) {
                return "INVALID_REPLICA_ASSIGNMENT: all partitions must have the same number of replicas";
            }
            if (new HashSet<>(replicas).size() != replicas.size()) {
                return "INVALID_REPLICA_ASSIGNMENT: duplicate broker in " + replicas;
            }
            for (int b : replicas) {
                if (controller.image().broker(b) == null) {
                    return "INVALID_REPLICA_ASSIGNMENT: broker " + b + " is not registered";
                }
            }
        }
        return null;
    }

    public String deleteTopic(String topic) {
        if (notActive() != null) {
            return notActive();
        }
        if (controller.image().topic(topic) == null) {
            return "UNKNOWN_TOPIC_OR_PARTITION: topic '" + topic + "' does not exist";
        }
        controller.write(List.of(new MetadataRecord.RemoveTopicRecord(topic)));
        return null;
    }

    /** Topic config (topic != null) or broker config (broker id, or null for the cluster-wide default). */
    public String alterConfig(String topic, Integer broker, Map<String, String> config) {
        if (notActive() != null) {
            return notActive();
        }
        List<String> errors = new ArrayList<>();
        Map<String, String> nonNull = new TreeMap<>();
        config.forEach((k, v) -> {
            if (v != null) {
                nonNull.put(k, v);
            }
        });
        errors.addAll((topic != null ? KafkaConfigs.TOPIC : KafkaConfigs.BROKER).validate(nonNull));
        for (String k : config.keySet()) {
            if (!(topic != null ? KafkaConfigs.TOPIC : KafkaConfigs.BROKER).supports(k)) {
                errors.add("unsupported config '" + k + "'");
            }
        }
        if (!errors.isEmpty()) {
            return "INVALID_CONFIG: " + String.join("; ", errors);
        }
        if (topic != null && controller.image().topic(topic) == null) {
            return "UNKNOWN_TOPIC_OR_PARTITION: topic '" + topic + "' does not exist";
        }
        List<MetadataRecord> records = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(config).entrySet()) {
            records.add(topic != null ? new ConfigRecord("TOPIC", topic, e.getKey(), e.getValue())
                    : new ConfigRecord("BROKER", broker == null ? "" : broker.toString(), e.getKey(), e.getValue()));
        }
        controller.write(records);
        return null;
    }

    public String electPreferredLeaders(String topic) {
        if (notActive() != null) {
            return notActive();
        }
        if (topic != null && controller.image().topic(topic) == null) {
            return "UNKNOWN_TOPIC_OR_PARTITION: topic '" + topic + "' does not exist";
        }
        controller.write(controller.replication().electPreferred(topic));
        return null;
    }

    public String reassignPartition(String topic, int partition, List<Integer> replicas) {
        if (notActive() != null) {
            return notActive();
        }
        TopicImage t = controller.image().topic(topic);
        PartitionRegistration reg = t == null ? null : t.partition(partition);
        if (reg == null) {
            return "UNKNOWN_TOPIC_OR_PARTITION: " + topic + "-" + partition + " does not exist";
        }
        String bad = validateAssignment(List.of(replicas));
        if (bad != null) {
            return bad;
        }
        if (!reg.addingReplicas().isEmpty() || !reg.removingReplicas().isEmpty()) {
            return "REASSIGNMENT_IN_PROGRESS: " + topic + "-" + partition + " is already being reassigned";
        }
        controller.replication().reassign(topic, partition, reg, replicas).ifPresent(c -> controller.write(List.of(c)));
        return null;
    }
}
