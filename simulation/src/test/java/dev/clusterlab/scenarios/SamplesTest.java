package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.scenario.Expectation;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.RunResult;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped sample loads, validates and runs with all its expectations holding. */
class SamplesTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Harness.SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void theSamplesFolderHoldsTheSemanticsScenarios() throws IOException {
        List<String> names = samples().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("acks1-leader-crash.json", "acks-all-survives-broker-loss.json",
                "not-enough-replicas.json", "unclean-election.json", "clean-election-waits-offline.json",
                "kip101-no-truncation-to-hw.json", "kip101-divergent-logs.json", "zombie-leader.json",
                "controller-failover.json", "controller-majority-lost.json", "clickstream-retention.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleRunsWithEveryExpectationHolding(Path file) throws ScenarioException {
        LoadedScenario s = ScenarioLoader.load(file);
        assertThat(s.scenario().name()).as("%s has a name", file).isNotBlank();
        assertThat(s.expectations()).as("%s states what must hold", file).isNotEmpty();
        RunResult r = ScenarioRunner.run(s, null, null);
        ObjectNode report = r.report();
        String where = "scenario '" + s.scenario().name() + "' (" + file.getFileName() + "), seed "
                + report.get("seed").asLong();

        List<String> failed = new ArrayList<>();
        for (JsonNode e : report.get("expectations")) {
            if (!e.get("held").asBoolean()) {
                failed.add(e.toString());
            }
        }
        assertThat(failed).as("%s: expectations that did not hold; first violated invariant: %s", where,
                firstViolation(report, Set.of())).isEmpty();
        assertThat(r.allExpectationsHeld()).as(where).isTrue();

        Set<String> expectedViolated = new TreeSet<>();
        for (Expectation e : s.expectations()) {
            if (e instanceof Expectation.Invariant i && i.expectViolated()) {
                expectedViolated.add(i.name());
            }
        }
        assertThat(firstViolation(report, expectedViolated))
                .as("%s: an invariant the sample does not expect to break was violated", where).isEmpty();
        for (String name : expectedViolated) {
            JsonNode inv = invariant(report, name);
            assertThat(inv.get("held").asBoolean()).as("%s: %s is expected violated", where, name).isFalse();
            assertThat(inv.get("detail").asText()).as("%s: the violation names its event", where)
                    .contains("seed " + report.get("seed").asLong()).containsPattern("event \\d+");
        }
        assertThat(report.get("simulatedMs").asLong()).isEqualTo(s.runForMs());
        assertThat(report.get("events").asLong()).as(where).isPositive();
        assertReportShape(report, s, where);
    }

    /** The report fields SCENARIO-FORMAT.md promises, with values consistent with each other. */
    private static void assertReportShape(ObjectNode report, LoadedScenario s, String where) {
        assertThat(report.get("scenario").asText()).isEqualTo(s.scenario().name());
        assertThat(report.get("wallMs").isNumber()).as(where).isTrue();
        long ackedByProducers = 0;
        for (var p : s.setup().producers()) {
            JsonNode pr = report.at("/producers/" + p.id());
            assertThat(pr.isMissingNode()).as("%s: producer %s reported", where, p.id()).isFalse();
            for (String f : List.of("sent", "acked", "failed")) {
                assertThat(pr.get(f).asLong()).as("%s: %s.%s", where, p.id(), f).isNotNegative();
            }
            assertThat(pr.get("errors").isObject()).isTrue();
            assertThat(pr.get("acked").asLong() + pr.get("failed").asLong()).isLessThanOrEqualTo(pr.get("sent").asLong());
            ackedByProducers += pr.get("acked").asLong();
        }
        JsonNode records = report.get("records");
        assertThat(records.get("acked").asLong()).as(where).isEqualTo(ackedByProducers);
        assertThat(records.get("lostAcked").asLong() + records.get("invisibleAcked").asLong())
                .isLessThanOrEqualTo(records.get("acked").asLong());
        assertThat(records.has("committed") && records.has("duplicated")).isTrue();
        for (JsonNode p : report.get("partitions")) {
            for (String f : List.of("topic", "partition", "leader", "leaderEpoch", "replicas", "isr", "elr",
                    "highWatermark", "logStartOffset", "logEndOffsets")) {
                assertThat(p.has(f)).as("%s: partition field %s", where, f).isTrue();
            }
            for (JsonNode r : p.get("isr")) {
                assertThat(p.get("replicas").toString()).contains(r.asText());
            }
            assertThat(p.get("logEndOffsets").size()).isEqualTo(p.get("replicas").size());
        }
        JsonNode controller = report.get("controller");
        assertThat(controller.has("active") && controller.has("epoch") && controller.has("failovers")).isTrue();
        assertThat(report.get("brokers")).hasSize(s.setup().brokers());
        for (JsonNode b : report.get("brokers")) {
            assertThat(b.get("state").asText()).isIn("RUNNING", "FENCED", "CRASHED", "PAUSED", "CONTROLLED_SHUTDOWN",
                    "STOPPED");
            assertThat(b.has("id") && b.has("fenced") && b.has("brokerEpoch")).isTrue();
        }
        List<String> names = new ArrayList<>();
        report.get("invariants").forEach(i -> names.add(i.get("name").asText()));
        assertThat(names).contains("noAckedRecordLost", "singleLeaderPerEpoch", "highWatermarkNeverDecreases",
                "isrSubsetOfReplicas", "singleActiveControllerPerEpoch");
        assertThat(report.get("expectations")).hasSize(s.expectations().size());
    }

    private static JsonNode invariant(ObjectNode report, String name) {
        for (JsonNode i : report.get("invariants")) {
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no invariant " + name + " in " + report.get("invariants"));
    }

    /** "name: detail" of the first violated invariant not in allowed, or "" if none. */
    private static String firstViolation(ObjectNode report, Set<String> allowed) {
        for (JsonNode i : report.get("invariants")) {
            if (!i.get("held").asBoolean() && !allowed.contains(i.get("name").asText())) {
                return i.get("name").asText() + ": " + i.get("detail").asText();
            }
        }
        return "";
    }
}
