package dev.clusterlab.broker;

import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import dev.clusterlab.protocol.MetadataRequest;
import dev.clusterlab.protocol.MetadataResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/** Builds a Metadata response from a broker's (possibly stale) image. */
final class MetadataResponses {
    private MetadataResponses() {
    }

    /** Topics of the request that do not exist (candidates for auto creation). */
    static List<String> unknownTopics(MetadataRequest request, MetadataImage image) {
        List<String> unknown = new ArrayList<>();
        if (request.topics() != null) {
            for (String t : request.topics()) {
                if (image.topic(t) == null) {
                    unknown.add(t);
                }
            }
        }
        return unknown;
    }

    static MetadataResponse build(MetadataRequest request, MetadataImage image, List<String> beingCreated) {
        List<Integer> brokers = new ArrayList<>();
        for (BrokerRegistration b : image.brokers().values()) {
            if (!b.fenced()) {
                brokers.add(b.id());
            }
        }
        List<String> names = request.topics() == null || request.topics().isEmpty()
                ? new ArrayList<>(image.topics().keySet()) : request.topics();
        List<MetadataResponse.TopicMetadata> topics = new ArrayList<>();
        for (String name : names) {
            TopicImage t = image.topic(name);
            if (t == null) {
                // Kafka answers LEADER_NOT_AVAILABLE for a topic it is auto-creating
                Errors error = beingCreated.contains(name) ? Errors.LEADER_NOT_AVAILABLE
                        : Errors.UNKNOWN_TOPIC_OR_PARTITION;
                topics.add(new MetadataResponse.TopicMetadata(name, error, List.of()));
                continue;
            }
            List<MetadataResponse.PartitionMetadata> parts = new ArrayList<>();
            for (int p = 0; p < t.partitions().size(); p++) {
                PartitionRegistration reg = t.partitions().get(p);
                Errors error = reg.leader() < 0 ? Errors.LEADER_NOT_AVAILABLE : Errors.NONE;
                parts.add(new MetadataResponse.PartitionMetadata(p, error, reg.leader(), reg.leaderEpoch(),
                        reg.replicas(), reg.isr()));
            }
            topics.add(new MetadataResponse.TopicMetadata(name, Errors.NONE, parts));
        }
        return new MetadataResponse(request.correlationId(), brokers, topics);
    }
}
