package dev.clusterlab.engine;

import java.util.Map;

/**
 * Something that happens at one instant of simulated time. The engine executes events in
 * (timeMs, seq) order; {@link #node()} names the node whose state machine runs it, or is
 * null for engine-level events (timeline commands).
 */
public abstract class SimEvent {
    long timeMs;
    long queueSeq;
    int incarnation;
    boolean cancelled;

    public final long timeMs() {
        return timeMs;
    }

    /**
     * A cancelled event is skipped when its time comes: it is neither executed nor traced. (Long
     * timeouts that are nearly always cancelled are checked lazily by their owners instead, so
     * cancelled events never pile up in the queue.)
     */
    public final void cancel() {
        cancelled = true;
    }

    public final boolean isCancelled() {
        return cancelled;
    }

    /** The node that runs this event, or null for an engine-level event. */
    public abstract SimNode node();

    /** Runs the event. Called only while the node is up and in the incarnation it was scheduled for. */
    public abstract void fire();

    /** The trace type, for example {@code FetchRequest} or {@code HeartbeatTimer}. */
    public abstract String type();

    /** Called instead of {@link #fire()} when the event's node is down or was restarted since. */
    public void onUndeliverable() {
    }

    /** Adds this event's fields to a trace line (called only when tracing). */
    public void describe(Map<String, Object> fields) {
    }
}
