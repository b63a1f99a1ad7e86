package dev.clusterlab.engine;

import dev.clusterlab.network.SimNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine: a virtual clock, one event queue and the nodes. Everything runs on the thread
 * that calls {@link #step()} or {@link #runUntil(long)}; nothing here reads the wall clock.
 */
public final class Simulation {
    private final SimRandom random;
    private final EventQueue queue = new EventQueue();
    private final Map<String, SimNode> nodesById = new LinkedHashMap<>();
    private final Map<Integer, SimNode> nodesByNumericId = new java.util.HashMap<>();
    /** Brokers and controllers (ids 1.., 1001..) by id without boxing: looked up for every message. */
    private static final int SMALL_IDS = 4096;
    private SimNode[] nodesBySmallId = new SimNode[16];
    private final List<SimNode> nodes = new ArrayList<>();
    private final List<SimulationListener> listeners = new ArrayList<>();
    private final SimNetwork network;
    private long nowMs;
    private long executed;
    private SimEvent current;

    public Simulation(long seed) {
        this.random = new SimRandom(seed);
        this.network = new SimNetwork(this, random.child("network"));
    }

    public long nowMs() {
        return nowMs;
    }

    public long seed() {
        return random.seed();
    }

    /** A random stream derived from the seed by name. */
    public SimRandom random(String name) {
        return random.child(name);
    }

    public SimNetwork network() {
        return network;
    }

    EventQueue queue() {
        return queue;
    }

    /** Number of events executed so far; also the seq the next event will get. */
    public long executedEvents() {
        return executed;
    }

    /** The event being executed, or null between events. */
    public SimEvent currentEvent() {
        return current;
    }

    public void addListener(SimulationListener listener) {
        listeners.add(listener);
    }

    public <N extends SimNode> N register(N node) {
        if (nodesById.containsKey(node.id())) {
            throw new IllegalArgumentException("duplicate node id " + node.id());
        }
        node.index = nodes.size();
        nodes.add(node);
        nodesById.put(node.id(), node);
        if (node.id().chars().allMatch(Character::isDigit) && !node.id().isEmpty() && node.id().length() < 10) {
            int numericId = Integer.parseInt(node.id());
            nodesByNumericId.put(numericId, node);
            if (numericId < SMALL_IDS) {
                if (numericId >= nodesBySmallId.length) {
                    nodesBySmallId = java.util.Arrays.copyOf(nodesBySmallId, Math.max(numericId + 1,
                            Math.min(SMALL_IDS, nodesBySmallId.length * 2)));
                }
                nodesBySmallId[numericId] = node;
            }
        }
        network.grow(nodes.size());
        return node;
    }

    public SimNode node(String id) {
        return nodesById.get(id);
    }

    /** A broker or controller by its numeric id, or null. */
    public SimNode node(int numericId) {
        if (numericId >= 0 && numericId < nodesBySmallId.length) {
            return nodesBySmallId[numericId];
        }
        return nodesByNumericId.get(numericId);
    }

    public List<SimNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** Schedules an engine-level event (a timeline command) at an absolute time. */
    public void schedule(SimEvent event, long atMs) {
        if (event.node() != null) {
            throw new IllegalArgumentException("node events go through scheduleFor");
        }
        queue.add(event, Math.max(atMs, nowMs));
    }

    /** Schedules an event that belongs to the current incarnation of a node. */
    public void scheduleFor(SimNode node, SimEvent event, long atMs) {
        event.incarnation = node.incarnation();
        queue.add(event, Math.max(atMs, nowMs));
    }

    /** Time of the next event that would run, or Long.MAX_VALUE if none is queued. */
    public long nextEventTimeMs() {
        return queue.peekTimeMs();
    }

    /**
     * Executes the next runnable event. Returns false when the queue is empty. Events of a
     * node that is down (or was restarted since) are dropped; events of a paused node wait.
     */
    public boolean step() {
        return step(Long.MAX_VALUE);
    }

    /**
     * Executes the next runnable event if it is due at or before limitMs; events that cannot run
     * (cancelled, of a node that is down or restarted, of a paused node) are set aside on the way
     * but never pull the clock past the limit. Returns false when nothing ran.
     */
    public boolean step(long limitMs) {
        while (true) {
            if (queue.isEmpty() || queue.peekTimeMs() > limitMs) {
                return false;
            }
            SimEvent event = queue.poll();
            if (event.cancelled) {
                continue;
            }
            SimNode node = event.node();
            if (node != null) {
                if (node.status() == NodeStatus.DOWN || node.incarnation() != event.incarnation) {
                    long t = nowMs;
                    nowMs = event.timeMs;
                    event.onUndeliverable();
                    nowMs = Math.max(t, nowMs);
                    continue;
                }
                if (node.status() == NodeStatus.PAUSED) {
                    node.defer(event);
                    continue;
                }
            }
            nowMs = event.timeMs;
            long seq = executed++;
            current = event;
            try {
                event.fire();
            } finally {
                current = null;
            }
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).afterEvent(seq, event);
            }
            return true;
        }
    }

    /** Runs every event due at or before the given time, then sets the clock to it. */
    public void runUntil(long untilMs) {
        while (step(untilMs)) {
            // keep going
        }
        if (untilMs > nowMs) {
            nowMs = untilMs;
        }
    }
}
