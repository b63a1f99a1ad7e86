package dev.clusterlab.views.fx;

import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine thread drives: the part of {@link ClusterSimulation} the desktop app uses.
 * Only the engine thread calls it.
 */
public interface SimulationDriver {
    long nowMs();

    void runUntil(long timeMs);

    /** Runs the next event, whatever its time; false when nothing is left to run. */
    boolean step();

    void submit(Command command);

    ClusterSnapshot snapshot();

    /** Runs events until a leader, ISR or active controller changes, at most maxEvents; what changed. */
    List<String> stepToStateChange(int maxEvents);

    /** The submitted commands refused since the last call ("action: reason"), oldest first. */
    default List<String> takeRefusals() {
        return List.of();
    }

    static SimulationDriver of(ClusterSimulation simulation) {
        simulation.trackMessagesInFlight(true); // the cluster view draws them; headless runs never track
        return new SimulationDriver() {
            private final List<String> refusals = new ArrayList<>();

            @Override
            public List<String> takeRefusals() {
                if (refusals.isEmpty()) {
                    return List.of();
                }
                List<String> taken = List.copyOf(refusals);
                refusals.clear();
                return taken;
            }

            @Override
            public long nowMs() {
                return simulation.nowMs();
            }

            @Override
            public void runUntil(long timeMs) {
                simulation.runUntil(timeMs);
            }

            @Override
            public List<String> stepToStateChange(int maxEvents) {
                return simulation.stepToStateChange(maxEvents);
            }

            @Override
            public boolean step() {
                return simulation.step();
            }

            @Override
            public void submit(Command command) {
                simulation.submit(command, refusals::add);
            }

            @Override
            public ClusterSnapshot snapshot() {
                return simulation.liveSnapshot();
            }
        };
    }
}
