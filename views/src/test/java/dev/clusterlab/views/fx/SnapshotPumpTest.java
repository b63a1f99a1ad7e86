package dev.clusterlab.views.fx;

import static dev.clusterlab.views.fx.SimulationEngineTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives pump() by hand: what one frame does, without a toolkit. */
class SnapshotPumpTest {
    private final FakeClock clock = new FakeClock();
    private final List<ClusterSnapshot> received = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private SimulationEngine engine;

    @AfterEach
    void stopEngine() {
        engine.shutdown();
    }

    @Test
    void handsEachNewSnapshotOverOnce() {
        engine = new SimulationEngine(RecordingDriver::new, SimulationPacer.REAL_TIME, clock);
        SnapshotPump pump = new SnapshotPump(engine, List.of(received::add), failures::add);
        pump.pump();
        assertThat(received).isEmpty();

        engine.start();
        await(() -> engine.latestSnapshot() != null);
        pump.pump();
        pump.pump();
        assertThat(received).extracting(ClusterSnapshot::nowMs).containsExactly(0L);

        clock.advanceMs(40);
        await(() -> engine.latestSnapshot().nowMs() == 40);
        pump.pump();
        assertThat(received).extracting(ClusterSnapshot::nowMs).containsExactly(0L, 40L);
        assertThat(failures).isEmpty();
    }

    @Test
    void theEngineListsTheMessagesInFlightSinceTheSnapshotTheUiDrewLast() {
        RecordingDriver driver = new RecordingDriver();
        engine = new SimulationEngine(() -> driver, SimulationPacer.REAL_TIME, clock);
        SnapshotPump pump = new SnapshotPump(engine, List.of(received::add), failures::add);
        engine.start();
        await(() -> engine.latestSnapshot() != null);
        clock.advanceMs(40);
        await(() -> engine.latestSnapshot().nowMs() == 40);
        assertThat(driver.messagesAfterMs).as("nothing drawn yet: since the previous snapshot").isEmpty();

        pump.pump(); // draws the snapshot at 40 ms
        clock.advanceMs(16);
        await(() -> engine.latestSnapshot().nowMs() == 56); // skipped by the UI
        clock.advanceMs(16);
        await(() -> engine.latestSnapshot().nowMs() == 72);
        assertThat(driver.messagesAfterMs).containsExactly(40L, 40L);
    }

    @Test
    void reportsTheEngineFailureOnce() {
        RecordingDriver driver = RecordingDriver.failingOnSubmit("boom");
        engine = new SimulationEngine(() -> driver, SimulationPacer.REAL_TIME, clock);
        SnapshotPump pump = new SnapshotPump(engine, List.of(received::add), failures::add);
        engine.start();
        engine.submit(new Command.HealNetwork());
        await(() -> !engine.isAlive());

        pump.pump();
        pump.pump();

        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
    }
}
