package dev.clusterlab.network;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.snapshot.MessageInFlight;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The simulated network. Every direction of every link behaves like a TCP connection: FIFO
 * (jitter never reorders), a message that is dropped or meets a cut link is simply never
 * delivered, and the sender only learns of it through its own timeout.
 */
public final class SimNetwork {
    private final Simulation sim;
    private final SimRandom random;
    private LinkSettings defaults = LinkSettings.DEFAULT;
    private int capacity;
    private int[] cuts = new int[0];
    private long[] latencyOverrideMs = new long[0];
    private long[] lastDeliveryMs = new long[0];
    private long sent;
    private long dropped;
    private long refused;
    private long linkStateVersion;
    private MessageTracker tracker;

    public SimNetwork(Simulation sim, SimRandom random) {
        this.sim = sim;
        this.random = random;
    }

    public void setDefaults(LinkSettings settings) {
        this.defaults = settings;
        linkStateVersion++;
    }

    public LinkSettings defaults() {
        return defaults;
    }

    /** Makes room for n nodes (called as nodes are registered). */
    public void grow(int n) {
        if (n <= capacity) {
            return;
        }
        int newCap = Math.max(n, capacity * 2);
        int[] newCuts = new int[newCap * newCap];
        long[] newLatency = new long[newCap * newCap];
        long[] newLast = new long[newCap * newCap];
        Arrays.fill(newLatency, -1);
        for (int i = 0; i < capacity; i++) {
            System.arraycopy(cuts, i * capacity, newCuts, i * newCap, capacity);
            System.arraycopy(latencyOverrideMs, i * capacity, newLatency, i * newCap, capacity);
            System.arraycopy(lastDeliveryMs, i * capacity, newLast, i * newCap, capacity);
        }
        cuts = newCuts;
        latencyOverrideMs = newLatency;
        lastDeliveryMs = newLast;
        capacity = newCap;
    }

    private int link(SimNode from, SimNode to) {
        return from.index() * capacity + to.index();
    }

    /** Cuts the direction from → to (cuts made by several actions add up until heal). */
    public void cut(SimNode from, SimNode to) {
        if (from != to) {
            cuts[link(from, to)]++;
            linkStateVersion++;
        }
    }

    public boolean isCut(SimNode from, SimNode to) {
        return cuts[link(from, to)] > 0;
    }

    public void setLatency(SimNode from, SimNode to, long latencyMs) {
        latencyOverrideMs[link(from, to)] = latencyMs;
        linkStateVersion++;
    }

    /** Whether from → to has a latency set by setLatency rather than the default. */
    public boolean hasLatencyOverride(SimNode from, SimNode to) {
        return latencyOverrideMs[link(from, to)] >= 0;
    }

    /** Changes whenever a cut, a latency or the defaults change, so that a view can reuse its picture of the links. */
    public long linkStateVersion() {
        return linkStateVersion;
    }

    /**
     * Starts remembering up to capacity messages put on the wire, for the desktop app's picture
     * of messages in flight (0 stops it). Off by default: a headless run pays nothing for it.
     */
    public void trackMessages(int capacity) {
        tracker = capacity > 0 ? new MessageTracker(capacity) : null;
    }

    public boolean tracksMessages() {
        return tracker != null;
    }

    /** The tracked messages that arrive after afterMs, oldest first (empty when not tracking); older ones are forgotten. */
    public List<MessageInFlight> messagesArrivingAfter(long afterMs) {
        return tracker == null ? List.of() : tracker.arrivingAfter(afterMs);
    }

    public long latencyMs(SimNode from, SimNode to) {
        long o = latencyOverrideMs[link(from, to)];
        return o >= 0 ? o : defaults.latencyMs();
    }

    /** Every link works again and latencies go back to the scenario's defaults. */
    public void heal() {
        Arrays.fill(cuts, 0);
        Arrays.fill(latencyOverrideMs, -1);
        linkStateVersion++;
    }

    public long sentMessages() {
        return sent;
    }

    public long droppedMessages() {
        return dropped;
    }

    public void send(SimNode from, SimNode to, Message message) {
        if (!from.isUp()) {
            return;
        }
        sent++;
        if (isCut(from, to) || (defaults.dropRate() > 0 && random.nextDouble() < defaults.dropRate())) {
            dropped++;
            return;
        }
        long latency = latencyMs(from, to);
        if (defaults.jitterMs() > 0) {
            latency += random.nextLong(defaults.jitterMs() + 1);
        }

        int l = link(from, to);
        long at = Math.max(sim.nowMs() + latency, lastDeliveryMs[l]);
        lastDeliveryMs[l] = at;
        if (tracker != null) {
            tracker.sent(from, to, message, sim.nowMs(), at);
        }
        sim.scheduleFor(to, new Delivery(from, to, message), at);
    }

    /** The sender learns that the peer's process is not running (a TCP reset from its OS). */
    public static final class ConnectionRefused extends SimEvent {
        private final SimNode from;
        private final SimNode peer;

        ConnectionRefused(SimNode from, SimNode peer) {
            this.from = from;
            this.peer = peer;
        }

        @Override
        public SimNode node() {
            return from;
        }

        @Override
        public void fire() {
            from.peerProcessDied(peer);
        }

        @Override
        public String type() {
            return "ConnectionRefused";
        }

        @Override
        public void describe(Map<String, Object> fields) {
            fields.put("peer", peer.id());
        }
    }

    /** A message arriving at its destination. */
    public final class Delivery extends SimEvent {
        private final SimNode from;
        private final SimNode to;
        private final Message message;
        private boolean lost;

        Delivery(SimNode from, SimNode to, Message message) {
            this.from = from;
            this.to = to;
            this.message = message;
        }

        public SimNode from() {
            return from;
        }

        public Message message() {
            return message;
        }

        @Override
        public SimNode node() {
            return to;
        }

        @Override
        public void fire() {
            if (isCut(from, to)) {
                dropped++;
                lost = true;
                return;
            }
            to.receive(from, message);
        }

        /**
         * The message reached a machine whose process is down or was restarted since: its OS
         * resets the connection, which the sender sees one trip later (a machine without power,
         * or a cut link, answers nothing).
         */
        @Override
        public void onUndeliverable() {
            if (to.machineUp() && from.isUp() && !isCut(to, from)) {
                refused++;
                sim.scheduleFor(from, new ConnectionRefused(from, to), sim.nowMs() + latencyMs(to, from));
            }
        }

        @Override
        public String type() {
            return message.type();
        }

        @Override
        public void describe(Map<String, Object> fields) {
            fields.put("from", from.id());
            if (lost) {
                fields.put("droppedByCutLink", true);
            }
        }
    }
}
