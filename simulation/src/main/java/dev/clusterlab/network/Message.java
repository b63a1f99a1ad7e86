package dev.clusterlab.network;

/** Anything sent between nodes. Implementations are immutable records named as Kafka names its RPCs. */
public interface Message {
    /** The trace type: Kafka's name of the request or response. */
    default String type() {
        return getClass().getSimpleName();
    }
}
