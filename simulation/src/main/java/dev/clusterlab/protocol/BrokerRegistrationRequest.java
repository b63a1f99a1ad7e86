package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;

/** A starting broker registers; previousBrokerEpoch is -1 after an unclean shutdown (KIP-966). */
public record BrokerRegistrationRequest(int correlationId, int brokerId, String incarnationId,
                                        long previousBrokerEpoch) implements Message {
}
