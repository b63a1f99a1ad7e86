package dev.clusterlab.app.ui;

import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.scenario.LoadedScenario;

/** Builds a fresh simulation of a loaded scenario at time 0, its timeline scheduled, with any seed. */
final class OpenedScenario {
    private OpenedScenario() {
    }

    static ClusterSimulation create(LoadedScenario loaded, long seed) {
        ClusterSimulation sim = new ClusterSimulation(loaded.setup().withSeed(seed));
        for (TimedCommand c : loaded.timeline()) {
            sim.schedule(c);
        }
        return sim;
    }
}
