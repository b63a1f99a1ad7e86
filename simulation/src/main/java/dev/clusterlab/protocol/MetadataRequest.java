package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import java.util.List;

/**
 * A client asks a broker for the leaders of some topics. allowAutoTopicCreation is the
 * producer's allow.auto.create.topics (true by default): with the broker's
 * auto.create.topics.enable an unknown topic is then created.
 */
public record MetadataRequest(int correlationId, List<String> topics, boolean allowAutoTopicCreation)
        implements Message {

    public MetadataRequest(int correlationId, List<String> topics) {
        this(correlationId, topics, true);
    }
}
