package dev.clusterlab.views.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationEngineTest {
    private final FakeClock clock = new FakeClock();
    private SimulationEngine engine;

    @AfterEach
    void stopEngine() {
        if (engine != null) {
            engine.shutdown();
        }
    }

    @Test
    void createsRunsAndCommandsTheSimulationOnTheEngineThreadOnly() {
        RecordingDriver driver = new RecordingDriver();
        AtomicReference<String> createdOn = new AtomicReference<>();
        engine = new SimulationEngine(() -> {
            createdOn.set(Thread.currentThread().getName());
            return driver;
        }, SimulationPacer.REAL_TIME, clock);
        engine.start();
        await(() -> engine.latestSnapshot() != null);

        clock.advanceMs(200);
        engine.submit(new Command.CrashBroker(2));
        await(() -> !driver.submitted.isEmpty() && engine.latestSnapshot().nowMs() == 200);

        assertThat(createdOn.get()).isEqualTo(SimulationEngine.THREAD_NAME);
        assertThat(driver.submitted).singleElement().satisfies(submitted -> {
            assertThat(submitted.command()).isEqualTo(new Command.CrashBroker(2));
            assertThat(submitted.threadName()).isEqualTo(SimulationEngine.THREAD_NAME);
        });
        assertThat(driver.callingThreads).containsOnly(SimulationEngine.THREAD_NAME);
    }

    @Test
    void aRestartReplacesTheSimulationFromTimeZeroOnTheEngineThread() {
        RecordingDriver first = new RecordingDriver();
        engine = new SimulationEngine(() -> first, SimulationPacer.REAL_TIME, clock);
        engine.start();
        await(() -> engine.latestSnapshot() != null);
        clock.advanceMs(200);
        await(() -> engine.latestSnapshot().nowMs() == 200);

        RecordingDriver second = new RecordingDriver();
        AtomicReference<String> createdOn = new AtomicReference<>();
        engine.restart(() -> {
            createdOn.set(Thread.currentThread().getName());
            return second;
        });
        await(() -> {
            clock.advanceMs(1);
            return !second.runUntilCalls.isEmpty();
        });

        assertThat(createdOn.get()).isEqualTo(SimulationEngine.THREAD_NAME);
        assertThat(first.nowMs()).as("the old simulation stopped where it was").isEqualTo(200);
        assertThat(second.nowMs()).as("the new one started from time 0").isLessThan(200);
    }

    @Test
    void aSpeedChangeReachesThePacer() {
        RecordingDriver driver = new RecordingDriver();
        engine = new SimulationEngine(() -> driver, SimulationPacer.REAL_TIME, clock);
        engine.start();
        await(() -> engine.latestSnapshot() != null);

        var before = engine.latestSnapshot();
        engine.setSpeed(100);
        await(() -> engine.latestSnapshot() != before);
        clock.advanceMs(2);
        await(() -> engine.latestSnapshot().nowMs() == 200);

        assertThat(driver.nowMs()).isEqualTo(200);
    }

    @Test
    void shutdownEndsTheThread() {
        engine = new SimulationEngine(RecordingDriver::new, SimulationPacer.REAL_TIME, clock);
        engine.start();
        await(() -> engine.latestSnapshot() != null);

        engine.shutdown();

        assertThat(engine.isAlive()).isFalse();
        assertThat(engine.failure()).isEmpty();
    }

    @Test
    void aThrowingSimulationStopsTheEngineAndIsReported() {
        RecordingDriver driver = RecordingDriver.failingOnSubmit("broker 9 does not exist");
        engine = new SimulationEngine(() -> driver, SimulationPacer.REAL_TIME, clock);
        engine.start();
        engine.submit(new Command.CrashBroker(9));

        await(() -> !engine.isAlive());

        assertThat(engine.failure()).get().extracting(Throwable::getMessage).isEqualTo("broker 9 does not exist");
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("condition not met within 5 s").isNegative();
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
