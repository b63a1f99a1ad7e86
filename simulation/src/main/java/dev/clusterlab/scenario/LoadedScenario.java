package dev.clusterlab.scenario;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.fault.TimedCommand;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated scenario turned into the engine's inputs: the setup to build the cluster from
 * (seed = the scenario's, or 0), the timeline in time order, how long to run, and what must hold.
 */
public record LoadedScenario(Scenario scenario, ClusterSetup setup, List<TimedCommand> timeline, long runForMs,
                             List<Expectation> expectations, Path source) {

    public LoadedScenario {
        timeline = List.copyOf(timeline);
        expectations = List.copyOf(expectations);
    }
}
