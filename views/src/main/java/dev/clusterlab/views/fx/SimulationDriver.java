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

    /**
     * A snapshot whose messages in flight are those in flight at some moment after
     * messagesAfterMs (the time of the last snapshot the UI drew), so that none is lost in the
     * snapshots the UI skipped. By default the same as {@link #snapshot()}.
     */
    default ClusterSnapshot snapshot(long messagesAfterMs) {
        return snapshot();
    }

    /** Runs events until a leader, ISR or active controller changes, at most maxEvents; what changed. */
    List<String> stepToStateChange(int maxEvents);

    /** The submitted commands refused since the last call ("action: reason"), oldest first. */
    default List<String> takeRefusals() {
        return List.of();
    }

    /** Live snapshots carry this partition's replica logs from now on; topic null: no partition's. */
    default void watchPartition(String topic, int partition) {
    }

    /** Events the desktop app's timeline keeps (the newest; commands are kept longer). */
    int TIMELINE_CAPACITY = 50_000;

    /**
     * The app's driver of a simulation. It also has the simulation record the timeline, sample the
     * charts' metrics and track the messages in flight, which only the app shows.
     */
    static SimulationDriver of(ClusterSimulation simulation) {
        simulation.recordTimeline(TIMELINE_CAPACITY);
        simulation.sampleMetrics(ClusterSimulation.DEFAULT_METRICS_INTERVAL_MS);
        simulation.trackMessagesInFlight(true);
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
            public void watchPartition(String topic, int partition) {
                if (topic == null) {
                    simulation.unwatchPartition();
                } else {
                    simulation.watchPartition(topic, partition);
                }
            }

            @Override
            public ClusterSnapshot snapshot() {
                return simulation.liveSnapshot();
            }

            @Override
            public ClusterSnapshot snapshot(long messagesAfterMs) {
                return simulation.liveSnapshot(messagesAfterMs);
            }
        };
    }
}
