package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.RunResult;
import dev.clusterlab.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Same file and seed: byte-identical trace and report (wall time aside); another seed: another run. */
class DeterminismTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"acks1-leader-crash.json", "controller-failover.json", "kip101-divergent-logs.json"})
    void sameSeedSameTraceOtherSeedOtherTrace(String sample, @TempDir Path dir) throws Exception {
        LoadedScenario s = Harness.load(sample);
        long seed = s.setup().seed();
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path c = dir.resolve("c.jsonl");
        RunResult ra = ScenarioRunner.run(s, null, a);
        RunResult rb = ScenarioRunner.run(s, seed, b);
        RunResult rc = ScenarioRunner.run(s, seed + 1000, c);

        assertThat(Files.size(a)).isPositive();
        assertThat(Files.mismatch(a, b)).as("%s seed %d: first differing byte of the two traces", sample, seed)
                .isEqualTo(-1L);
        assertThat(ra.report().get("wallMs")).isNotNull();
        ra.report().remove("wallMs");
        rb.report().remove("wallMs");
        assertThat(ra.reportText()).isEqualTo(rb.reportText());
        assertThat(ra.report().get("seed").asLong()).isEqualTo(seed);

        assertThat(Files.mismatch(a, c)).as("%s: seed %d and %d give different runs", sample, seed, seed + 1000)
                .isNotEqualTo(-1L);
        assertThat(rc.report().get("seed").asLong()).isEqualTo(seed + 1000);
        long lines;
        try (var stream = Files.lines(a)) {
            lines = stream.count();
        }
        assertThat(lines).isEqualTo(ra.report().get("events").asLong());
    }
}
