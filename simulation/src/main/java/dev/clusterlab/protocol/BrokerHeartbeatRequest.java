package dev.clusterlab.protocol;

import dev.clusterlab.network.Message;

/** Every broker.heartbeat.interval.ms: liveness, metadata progress, and the wish to be fenced or to shut down. */
public record BrokerHeartbeatRequest(int correlationId, int brokerId, long brokerEpoch, long currentMetadataOffset,
                                     boolean wantFence, boolean wantShutDown) implements Message {
}
