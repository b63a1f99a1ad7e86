package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's own work (setup, seed, report, expectations, trace file) on a scenario with no timeline. */
class ScenarioRunnerTest {

    static Path resource(String name) throws Exception {
        return Path.of(ScenarioRunnerTest.class.getResource("/scenarios/" + name).toURI());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void runsForRunForAndReportsEverySection() throws Exception {
        LoadedScenario s = ScenarioLoader.load(resource("quiet.json"));
        RunResult r = ScenarioRunner.run(s, null, null);
        assertThat(names(r.report())).containsExactly("scenario", "seed", "simulatedMs", "events", "wallMs", "producers",
                "records", "partitions", "internalPartitions", "controller", "brokers", "groups", "schemas", "invariants",
                "expectations");
        assertThat(r.report().get("scenario").asText()).isEqualTo("quiet cluster");
        assertThat(r.report().get("seed").asLong()).isEqualTo(7);
        assertThat(r.report().get("simulatedMs").asLong()).isEqualTo(10_000);
        assertThat(r.report().get("wallMs").asLong()).isNotNegative();
        assertThat(r.allExpectationsHeld()).isTrue();
        assertThat(r.reportText()).endsWith("}\n");
    }

    @Test
    void seedOverrideWins() throws Exception {
        LoadedScenario s = ScenarioLoader.load(resource("quiet.json"));
        assertThat(ScenarioRunner.run(s, 1234L, null).report().get("seed").asLong()).isEqualTo(1234);
        assertThat(s.setup().seed()).isEqualTo(7);
    }

    @Test
    void traceFileIsMovedIntoPlaceAtTheEnd(@TempDir Path dir) throws Exception {
        LoadedScenario s = ScenarioLoader.load(resource("quiet.json"));
        Path trace = dir.resolve("trace.jsonl");
        ScenarioRunner.run(s, null, trace);
        assertThat(trace).exists();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(trace);
        }
    }

    @Test
    void traceIntoAMissingDirectoryIsAnIoError(@TempDir Path dir) throws Exception {
        LoadedScenario s = ScenarioLoader.load(resource("quiet.json"));
        assertThatThrownBy(() -> ScenarioRunner.run(s, null, dir.resolve("missing/trace.jsonl")))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("cannot write the trace");
    }

    @Test
    void sampleFilesLoad() throws Exception {
        LoadedScenario s = ScenarioLoader.load(resource("leader-crash.json"));
        assertThat(s.timeline()).hasSize(2);
        assertThat(s.scenario().lesson().steps()).hasSize(2);
        assertThatThrownBy(() -> ScenarioLoader.load(resource("unknown-broker.json")))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    ScenarioException se = (ScenarioException) e;
                    assertThat(se.jsonPath()).isEqualTo("$.timeline[0].broker");
                    assertThat(se.line()).isEqualTo(4);
                    assertThat(se.column()).isEqualTo(45);
                    assertThat(se.file().getFileName().toString()).isEqualTo("unknown-broker.json");
                });
    }
}
