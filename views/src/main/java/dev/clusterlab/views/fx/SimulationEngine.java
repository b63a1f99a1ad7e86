package dev.clusterlab.views.fx;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The engine thread: it creates the simulation, owns it, paces it against the wall clock and
 * publishes the latest snapshot after each round. Other threads only queue requests and read
 * the latest snapshot; none of them ever touches the simulation.
 */
public final class SimulationEngine {
    public static final String THREAD_NAME = "clusterlab-engine";
    private static final long SHUTDOWN_WAIT_MS = 2_000;

    private final Supplier<? extends SimulationDriver> factory;
    private final double initialSpeed;
    private final LongSupplier nanoTime;
    private final Queue<EngineRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicReference<ClusterSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** The snapshot the UI drew last (see {@link #drawn}), or null. */
    private final AtomicReference<ClusterSnapshot> drawn = new AtomicReference<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final Queue<List<String>> stateChanges = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile double speed;
    private final AtomicReference<Supplier<? extends SimulationDriver>> pendingRestart = new AtomicReference<>();

    /**
     * @param factory    creates the simulation, called on the engine thread
     * @param speed      simulated ms per wall ms, or SimulationPacer.AS_FAST_AS_POSSIBLE
     * @param nanoTime   the wall clock (System::nanoTime, or a fake one in tests)
     */
    public SimulationEngine(Supplier<? extends SimulationDriver> factory, double speed, LongSupplier nanoTime) {
        this.factory = factory;
        this.initialSpeed = speed;
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Queues a user action; the engine thread executes it at the simulation's current time. */
    public void submit(Command command) {
        request(new EngineRequest.Submit(command));
    }

    /** Queues a speed change (SimulationPacer.AS_FAST_AS_POSSIBLE for no pacing). */
    public void setSpeed(double speed) {
        this.speed = speed;
        request(new EngineRequest.ChangeSpeed(speed));
    }

    /** Queues a pause (true) or a resume (false). */
    public void setPaused(boolean paused) {
        request(new EngineRequest.SetPaused(paused));
    }

    /** Queues a single step: the next event runs, whatever its time. */
    public void stepEvent() {
        request(new EngineRequest.StepEvent());
    }

    /** The partition the replica log view watches, kept so that a restarted simulation watches it too. */
    private volatile EngineRequest.WatchPartition watched;

    /** Queues watching a partition's replica logs (topic null: none); it carries over to a restart. */
    public void watchPartition(String topic, int partition) {
        EngineRequest.WatchPartition request = new EngineRequest.WatchPartition(topic, partition);
        watched = request;
        request(request);
    }

    /** The snapshot published last, or null before the simulation is created. Any thread. */
    public ClusterSnapshot latestSnapshot() {
        return latest.get();
    }

    /**
     * The UI drew this snapshot: the next ones list the messages in flight since it, so that none
     * is lost in the snapshots the UI skips between two frames. FX thread (any thread).
     */
    public void drawn(ClusterSnapshot snapshot) {
        drawn.set(snapshot);
    }

    /** The oldest refused user command not yet taken ("action: reason"), or null. Any thread. */
    public String pollRefusal() {
        return refusals.poll();
    }

    /** What the oldest step to the next state change not yet taken stopped at, or null. Any thread. */
    public List<String> pollStateChange() {
        return stateChanges.poll();
    }

    /** Queues a run of the next simulatedMs of simulated time, at once. */
    public void runFor(long simulatedMs) {
        request(new EngineRequest.RunFor(simulatedMs));
    }

    /** Queues a step to the next leader, ISR or active controller change. */
    public void stepToStateChange() {
        request(new EngineRequest.StepToStateChange());
    }

    /**
     * Replaces the simulation with a fresh one from factory (created on the engine thread), running
     * at the current speed. Requests still queued for the old simulation are dropped.
     */
    public void restart(Supplier<? extends SimulationDriver> factory) {
        pendingRestart.set(factory);
        LockSupport.unpark(thread);
    }

    /** What stopped the engine thread, if the simulation threw. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    /** Stops the engine thread and waits (briefly) for it to end. */
    public void shutdown() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(SHUTDOWN_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void request(EngineRequest request) {
        requests.add(request);
        LockSupport.unpark(thread);
    }

    private EngineLoop newLoop(Supplier<? extends SimulationDriver> factory, double atSpeed) {
        SimulationDriver simulation = factory.get();
        EngineRequest.WatchPartition watch = watched;
        if (watch != null) {
            simulation.watchPartition(watch.topic(), watch.partition());
        }
        SimulationPacer pacer = new SimulationPacer(nanoTime, atSpeed, simulation.nowMs());
        latest.set(simulation.snapshot()); // after the pacer is anchored: wall time from here on counts
        EngineLoop loop = new EngineLoop(simulation, pacer, requests, latest, nanoTime, refusals::add);
        loop.onStateChange(stateChanges::add);
        drawn.set(null); // the replaced simulation's; one drawn late is mostly ahead of the new clock, which ignores it
        loop.drawnNowMs(() -> {
            ClusterSnapshot s = drawn.get();
            return s == null ? -1 : s.nowMs();
        });
        return loop;
    }

    private void run() {
        try {
            EngineLoop loop = newLoop(factory, initialSpeed);
            while (running) {
                Supplier<? extends SimulationDriver> restart = pendingRestart.getAndSet(null);
                if (restart != null) {
                    requests.clear();
                    loop = newLoop(restart, speed);
                }
                if (loop.runOnce() && requests.isEmpty()) {
                    LockSupport.parkNanos(this, EngineLoop.FRAME_NANOS);
                }
            }
        } catch (RuntimeException | Error e) {
            failure.set(e);
            System.err.println(THREAD_NAME + " stopped: the simulation threw");
            e.printStackTrace();
        }
    }
}
