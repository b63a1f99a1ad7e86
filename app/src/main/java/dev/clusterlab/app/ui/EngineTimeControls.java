package dev.clusterlab.app.ui;

import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.views.fx.SimulationDriver;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.timeline.TimeControls;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The time controls of the window on the engine: pacing requests pass straight through; a
 * restart builds the scenario again from time 0 with the seed it last ran with, or a new one.
 */
public final class EngineTimeControls implements TimeControls {
    private final SimulationEngine engine;
    private LongFunction<ClusterSimulation> scenario;
    private final LongSupplier newSeeds;
    private long seed;

    /**
     * @param scenario builds the scenario with a given seed
     * @param seed     the seed the engine's current simulation runs with
     * @param newSeeds where new seeds come from (outside the simulation, so it may be the wall clock)
     */
    public EngineTimeControls(SimulationEngine engine, LongFunction<ClusterSimulation> scenario, long seed,
                              LongSupplier newSeeds) {
        this.engine = engine;
        this.scenario = scenario;
        this.seed = seed;
        this.newSeeds = newSeeds;
    }

    @Override
    public void setPaused(boolean paused) {
        engine.setPaused(paused);
    }

    @Override
    public void setSpeed(double speed) {
        engine.setSpeed(speed);
    }

    @Override
    public void stepEvent() {
        engine.stepEvent();
    }

    @Override
    public void runFor(long simulatedMs) {
        engine.runFor(simulatedMs);
    }

    @Override
    public void stepToStateChange() {
        engine.stepToStateChange();
    }

    @Override
    public void restart(boolean newSeed) {
        if (newSeed) {
            long next = newSeeds.getAsLong();
            seed = next == seed ? next + 1 : next;
        }
        long runWith = seed;
        engine.restart(() -> SimulationDriver.of(scenario.apply(runWith)));
    }

    /**
     * From the next restart on, runs another scenario starting with its own seed (File > Open):
     * the restart actions then restart that one.
     */
    public void use(LongFunction<ClusterSimulation> scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }
}
