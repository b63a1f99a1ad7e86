package dev.clusterlab.controller;

import java.util.Map;
import java.util.TreeMap;

/**
 * The active controller's view of broker sessions (Kafka's BrokerHeartbeatManager): last contact
 * and the metadata offset each broker reported. Rebuilt with "last contact = now" for every
 * registered broker when a controller activates.
 */
final class BrokerHeartbeatTracker {
    private final Map<Integer, long[]> brokers = new TreeMap<>(); // {lastContactMs, metadataOffset}

    void touch(int brokerId, long nowMs, long metadataOffset) {
        brokers.put(brokerId, new long[] {nowMs, metadataOffset});
    }

    void remove(int brokerId) {
        brokers.remove(brokerId);
    }

    boolean hasValidSession(int brokerId, long nowMs, long sessionTimeoutMs) {
        long[] s = brokers.get(brokerId);
        return s != null && nowMs - s[0] <= sessionTimeoutMs; // Kafka: expired once last + timeout < now
    }

    long lastContactMs(int brokerId) {
        long[] s = brokers.get(brokerId);
        return s == null ? Long.MIN_VALUE : s[0];
    }

    long metadataOffset(int brokerId) {
        long[] s = brokers.get(brokerId);
        return s == null ? -1 : s[1];
    }

    void clear() {
        brokers.clear();
    }
}
