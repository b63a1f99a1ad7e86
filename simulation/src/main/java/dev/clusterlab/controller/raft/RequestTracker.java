package dev.clusterlab.controller.raft;

import java.util.Arrays;
import java.util.List;

/**
 * Outstanding requests per destination (a small version of Kafka's RequestManager): at most one request
 * in flight to each voter, identified by a correlation id; a response is handled only if it answers the
 * request still in flight. Resetting (on every state transition, like Kafka's resetConnections) makes
 * every late response stale.
 */
final class RequestTracker {
    private final int[] destinations;
    private final long[] inflightCorrelation;
    private final long[] sentAtMs;
    private long nextCorrelationId = 1;

    RequestTracker(List<Integer> destinations) {
        this.destinations = VoterIds.toArray(destinations);
        this.inflightCorrelation = new long[destinations.size()];
        this.sentAtMs = new long[destinations.size()];
    }

    /** Registers a new request to the destination and returns its correlation id. */
    long onSend(int destination, long nowMs) {
        int i = index(destination);
        long id = nextCorrelationId++;
        inflightCorrelation[i] = id;
        sentAtMs[i] = nowMs;
        return id;
    }

    /** True (and clears the slot) if the response answers the request in flight to that destination. */
    boolean onResponse(int source, long correlationId) {
        int i = VoterIds.indexOf(destinations, source);
        if (i < 0 || correlationId == 0 || inflightCorrelation[i] != correlationId) {
            return false;
        }
        inflightCorrelation[i] = 0;
        return true;
    }

    boolean isInflight(int destination) {
        return inflightCorrelation[index(destination)] != 0;
    }

    /** True if a request is in flight to the destination and older than the timeout. */
    boolean hasTimedOut(int destination, long nowMs, long timeoutMs) {
        int i = index(destination);
        return inflightCorrelation[i] != 0 && nowMs - sentAtMs[i] >= timeoutMs;
    }

    long sentAtMs(int destination) {
        return sentAtMs[index(destination)];
    }

    void clear(int destination) {
        inflightCorrelation[index(destination)] = 0;
    }

    void resetAll() {
        Arrays.fill(inflightCorrelation, 0);
    }

    private int index(int destination) {
        int i = VoterIds.indexOf(destinations, destination);
        if (i < 0) {
            throw new IllegalArgumentException("unknown destination " + destination + " (voters "
                    + Arrays.toString(destinations) + ")");
        }
        return i;
    }
}
