package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

public record BrokerRegistrationResponse(int correlationId, Errors error, long brokerEpoch) implements Message {
}
