package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

public record InitProducerIdResponse(int correlationId, Errors error, long producerId, short producerEpoch)
        implements Message {
}
