package dev.clusterlab.views.fx;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A simulation stand-in that records which thread called it and how far it was run. */
class RecordingDriver implements SimulationDriver {
    record Submitted(Command command, String threadName, long atMs) {
    }

    final List<Long> runUntilCalls = new CopyOnWriteArrayList<>();
    final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    final List<String> callingThreads = new CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
    /** The messagesAfterMs of each snapshot(long) call. */
    final List<Long> messagesAfterMs = new CopyOnWriteArrayList<>();
    private volatile long nowMs;

    @Override
    public long nowMs() {
        return nowMs;
    }

    @Override
    public void runUntil(long timeMs) {
        callingThreads.add(Thread.currentThread().getName());
        runUntilCalls.add(timeMs);
        nowMs = Math.max(nowMs, timeMs);
    }

    /** Nothing ever changes in a recording: it steps the whole limit. */
    @Override
    public java.util.List<String> stepToStateChange(int maxEvents) {
        steps.addAndGet(maxEvents);
        nowMs += maxEvents;
        return java.util.List.of();
    }

    /** A step runs one event one simulated millisecond on. */
    @Override
    public boolean step() {
        steps.incrementAndGet();
        nowMs++;
        return true;
    }

    @Override
    public void submit(Command command) {
        submitted.add(new Submitted(command, Thread.currentThread().getName(), nowMs));
    }

    /** A driver whose simulation throws when it is given a command. */
    static RecordingDriver failingOnSubmit(String message) {
        return new RecordingDriver() {
            @Override
            public void submit(Command command) {
                throw new IllegalStateException(message);
            }
        };
    }

    @Override
    public ClusterSnapshot snapshot() {
        return new ClusterSnapshot("recording", 7, nowMs, runUntilCalls.size(), new ControllerQuorumSnapshot(-1, 0, 0),
                List.of(), List.of(), List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    @Override
    public ClusterSnapshot snapshot(long messagesAfterMs) {
        this.messagesAfterMs.add(messagesAfterMs);
        return snapshot();
    }
}
