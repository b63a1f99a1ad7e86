package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs through the cluster engine: these hold once ClusterSimulation runs brokers,
 * controllers, producers and the timeline (schedule/submit).
 */
class ScenarioRunnerEndToEndTest {

    @Test
    void leaderCrashWithAcksAllLosesNothing() throws Exception {
        LoadedScenario s = ScenarioLoader.load(ScenarioRunnerTest.resource("leader-crash.json"));
        RunResult r = ScenarioRunner.run(s, null, null);
        ObjectNode report = r.report();
        assertThat(r.allExpectationsHeld()).as(report.get("expectations").toString()).isTrue();
        assertThat(report.at("/records/acked").asLong()).isGreaterThanOrEqualTo(1000);
        assertThat(report.at("/records/lostAcked").asLong()).isZero();
        assertThat(report.at("/producers/checkout/acked").asLong()).isEqualTo(report.at("/records/acked").asLong());
        assertThat(report.get("partitions")).hasSize(3);
        for (JsonNode p : report.get("partitions")) {
            assertThat(p.get("topic").asText()).isEqualTo("orders");
            assertThat(p.get("leader").asInt()).isBetween(1, 3);
            assertThat(p.get("replicas")).hasSize(3);
            assertThat(p.get("logEndOffsets")).hasSize(3);
        }
        assertThat(report.at("/partitions/0/leaderEpoch").asInt()).as("broker 1 lost leadership of orders-0")
                .isGreaterThan(0);
        assertThat(report.at("/controller/active").asInt()).isBetween(1001, 1003);
        assertThat(report.get("brokers")).extracting(b -> b.get("state").asText())
                .containsExactly("RUNNING", "RUNNING", "RUNNING");
        assertThat(report.get("invariants")).extracting(i -> i.get("name").asText())
                .contains("noAckedRecordLost", "singleLeaderPerEpoch");
    }

    @Test
    void sameFileAndSeedGiveByteIdenticalReportAndTrace(@TempDir Path dir) throws Exception {
        LoadedScenario s = ScenarioLoader.load(ScenarioRunnerTest.resource("leader-crash.json"));
        Path t1 = dir.resolve("t1.jsonl");
        Path t2 = dir.resolve("t2.jsonl");
        RunResult r1 = ScenarioRunner.run(s, 5L, t1);
        RunResult r2 = ScenarioRunner.run(s, 5L, t2);
        r1.report().put("wallMs", 0);
        r2.report().put("wallMs", 0);
        assertThat(r1.reportText()).isEqualTo(r2.reportText());
        assertThat(Files.mismatch(t1, t2)).isEqualTo(-1L);
        List<String> lines = Files.readAllLines(t1);
        assertThat((long) lines.size()).isEqualTo(r1.report().get("events").asLong());
        ObjectMapper mapper = new ObjectMapper();
        long lastT = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = mapper.readTree(lines.get(i));
            assertThat(line.get("seq").asLong()).isEqualTo(i);
            assertThat(line.get("t").asLong()).isGreaterThanOrEqualTo(lastT);
            assertThat(line.get("type").asText()).isNotEmpty();
            lastT = line.get("t").asLong();
        }
    }
}
