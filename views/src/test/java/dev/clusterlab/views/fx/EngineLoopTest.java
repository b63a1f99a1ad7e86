package dev.clusterlab.views.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EngineLoopTest {
    private final Queue<EngineRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicReference<ClusterSnapshot> latest = new AtomicReference<>();

    private EngineLoop loop(SimulationDriver driver, FakeClock clock, double speed) {
        return new EngineLoop(driver, new SimulationPacer(clock, speed, driver.nowMs()), requests, latest, clock);
    }

    @Test
    void aSnapshotListsTheMessagesInFlightSinceTheOneTheUiDrewLastSoThatSkippedOnesLoseNone() {
        ClusterSimulation simulation = new ClusterSimulation(new ClusterSetup("drawn", 7, 3, 3, Map.of(),
                new LinkSettings(5, 0, 0), false, List.of(new Command.CreateTopic("t", 3, 3, Map.of(), null)),
                List.of(new dev.clusterlab.cluster.ProducerSetup("p", "t", 100, 10, 100, Map.of()))));
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(SimulationDriver.of(simulation), clock, SimulationPacer.REAL_TIME);
        java.util.concurrent.atomic.AtomicLong drawnNowMs = new java.util.concurrent.atomic.AtomicLong(-1);
        loop.drawnNowMs(drawnNowMs::get);
        clock.advanceMs(3_000);
        loop.runOnce();
        long drawnAtMs = latest.get().nowMs();
        drawnNowMs.set(drawnAtMs); // the UI drew it

        clock.advanceMs(16);
        loop.runOnce();
        ClusterSnapshot skipped = latest.get();
        clock.advanceMs(16);
        loop.runOnce();
        ClusterSnapshot next = latest.get();

        assertThat(skipped.network().messages()).as("some delivered before the next snapshot")
                .anySatisfy(m -> assertThat(m.arrivalMs()).isLessThanOrEqualTo(skipped.nowMs()));
        assertThat(next.nowMs()).isGreaterThan(skipped.nowMs());
        assertThat(next.network().messages()).containsAll(skipped.network().messages())
                .allSatisfy(m -> assertThat(m.arrivalMs()).isGreaterThan(drawnAtMs));
    }

    @Test
    void atRealTimeTheSimulatedClockAdvancesByTheWallTimeThatPassed() {
        ClusterSimulation simulation = new ClusterSimulation(new ClusterSetup("pacing", 1, 1, 1, Map.of(),
                LinkSettings.DEFAULT, false, List.of(), List.of()));
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(SimulationDriver.of(simulation), clock, SimulationPacer.REAL_TIME);

        clock.advanceMs(250);
        assertThat(loop.runOnce()).isTrue();
        assertThat(simulation.nowMs()).isEqualTo(250);
        assertThat(latest.get().nowMs()).isEqualTo(250);
        assertThat(latest.get().scenarioName()).isEqualTo("pacing");

        clock.advanceMs(234);
        assertThat(loop.runOnce()).isTrue();
        assertThat(simulation.nowMs()).isEqualTo(484);
        assertThat(latest.get().nowMs()).isEqualTo(484);
    }

    @Test
    void pausedNothingRunsAStepRunsExactlyOneEventAndResumingOwesNoTime() {
        ClusterSimulation simulation = new ClusterSimulation(new ClusterSetup("pause", 1, 1, 1, Map.of(),
                LinkSettings.DEFAULT, false, List.of(), List.of()));
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(SimulationDriver.of(simulation), clock, SimulationPacer.REAL_TIME);
        clock.advanceMs(100);
        loop.runOnce();
        long eventsBefore = simulation.engine().executedEvents();

        requests.add(new EngineRequest.SetPaused(true));
        loop.runOnce();
        clock.advanceMs(5_000);
        loop.runOnce();
        assertThat(simulation.nowMs()).as("paused: the clock stands").isEqualTo(100);
        assertThat(simulation.engine().executedEvents()).isEqualTo(eventsBefore);

        requests.add(new EngineRequest.StepEvent());
        loop.runOnce();
        assertThat(simulation.engine().executedEvents()).isEqualTo(eventsBefore + 1);
        assertThat(latest.get().events()).as("the step is published").isEqualTo(eventsBefore + 1);
        long afterStepMs = simulation.nowMs();
        assertThat(afterStepMs).isGreaterThanOrEqualTo(100);

        requests.add(new EngineRequest.RunFor(30_000));
        loop.runOnce();
        assertThat(simulation.nowMs()).as("run for 30 simulated seconds at once").isEqualTo(afterStepMs + 30_000);
        afterStepMs += 30_000;
        clock.advanceMs(1_000);
        loop.runOnce();
        assertThat(simulation.nowMs()).as("still paused after").isEqualTo(afterStepMs);

        requests.add(new EngineRequest.SetPaused(false));
        loop.runOnce();
        assertThat(simulation.nowMs()).as("the paused wall time is not owed").isEqualTo(afterStepMs);
        clock.advanceMs(40);
        loop.runOnce();
        assertThat(simulation.nowMs()).isEqualTo(afterStepMs + 40);
    }

    @Test
    void aUserCommandTheSimulationRefusesIsReportedWithItsReason() {
        ClusterSimulation simulation = new ClusterSimulation(new ClusterSetup("refuse", 1, 1, 1, Map.of(),
                LinkSettings.DEFAULT, false, List.of(), List.of()));
        FakeClock clock = new FakeClock();
        List<String> refused = new java.util.ArrayList<>();
        EngineLoop loop = new EngineLoop(SimulationDriver.of(simulation),
                new SimulationPacer(clock, SimulationPacer.REAL_TIME, 0), requests, latest, clock, refused::add);

        requests.add(new EngineRequest.Submit(new Command.RestartBroker(1)));
        clock.advanceMs(10);
        loop.runOnce();
        requests.add(new EngineRequest.Submit(new Command.CrashBroker(1)));
        clock.advanceMs(10);
        loop.runOnce();

        assertThat(refused).hasSize(1);
        assertThat(refused.get(0)).startsWith("restartBroker: ");
        assertThat(latest.get().brokers().get(0).state()).isEqualTo("CRASHED");
    }

    @Test
    void stepToTheNextStateChangeReportsWhatChanged() {
        ClusterSimulation simulation = new ClusterSimulation(new ClusterSetup("change", 1, 3, 3, Map.of(),
                LinkSettings.DEFAULT, false, List.of(new Command.CreateTopic("t", 1, 3, Map.of(),
                List.of(List.of(1, 2, 3)))), List.of()));
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(SimulationDriver.of(simulation), clock, SimulationPacer.REAL_TIME);
        List<List<String>> heard = new java.util.ArrayList<>();
        loop.onStateChange(heard::add);
        clock.advanceMs(1_000);
        loop.runOnce();

        requests.add(new EngineRequest.SetPaused(true));
        requests.add(new EngineRequest.Submit(new Command.CrashBroker(1)));
        requests.add(new EngineRequest.StepToStateChange());
        loop.runOnce();

        assertThat(heard).containsExactly(List.of("t-0 leader 1 → 2 (leader epoch 1)", "t-0 ISR [1,2,3] → [2,3]"));
        assertThat(latest.get().partitions().get(0).leader()).isEqualTo(2);
    }

    @Test
    void runsInChunksAndPublishesOncePerRound() {
        RecordingDriver driver = new RecordingDriver();
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(driver, clock, 1);

        clock.advanceMs(120);
        loop.runOnce();

        assertThat(driver.runUntilCalls).containsExactly(50L, 100L, 120L);
        assertThat(latest.get().nowMs()).isEqualTo(120);
    }

    @Test
    void publishesNothingNewWhenNoTimeIsDue() {
        RecordingDriver driver = new RecordingDriver();
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(driver, clock, 1);
        clock.advanceMs(10);
        loop.runOnce();
        ClusterSnapshot published = latest.get();

        assertThat(loop.runOnce()).isTrue();

        assertThat(latest.get()).isSameAs(published);
        assertThat(driver.runUntilCalls).containsExactly(10L);
    }

    @Test
    void appliesQueuedCommandsAndSpeedChangesBeforeRunningOn() {
        RecordingDriver driver = new RecordingDriver();
        FakeClock clock = new FakeClock();
        EngineLoop loop = loop(driver, clock, 1);
        clock.advanceMs(30);
        loop.runOnce();

        requests.add(new EngineRequest.Submit(new Command.CrashBroker(2)));
        requests.add(new EngineRequest.ChangeSpeed(10));
        loop.runOnce();

        assertThat(driver.submitted).extracting(RecordingDriver.Submitted::command)
                .containsExactly(new Command.CrashBroker(2));
        assertThat(driver.submitted.get(0).atMs()).isEqualTo(30);
        assertThat(requests).isEmpty();
        clock.advanceMs(5);
        loop.runOnce();
        assertThat(driver.nowMs()).isEqualTo(30 + 50);
    }

    @Test
    void asFastAsPossibleRunsUntilTheFrameBudgetIsSpent() {
        RecordingDriver driver = new RecordingDriver();
        FakeClock clock = new FakeClock(5_000_000);
        EngineLoop loop = loop(driver, clock, SimulationPacer.AS_FAST_AS_POSSIBLE);

        assertThat(loop.runOnce()).isFalse();

        assertThat(driver.runUntilCalls).containsExactly(50L, 100L, 150L, 200L);
        assertThat(latest.get().nowMs()).isEqualTo(200);
    }
}
