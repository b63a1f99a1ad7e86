package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;

/**
 * A deadline on one node that is cheap to push back: moving the due time later only updates a field,
 * and the scheduled event re-arms itself when it fires early. So a fetch timer that is renewed on every
 * fetch costs one event per timeout period instead of one per renewal. Call {@link #reset()} when the
 * node (re)starts: events of an old incarnation are dropped by the engine.
 */
final class LazyTimer {
    private final SimNode node;
    private final String type;
    private final Runnable action;
    private long dueMs = Long.MAX_VALUE;
    private SimNode.Timer timer;
    private long timerAtMs = Long.MAX_VALUE;

    LazyTimer(SimNode node, String type, Runnable action) {
        this.node = node;
        this.type = type;
        this.action = action;
    }

    /** Fires the action at the given time (replacing any earlier or later due time). */
    void setDue(long atMs) {
        dueMs = atMs;
        if (timer == null || timerAtMs > atMs) {
            if (timer != null) {
                timer.cancel();
            }
            schedule(atMs);
        }
    }

    void setDelay(long delayMs) {
        setDue(node.nowMs() + delayMs);
    }

    boolean isSet() {
        return dueMs != Long.MAX_VALUE;
    }

    long dueMs() {
        return dueMs;
    }

    void cancel() {
        dueMs = Long.MAX_VALUE;
        if (timer != null) {
            timer.cancel();
            timer = null;
            timerAtMs = Long.MAX_VALUE;
        }
    }

    /** Forgets the scheduled event (the node restarted, so the engine drops it anyway). */
    void reset() {
        dueMs = Long.MAX_VALUE;
        timer = null;
        timerAtMs = Long.MAX_VALUE;
    }

    private void schedule(long atMs) {
        timerAtMs = atMs;
        timer = node.schedule(atMs - node.nowMs(), type, this::fire);
    }

    private void fire() {
        timer = null;
        timerAtMs = Long.MAX_VALUE;
        if (dueMs == Long.MAX_VALUE) {
            return;
        }
        if (node.nowMs() < dueMs) {
            schedule(dueMs);
            return;
        }
        dueMs = Long.MAX_VALUE;
        action.run();
    }
}
