package dev.clusterlab.cluster;

import dev.clusterlab.engine.Simulation;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;

/**
 * A whole Kafka cluster in simulated time: the API the runner, the benchmark and the desktop app
 * use. Not thread-safe: one thread (the engine thread) calls everything.
 */
public final class ClusterSimulation {
    private final ClusterSetup setup;
    private final Simulation sim;

    public ClusterSimulation(ClusterSetup setup) {
        this.setup = setup;
        this.sim = new Simulation(setup.seed());
    }

    public ClusterSetup setup() {
        return setup;
    }

    public Simulation engine() {
        return sim;
    }

    public long nowMs() {
        return sim.nowMs();
    }

    /** Watches every executed event (trace writers, tests). */
    public void addListener(SimulationListener listener) {
        sim.addListener(listener);
    }

    /** Schedules a timeline command at its time. */
    public void schedule(TimedCommand command) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Executes a user command at the current simulated time (recorded and traced like a timeline one). */
    public void submit(Command command) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Runs one event; false when nothing is left to run. */
    public boolean step() {
        return sim.step();
    }

    public void runUntil(long timeMs) {
        sim.runUntil(timeMs);
    }

    public ClusterSnapshot snapshot() {
        return new ClusterSnapshot(setup.name(), setup.seed(), sim.nowMs(), sim.executedEvents(),
                new ControllerQuorumSnapshot(-1, 0, 0), List.of(), List.of(), List.of(), List.of(),
                new RecordStats(0, 0, 0, 0, 0), List.of());
    }
}
