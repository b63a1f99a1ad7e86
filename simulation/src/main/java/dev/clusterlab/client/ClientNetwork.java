package dev.clusterlab.client;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The producer's side of the network (Kafka's NetworkClient): one connection per broker, correlation
 * ids, the request timeout (checked by one timer per connection at the oldest request's deadline),
 * reconnect back-off after a timeout (reconnect.backoff.ms 50 → reconnect.backoff.max.ms 1000), and
 * the least loaded node for metadata and InitProducerId requests.
 */
final class ClientNetwork {
    private static final long RECONNECT_BACKOFF_MS = 50;
    private static final long RECONNECT_BACKOFF_MAX_MS = 1000;

    private final ProducerClient client;
    private final ProducerInstance owner;
    private final int maxInFlight;
    private final long requestTimeoutMs;
    private final ExponentialBackoff reconnectBackoff;
    private final java.util.HashMap<Integer, BrokerConnection> connections = new java.util.HashMap<>();
    private final java.util.HashMap<Integer, long[]> reconnectState = new java.util.HashMap<>();
    private final java.util.HashMap<Integer, SimNode> brokerNodes = new java.util.HashMap<>();
    private final java.util.TreeSet<Integer> refusing = new java.util.TreeSet<>();

    ClientNetwork(ProducerClient client, ProducerInstance owner, ProducerSettings settings) {
        this.client = client;
        this.owner = owner;
        this.maxInFlight = settings.maxInFlight();
        this.requestTimeoutMs = settings.requestTimeoutMs();
        this.reconnectBackoff = new ExponentialBackoff(RECONNECT_BACKOFF_MS, RECONNECT_BACKOFF_MAX_MS,
                client.clientRandom());
    }

    private BrokerConnection connection(int brokerId) {
        return connections.computeIfAbsent(brokerId, BrokerConnection::new);
    }

    /** {failures, allowedAtMs} of a broker's reconnect back-off. */
    private long[] reconnect(int brokerId) {
        return reconnectState.computeIfAbsent(brokerId, id -> new long[] {0, Long.MIN_VALUE});
    }

    /** The broker's node (looked up once), or null when the simulation has no such broker. */
    private SimNode brokerNode(int brokerId) {
        SimNode node = brokerNodes.get(brokerId);
        if (node == null) {
            node = client.broker(brokerId);
            if (node != null) {
                brokerNodes.put(brokerId, node);
            }
        }
        return node;
    }

    /** Kafka's client.ready(node): the broker exists, is not in reconnect back-off, and has room in flight. */
    boolean canSend(int brokerId, long nowMs) {
        if (brokerId < 0 || brokerNode(brokerId) == null || nowMs < reconnect(brokerId)[1]
                || refusing.contains(brokerId)) {
            return false;
        }
        BrokerConnection c = connections.get(brokerId);
        return c == null || c.canSendMore(maxInFlight);
    }

    /** When the reconnect back-off of this broker ends. */
    long reconnectAllowedAtMs(int brokerId) {
        return reconnect(brokerId)[1];
    }

    int inFlightCount(int brokerId) {
        BrokerConnection c = connections.get(brokerId);
        return c == null ? 0 : c.inFlightCount();
    }

    /**
     * Kafka's leastLoadedNode: from a random start, a connected broker with the fewest requests in
     * flight (one with none at once); else a broker that may be connected to; -1 if none now.
     */
    int leastLoadedNode(int[] brokers, long nowMs) {
        if (brokers.length == 0) {
            return -1;
        }
        int offset = client.clientRandom().nextInt(brokers.length);
        int best = -1;
        int bestInFlight = Integer.MAX_VALUE;
        int canConnect = -1;
        for (int i = 0; i < brokers.length; i++) {
            int id = brokers[(offset + i) % brokers.length];
            if (!canSend(id, nowMs)) {
                continue;
            }
            BrokerConnection c = connections.get(id);
            if (c != null && c.isConnected()) {
                if (c.inFlightCount() == 0) {
                    return id;
                }
                if (c.inFlightCount() < bestInFlight) {
                    best = id;
                    bestInFlight = c.inFlightCount();
                }
            } else if (canConnect < 0) {
                canConnect = id;
            }
        }
        return best >= 0 ? best : canConnect;
    }

    /** Earliest end of a reconnect back-off among these brokers (when none can be used now). */
    long earliestReconnectMs(int[] brokers, long nowMs) {
        long min = Long.MAX_VALUE;
        for (int id : brokers) {
            long at = reconnect(id)[1];
            if (at > nowMs) {
                min = Math.min(min, at);
            }
        }
        return min;
    }

    /** Sends a request; with expectResponse false (acks=0) nothing waits for an answer. */
    void send(int brokerId, Message request, InFlightRequest inFlight, boolean expectResponse) {
        client.send(brokerNode(brokerId), request);
        if (!expectResponse) {
            return;
        }
        BrokerConnection c = connection(brokerId);
        c.add(inFlight);
        if (c.timeoutCheckAtMs() == Long.MAX_VALUE) {
            armTimeoutCheck(c, inFlight.sentMs() + requestTimeoutMs);
        }
    }

    /** The answer to a request arrived; returns the request, or null when it is no longer in flight. */
    InFlightRequest completed(SimNode from, int correlationId, InFlightRequest.Kind kind) {
        int brokerId;
        try {
            brokerId = Integer.parseInt(from.id());
        } catch (NumberFormatException e) {
            return null;
        }
        BrokerConnection c = connections.get(brokerId);
        InFlightRequest r = c == null ? null : c.complete(correlationId);
        if (r == null || r.kind() != kind) {
            return null;
        }
        reconnect(brokerId)[0] = 0;
        return r;
    }

    private void armTimeoutCheck(BrokerConnection c, long atMs) {
        c.setTimeoutCheckAtMs(atMs);
        client.schedule(atMs - client.nowMs(), "ProducerRequestTimeoutCheck", () -> checkTimeout(c));
    }

    private void checkTimeout(BrokerConnection c) {
        c.setTimeoutCheckAtMs(Long.MAX_VALUE);
        if (owner.isClosed()) {
            return;
        }
        long now = client.nowMs();
        long oldest = c.oldestSentMs();
        if (oldest == Long.MAX_VALUE) {
            return;
        }
        if (now - oldest < requestTimeoutMs) {
            armTimeoutCheck(c, oldest + requestTimeoutMs);
            return;
        }
        owner.onRequestsFailed(closeConnection(c, now), Errors.REQUEST_TIMED_OUT, now);
    }

    /**
     * The broker closed the connection (its process died: the TCP connection was reset). Until the
     * next metadata response, connecting to it is taken as refused, as for a dead process.
     */
    List<InFlightRequest> connectionClosed(int brokerId, long nowMs) {
        refusing.add(brokerId);
        BrokerConnection c = connections.get(brokerId);
        return c == null ? List.of() : closeConnection(c, nowMs);
    }

    /** New metadata: brokers refused after a reset may be tried again. */
    void metadataUpdated() {
        refusing.clear();
    }

    private List<InFlightRequest> closeConnection(BrokerConnection c, long nowMs) {
        List<InFlightRequest> failed = c.disconnect();
        long[] rs = reconnect(c.brokerId);
        rs[1] = nowMs + reconnectBackoff.backoffMs((int) rs[0]);
        rs[0]++;
        return failed;
    }
}
