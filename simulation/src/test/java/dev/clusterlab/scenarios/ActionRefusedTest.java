package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.RunResult;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid action that is impossible when it comes due is skipped, traced as ActionRefused, exit status unaffected. */
class ActionRefusedTest {

    @Test
    void impossibleActionsAreTracedWithAReasonAndChangeNothing(@TempDir Path dir) throws Exception {
        String json = Json.acksAll("refused actions",
                """
                { "at": "5s", "action": "restartBroker", "broker": 1 },
                { "at": "6s", "action": "resumeNode", "node": 2 },
                { "at": "7s", "action": "crashBroker", "broker": 3 },
                { "at": "8s", "action": "crashBroker", "broker": 3 },
                { "at": "9s", "action": "startProducer", "producer": "p" }
                """, "20s");
        LoadedScenario s = ScenarioLoader.parse(json, Path.of("refused.json"));
        Path trace = dir.resolve("trace.jsonl");
        RunResult r = ScenarioRunner.run(s, null, trace);
        assertThat(r.allExpectationsHeld()).as("refusals do not change the exit status").isTrue();

        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> refused = new ArrayList<>();
        List<JsonNode> crashes = new ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            JsonNode n = mapper.readTree(line);
            if (n.get("type").asText().equals("ActionRefused")) {
                refused.add(n);
            } else if (n.get("type").asText().equals("crashBroker")) {
                crashes.add(n);
            }
        }
        assertThat(refused).extracting(n -> n.get("action").asText())
                .containsExactly("restartBroker", "resumeNode", "crashBroker", "startProducer");
        assertThat(refused).extracting(n -> n.get("t").asLong()).containsExactly(5000L, 6000L, 8000L, 9000L);
        assertThat(refused).allMatch(n -> !n.get("reason").asText().isBlank());
        assertThat(refused.get(0).get("reason").asText()).contains("broker 1").contains("running");
        assertThat(refused.get(0).get("broker").asInt()).isEqualTo(1);
        assertThat(refused.get(2).get("reason").asText()).contains("not running");
        assertThat(crashes).hasSize(1);
        assertThat(crashes.get(0).get("t").asLong()).isEqualTo(7000);

        JsonNode report = r.report();
        assertThat(report.at("/brokers/0/state").asText()).isEqualTo("RUNNING");
        assertThat(report.at("/brokers/2/state").asText()).isEqualTo("CRASHED");
        assertThat(report.at("/partitions/0/leader").asInt()).as("the refused restart did not disturb broker 1")
                .isEqualTo(1);
        assertThat(report.at("/partitions/0/leaderEpoch").asInt()).isZero();
    }
}
