package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deadlines of the acks=all requests waiting in one broker's produce purgatory. Requests
 * with the same timeout expire in arrival order, so each timeout value keeps a FIFO, and one
 * timer is armed at the earliest deadline: no timer per request (thousands per second).
 * Requests completed before their deadline are dropped when the timer passes them.
 */
final class ProduceTimeouts {
    private final SimNode broker;
    private final Map<Long, ArrayDeque<DelayedProduce>> byTimeoutMs = new TreeMap<>();
    private SimNode.Timer timer;
    private long timerAtMs = Long.MAX_VALUE;

    ProduceTimeouts(SimNode broker) {
        this.broker = broker;
    }

    void add(DelayedProduce request, long timeoutMs) {
        request.deadlineMs = broker.nowMs() + timeoutMs;
        ArrayDeque<DelayedProduce> queue = byTimeoutMs.computeIfAbsent(timeoutMs, k -> new ArrayDeque<>());
        while (!queue.isEmpty() && queue.peekFirst().isDone()) {
            queue.pollFirst(); // answered already: most requests are, long before their deadline
        }
        queue.addLast(request);
        arm(request.deadlineMs);
    }

    private void arm(long atMs) {
        if (timer != null && timerAtMs <= atMs) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        timerAtMs = atMs;
        timer = broker.schedule(atMs - broker.nowMs(), "ProduceTimeout", this::expireDue);
    }

    private void expireDue() {
        timer = null;
        timerAtMs = Long.MAX_VALUE;
        long now = broker.nowMs();
        long next = Long.MAX_VALUE;
        for (ArrayDeque<DelayedProduce> queue : byTimeoutMs.values()) {
            while (!queue.isEmpty() && (queue.peekFirst().isDone() || queue.peekFirst().deadlineMs <= now)) {
                DelayedProduce d = queue.pollFirst();
                if (!d.isDone()) {
                    d.expire();
                }
            }
            if (!queue.isEmpty()) {
                next = Math.min(next, queue.peekFirst().deadlineMs);
            }
        }
        if (next != Long.MAX_VALUE) {
            arm(next);
        }
    }
}
