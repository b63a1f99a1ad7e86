package dev.clusterlab.metadata;

/** A broker as the metadata log records it. */
public record BrokerRegistration(int id, long brokerEpoch, String incarnationId, boolean fenced,
                                 boolean inControlledShutdown) {

    /** Acceptable as leader or ISR member: registered, unfenced, not shutting down (Kafka's isActive). */
    public boolean isActive() {
        return !fenced && !inControlledShutdown;
    }
}
