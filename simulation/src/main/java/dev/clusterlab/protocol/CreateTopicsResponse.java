package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

/** The controller's answer: NONE, TOPIC_ALREADY_EXISTS, INVALID_REPLICATION_FACTOR, NOT_CONTROLLER... */
public record CreateTopicsResponse(int correlationId, String topic, Errors error, String message) implements Message {
}
