package dev.clusterlab.engine;

import dev.clusterlab.network.Message;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * A process in the simulated cluster: a broker, a controller or a client. It reacts to messages
 * and its own timers. A crash bumps its incarnation, so everything scheduled for the old
 * incarnation (timers, messages in flight to it) is dropped; a pause defers its events.
 */
public abstract class SimNode {
    protected final Simulation sim;
    private final String id;
    int index = -1;
    private NodeStatus status = NodeStatus.DOWN;
    private int incarnation;
    private final ArrayDeque<SimEvent> deferred = new ArrayDeque<>();

    protected SimNode(Simulation sim, String id) {
        this.sim = sim;
        this.id = id;
    }

    public final String id() {
        return id;
    }

    /** The engine this node runs in. */
    public final Simulation simulation() {
        return sim;
    }

    public final int index() {
        return index;
    }

    public final NodeStatus status() {
        return status;
    }

    public final boolean isUp() {
        return status == NodeStatus.UP;
    }

    public final int incarnation() {
        return incarnation;
    }

    /** Entry point of the network: a message from another node arrives. */
    public final void receive(SimNode from, Message message) {
        onMessage(from, message);
    }

    /** Handles a message that arrived from another node. */
    protected abstract void onMessage(SimNode from, Message message);

    /** Starts the process (with whatever is on its disk). */
    public final void start() {
        if (status != NodeStatus.DOWN) {
            throw new IllegalStateException(id + " is " + status + ", cannot start");
        }
        status = NodeStatus.UP;
        onStart();
    }

    /** The process dies: memory is gone, timers and messages to it are dropped. */
    public final void stop() {
        if (status == NodeStatus.DOWN) {
            throw new IllegalStateException(id + " is already down");
        }
        status = NodeStatus.DOWN;
        incarnation++;
        deferred.clear();
        onStop();
    }

    public final void pause() {
        if (status != NodeStatus.UP) {
            throw new IllegalStateException(id + " is " + status + ", cannot pause");
        }
        status = NodeStatus.PAUSED;
    }

    /** Resumes a paused node: everything that came due meanwhile runs now, in its original order. */
    public final void resume() {
        if (status != NodeStatus.PAUSED) {
            throw new IllegalStateException(id + " is " + status + ", cannot resume");
        }
        status = NodeStatus.UP;
        while (!deferred.isEmpty()) {
            sim.queue().add(deferred.poll(), sim.nowMs());
        }
    }

    void defer(SimEvent event) {
        deferred.add(event);
    }

    protected void onStart() {
    }

    /**
     * Whether this node's machine is on. A process that crashed on a running machine refuses
     * connections (the OS answers with a reset); a machine without power answers nothing.
     */
    public boolean machineUp() {
        return true;
    }

    /**
     * Another process died while this machine's OS stayed up (a crash, not a power failure or a
     * pause): its TCP connections are reset, so peers with requests in flight to it learn of it
     * at once, as Kafka's NetworkClient does on a disconnect.
     */
    public void peerProcessDied(SimNode peer) {
    }

    protected void onStop() {
    }

    /** Sends a message through the simulated network. */
    public final void send(SimNode to, Message message) {
        sim.network().send(this, to, message);
    }

    /** Schedules a timer for this incarnation of the node. */
    public final Timer schedule(long delayMs, String type, Runnable action) {
        Timer timer = new Timer(this, type, action);
        sim.scheduleFor(this, timer, sim.nowMs() + Math.max(0, delayMs));
        return timer;
    }

    public final long nowMs() {
        return sim.nowMs();
    }

    /** A timer of one node: cancel it to make it vanish from the queue. */
    public static final class Timer extends SimEvent {
        private final SimNode node;
        private final String type;
        private final Runnable action;

        Timer(SimNode node, String type, Runnable action) {
            this.node = node;
            this.type = type;
            this.action = action;
        }

        @Override
        public SimNode node() {
            return node;
        }

        @Override
        public void fire() {
            action.run();
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public void describe(Map<String, Object> fields) {
        }
    }
}
