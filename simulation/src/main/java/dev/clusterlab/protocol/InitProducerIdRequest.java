package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;

/** An idempotent producer asks any broker for a producer id. */
public record InitProducerIdRequest(int correlationId) implements Message {
}
