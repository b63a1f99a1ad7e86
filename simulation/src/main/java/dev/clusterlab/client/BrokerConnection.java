package dev.clusterlab.client;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * The producer's connection to one broker (Kafka's NetworkClient per node): requests in flight in
 * send order, at most max.in.flight.requests.per.connection of them. The network never reports a
 * loss, so a request without an answer is noticed only when request.timeout.ms passes; then the
 * connection is closed and every request in flight on it fails, as in Kafka's NetworkClient.
 */
final class BrokerConnection {
    final int brokerId;
    private final ArrayDeque<InFlightRequest> inFlight = new ArrayDeque<>();
    private boolean connected;
    private long timeoutCheckAtMs = Long.MAX_VALUE;

    BrokerConnection(int brokerId) {
        this.brokerId = brokerId;
    }

    boolean isConnected() {
        return connected;
    }

    int inFlightCount() {
        return inFlight.size();
    }

    boolean canSendMore(int maxInFlight) {
        return inFlight.size() < maxInFlight;
    }

    void add(InFlightRequest request) {
        connected = true;
        inFlight.addLast(request);
    }

    /** Removes and returns the request with this correlation id, or null (e.g. the connection was reset since). */
    InFlightRequest complete(int correlationId) {
        for (Iterator<InFlightRequest> it = inFlight.iterator(); it.hasNext(); ) {
            InFlightRequest r = it.next();
            if (r.correlationId() == correlationId) {
                it.remove();
                return r;
            }
        }
        return null;
    }

    /** Send time of the oldest request in flight, or Long.MAX_VALUE. */
    long oldestSentMs() {
        InFlightRequest r = inFlight.peekFirst();
        return r == null ? Long.MAX_VALUE : r.sentMs();
    }

    /** Closes the connection: every request in flight is returned (oldest first) and forgotten. */
    List<InFlightRequest> disconnect() {
        List<InFlightRequest> all = List.copyOf(inFlight);
        inFlight.clear();
        connected = false;
        return all;
    }

    long timeoutCheckAtMs() {
        return timeoutCheckAtMs;
    }

    void setTimeoutCheckAtMs(long atMs) {
        timeoutCheckAtMs = atMs;
    }
}
