package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;
import org.apache.kafka.common.protocol.Errors;

public record BrokerHeartbeatResponse(int correlationId, Errors error, boolean isCaughtUp, boolean isFenced,
                                      boolean shouldShutDown) implements Message {
}
