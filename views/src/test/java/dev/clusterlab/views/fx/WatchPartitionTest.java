package dev.clusterlab.views.fx;

import static dev.clusterlab.views.fx.SimulationEngineTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replica log view's watched partition reaches the simulation on the engine thread, and survives a restart. */
class WatchPartitionTest {
    private final FakeClock clock = new FakeClock();
    private SimulationEngine engine;

    @AfterEach
    void stopEngine() {
        if (engine != null) {
            engine.shutdown();
        }
    }

    /** Records what it was asked to watch and on which thread. */
    static final class WatchingDriver extends RecordingDriver {
        final List<String> watched = new CopyOnWriteArrayList<>();

        @Override
        public void watchPartition(String topic, int partition) {
            watched.add((topic == null ? "none" : topic + "-" + partition) + " on " + Thread.currentThread().getName());
        }
    }

    @Test
    void aWatchIsAppliedOnTheEngineThreadAndCarriedOverToARestartedSimulation() {
        WatchingDriver first = new WatchingDriver();
        engine = new SimulationEngine(() -> first, SimulationPacer.REAL_TIME, clock);
        engine.start();
        await(() -> engine.latestSnapshot() != null);

        var before = engine.latestSnapshot();
        engine.watchPartition("orders", 3);
        await(() -> !first.watched.isEmpty() && engine.latestSnapshot() != before);
        assertThat(first.watched).containsExactly("orders-3 on " + SimulationEngine.THREAD_NAME);

        WatchingDriver second = new WatchingDriver();
        engine.restart(() -> second);
        await(() -> !second.watched.isEmpty());
        assertThat(second.watched).first().isEqualTo("orders-3 on " + SimulationEngine.THREAD_NAME);

        engine.watchPartition(null, -1);
        await(() -> second.watched.size() == 2);
        assertThat(second.watched.get(1)).isEqualTo("none on " + SimulationEngine.THREAD_NAME);
    }
}
