package dev.clusterlab.views.fx;

import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One round of the engine thread, without the thread: apply the queued requests, run simulated
 * time in chunks up to what the pacer says is due (spending at most one frame of wall time), then
 * publish a snapshot. Everything here runs on the engine thread.
 */
public final class EngineLoop {
    /** Wall time one round may spend before it publishes (one frame at 60 Hz). */
    public static final long FRAME_NANOS = 16_666_667L;
    /** Largest step of one runUntil, so that the frame budget is checked often. */
    static final long MAX_CHUNK_MS = 50;
    /** How far a step to the next state change looks before it gives up (a quiet cluster may never change). */
    static final int MAX_EVENTS_TO_STATE_CHANGE = 500_000;

    private final SimulationDriver simulation;
    private final SimulationPacer pacer;
    private final Queue<EngineRequest> requests;
    private final AtomicReference<ClusterSnapshot> latest;
    private final LongSupplier nanoTime;
    private final Consumer<String> onRefused;
    private Consumer<List<String>> onStateChange = changes -> { };
    private LongSupplier drawnNowMs = () -> -1;

    public EngineLoop(SimulationDriver simulation, SimulationPacer pacer, Queue<EngineRequest> requests,
                      AtomicReference<ClusterSnapshot> latest, LongSupplier nanoTime) {
        this(simulation, pacer, requests, latest, nanoTime, refusal -> { });
    }

    /** onRefused hears each user command the simulation refused ("action: reason"). */
    public EngineLoop(SimulationDriver simulation, SimulationPacer pacer, Queue<EngineRequest> requests,
                      AtomicReference<ClusterSnapshot> latest, LongSupplier nanoTime, Consumer<String> onRefused) {
        this.onRefused = onRefused;
        this.simulation = simulation;
        this.pacer = pacer;
        this.requests = requests;
        this.latest = latest;
        this.nanoTime = nanoTime;
    }

    /** Who hears what a step to the next state change stopped at (empty: nothing changed within the limit). */
    public void onStateChange(Consumer<List<String>> consumer) {
        this.onStateChange = consumer;
    }

    /**
     * Where to read the simulated time of the last snapshot the UI drew (negative: none yet): each
     * published snapshot lists the messages in flight since then, so that those seen only by
     * snapshots the UI skipped still get drawn.
     */
    public void drawnNowMs(LongSupplier drawnNowMs) {
        this.drawnNowMs = drawnNowMs;
    }

    /** Runs one round; true when the simulation has caught up with the due time (the caller may sleep). */
    public boolean runOnce() {
        boolean changed = applyRequests();
        long deadline = nanoTime.getAsLong() + FRAME_NANOS;
        long dueMs = pacer.dueTimeMs(simulation.nowMs());
        boolean caughtUp = simulation.nowMs() >= dueMs;
        while (!caughtUp) {
            long nowMs = simulation.nowMs();
            simulation.runUntil(Math.min(dueMs, nowMs + MAX_CHUNK_MS));
            changed = true;
            caughtUp = simulation.nowMs() >= dueMs;
            if (nanoTime.getAsLong() - deadline >= 0) {
                break;
            }
        }
        if (changed) {
            long drawn = drawnNowMs.getAsLong();
            latest.set(drawn < 0 ? simulation.snapshot() : simulation.snapshot(drawn));
        }
        simulation.takeRefusals().forEach(onRefused);
        return caughtUp;
    }

    private boolean applyRequests() {
        boolean applied = false;
        EngineRequest request;
        while ((request = requests.poll()) != null) {
            if (request instanceof EngineRequest.Submit submit) {
                simulation.submit(submit.command());
            } else if (request instanceof EngineRequest.ChangeSpeed change) {
                pacer.setSpeed(change.speed(), simulation.nowMs());
            } else if (request instanceof EngineRequest.SetPaused pause) {
                pacer.setPaused(pause.paused(), simulation.nowMs());
            } else if (request instanceof EngineRequest.StepToStateChange) {
                onStateChange.accept(simulation.stepToStateChange(MAX_EVENTS_TO_STATE_CHANGE));
                pacer.ranAhead(simulation.nowMs());
            } else if (request instanceof EngineRequest.RunFor runFor) {
                simulation.runUntil(simulation.nowMs() + runFor.simulatedMs());
                pacer.ranAhead(simulation.nowMs());
            } else if (request instanceof EngineRequest.StepEvent) {
                simulation.step();
                pacer.ranAhead(simulation.nowMs());
            } else if (request instanceof EngineRequest.WatchPartition watch) {
                simulation.watchPartition(watch.topic(), watch.partition());
            }
            applied = true;
        }
        return applied;
    }
}
