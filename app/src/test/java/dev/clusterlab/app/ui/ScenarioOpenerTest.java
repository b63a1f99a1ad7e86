package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.views.fx.SimulationDriver;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.fx.SimulationPacer;
import dev.clusterlab.views.menu.RecentFiles;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open without a window: the loader's verdict decides whether the engine switches scenario. */
class ScenarioOpenerTest {
    static final Path UNCLEAN_ELECTION = Path.of("..", "samples", "unclean-election.json");

    @TempDir
    Path dir;
    private SimulationEngine engine;
    private EngineTimeControls controls;
    private final List<String> titles = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private ScenarioOpener opener;

    @BeforeEach
    void startWelcome() throws InterruptedException {
        long seed = WelcomeScenario.seed();
        engine = new SimulationEngine(() -> SimulationDriver.of(WelcomeScenario.create(seed)),
                SimulationPacer.REAL_TIME, System::nanoTime);
        engine.start();
        controls = new EngineTimeControls(engine, WelcomeScenario::create, seed, () -> 99L);
        RecentFiles recent = new RecentFiles(new RecentFiles.Store() {
            @Override
            public List<String> load() {
                return List.of();
            }

            @Override
            public void save(List<String> paths) {
                saved.clear();
                saved.addAll(paths);
            }
        });
        opener = new ScenarioOpener(controls, new TimeControlViewModel(controls), recent, titles::add,
                (file, message) -> errors.add(message));
        await(() -> engine.latestSnapshot() != null && engine.latestSnapshot().nowMs() > 0);
    }

    @AfterEach
    void stop() {
        engine.shutdown();
    }

    @Test
    void aMalformedFileIsReportedWithFileLineAndColumnAndTheWelcomeScenarioRunsOn() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\n  \"name\": \"broken\",\n  \"cluster\": {\n");

        assertThat(opener.open(bad)).isFalse();

        assertThat(errors).singleElement().satisfies(m -> assertThat(m).startsWith(bad + ":4:1: $.cluster: malformed JSON"));
        assertThatTheWelcomeScenarioRunsOn();
        assertThat(titles).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void anInvalidValueIsReportedWithItsJsonPath() throws Exception {
        Path bad = Files.writeString(dir.resolve("zero-brokers.json"),
                Files.readString(UNCLEAN_ELECTION).replace("\"brokers\": 3", "\"brokers\": 0"));

        assertThat(opener.open(bad)).isFalse();

        assertThat(errors).singleElement().satisfies(m -> assertThat(m)
                .contains(bad + ":5:").contains("$.cluster.brokers: must be at least 1, not 0"));
        assertThatTheWelcomeScenarioRunsOn();
    }

    @Test
    void aValidFileReplacesTheScenarioWithItsSeedNamesTheWindowAndHeadsTheRecentFiles() throws Exception {
        assertThat(opener.open(UNCLEAN_ELECTION)).isTrue();

        await(() -> engine.latestSnapshot().scenarioName().equals("Unclean leader election loses committed data"));
        assertThat(engine.latestSnapshot().seed()).isEqualTo(5);
        assertThat(controls.seed()).isEqualTo(5);
        assertThat(titles).containsExactly("ClusterLab — Unclean leader election loses committed data");
        assertThat(saved).containsExactly(UNCLEAN_ELECTION.toAbsolutePath().normalize().toString());

        controls.restart(true); // the restart actions now restart the opened scenario
        await(() -> engine.latestSnapshot().seed() == 99L);
        assertThat(engine.latestSnapshot().scenarioName()).isEqualTo("Unclean leader election loses committed data");
    }

    private void assertThatTheWelcomeScenarioRunsOn() throws InterruptedException {
        long before = engine.latestSnapshot().nowMs();
        await(() -> engine.latestSnapshot().nowMs() > before);
        assertThat(engine.latestSnapshot().scenarioName()).isEqualTo(WelcomeScenario.NAME);
        assertThat(controls.seed()).isEqualTo(42);
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
