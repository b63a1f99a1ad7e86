package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;

/** A broker forwards the creation of a topic to the active controller (auto topic creation). */
public record CreateTopicsRequest(int correlationId, String topic, int partitions, short replicationFactor)
        implements Message {
}
