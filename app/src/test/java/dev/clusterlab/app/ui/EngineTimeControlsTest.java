package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.views.fx.SimulationDriver;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.fx.SimulationPacer;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineTimeControlsTest {
    private SimulationEngine engine;

    @AfterEach
    void stop() {
        engine.shutdown();
    }

    @Test
    void restartKeepsTheSeedOrTakesANewOneAndStartsAgainFromTimeZero() throws InterruptedException {
        long seed = WelcomeScenario.seed();
        engine = new SimulationEngine(() -> SimulationDriver.of(WelcomeScenario.create(seed)),
                SimulationPacer.AS_FAST_AS_POSSIBLE, System::nanoTime);
        engine.start();
        EngineTimeControls controls = new EngineTimeControls(engine, WelcomeScenario::create, seed, () -> 777L);
        await(() -> engine.latestSnapshot() != null && engine.latestSnapshot().nowMs() > 5_000);

        controls.restart(true);
        await(() -> engine.latestSnapshot().seed() == 777L);
        assertThat(controls.seed()).isEqualTo(777L);

        controls.setPaused(true);
        controls.restart(false);
        await(() -> engine.latestSnapshot().seed() == 777L && engine.latestSnapshot().nowMs() < 5_000);
        assertThat(engine.latestSnapshot().scenarioName()).isEqualTo(WelcomeScenario.NAME);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
