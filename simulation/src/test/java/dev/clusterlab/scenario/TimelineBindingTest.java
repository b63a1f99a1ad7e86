package dev.clusterlab.scenario;

import static dev.clusterlab.scenario.ScenarioLoaderTest.error;
import static dev.clusterlab.scenario.ScenarioLoaderTest.parse;
import static dev.clusterlab.scenario.ScenarioLoaderTest.withTimeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineBindingTest {

    private static Command only(String entry) throws ScenarioException {
        List<TimedCommand> timeline = parse(withTimeline(entry)).timeline();
        assertThat(timeline).hasSize(1);
        return timeline.get(0).command();
    }

    @Test
    void everyActionBecomesItsCommand() throws Exception {
        assertThat(only("{\"at\": \"1s\", \"action\": \"crashBroker\", \"broker\": 1}")).isEqualTo(new Command.CrashBroker(1));
        assertThat(only("{\"at\": \"1s\", \"action\": \"restartBroker\", \"broker\": 2}")).isEqualTo(new Command.RestartBroker(2));
        assertThat(only("{\"at\": \"1s\", \"action\": \"shutdownBroker\", \"broker\": 3}")).isEqualTo(new Command.ShutdownBroker(3));
        assertThat(only("{\"at\": \"1s\", \"action\": \"powerFailBroker\", \"broker\": 1}")).isEqualTo(new Command.PowerFailBroker(1));
        assertThat(only("{\"at\": \"1s\", \"action\": \"wipeBroker\", \"broker\": 1}")).isEqualTo(new Command.WipeBroker(1));
        assertThat(only("{\"at\": \"1s\", \"action\": \"crashController\", \"controller\": \"active\"}"))
                .isEqualTo(new Command.CrashController("active"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"restartController\", \"controller\": 1002}"))
                .isEqualTo(new Command.RestartController("1002"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"pauseNode\", \"node\": 2}")).isEqualTo(new Command.PauseNode("2"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"resumeNode\", \"node\": \"active\"}")).isEqualTo(new Command.ResumeNode("active"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"isolate\", \"node\": \"checkout\"}")).isEqualTo(new Command.Isolate("checkout"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"partitionNetwork\", \"sides\": [[1, \"checkout\"], [2, 3, 1001]]}"))
                .isEqualTo(new Command.PartitionNetwork(List.of(List.of("1", "checkout"), List.of("2", "3", "1001"))));
        assertThat(only("{\"at\": \"1s\", \"action\": \"partitionOneWay\", \"from\": 1, \"to\": \"*\"}"))
                .isEqualTo(new Command.PartitionOneWay(List.of("1"), List.of("*")));
        assertThat(only("{\"at\": \"1s\", \"action\": \"healNetwork\"}")).isEqualTo(new Command.HealNetwork());
        assertThat(only("{\"at\": \"1s\", \"action\": \"setLatency\", \"from\": [1, 2], \"to\": \"checkout\", \"latency\": \"50ms\"}"))
                .isEqualTo(new Command.SetLatency(List.of("1", "2"), List.of("checkout"), 50));
        assertThat(only("{\"at\": \"1s\", \"action\": \"createTopic\", \"name\": \"new\", \"partitions\": 2, "
                + "\"replicationFactor\": 3, \"config\": {\"min.insync.replicas\": 2}}"))
                .isEqualTo(new Command.CreateTopic("new", 2, 3, Map.of("min.insync.replicas", "2"), null));
        assertThat(only("{\"at\": \"1s\", \"action\": \"deleteTopic\", \"topic\": \"orders\"}")).isEqualTo(new Command.DeleteTopic("orders"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"alterConfig\", \"topic\": \"orders\", \"config\": {\"min.insync.replicas\": 2}}"))
                .isEqualTo(new Command.AlterConfig("orders", null, Map.of("min.insync.replicas", "2")));
        Map<String, String> delete = new HashMap<>();
        delete.put("unclean.leader.election.enable", null);
        assertThat(only("{\"at\": \"1s\", \"action\": \"alterConfig\", \"broker\": 2, \"config\": {\"unclean.leader.election.enable\": null}}"))
                .isEqualTo(new Command.AlterConfig(null, 2, delete));
        assertThat(only("{\"at\": \"1s\", \"action\": \"electPreferredLeaders\"}")).isEqualTo(new Command.ElectPreferredLeaders(null));
        assertThat(only("{\"at\": \"1s\", \"action\": \"electPreferredLeaders\", \"topic\": \"orders\"}"))
                .isEqualTo(new Command.ElectPreferredLeaders("orders"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"reassignPartition\", \"topic\": \"orders\", \"partition\": 1, \"replicas\": [3, 1]}"))
                .isEqualTo(new Command.ReassignPartition("orders", 1, List.of(3, 1)));
        assertThat(only("{\"at\": \"1s\", \"action\": \"startProducer\", \"producer\": \"checkout\"}")).isEqualTo(new Command.StartProducer("checkout"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"stopProducer\", \"producer\": \"checkout\"}")).isEqualTo(new Command.StopProducer("checkout"));
        assertThat(only("{\"at\": \"1s\", \"action\": \"setRate\", \"producer\": \"checkout\", \"ratePerSec\": 2.5}"))
                .isEqualTo(new Command.SetRate("checkout", 2.5));
        assertThat(only("{\"at\": \"1s\", \"action\": \"configureProducer\", \"producer\": \"checkout\", \"config\": {\"acks\": 1}, \"keys\": 10}"))
                .isEqualTo(new Command.ConfigureProducer("checkout", Map.of("acks", "1"), 10, null));
        assertThat(only("{\"at\": \"1s\", \"action\": \"configureProducer\", \"producer\": \"checkout\", \"valueBytes\": 1000}"))
                .isEqualTo(new Command.ConfigureProducer("checkout", null, null, 1000));
    }

    @Test
    void createTopicTakesAnAssignment() throws Exception {
        assertThat(only("{\"at\": \"1s\", \"action\": \"createTopic\", \"name\": \"n\", \"assignment\": [[2, 3], [3, 1]]}"))
                .isEqualTo(new Command.CreateTopic("n", 2, 2, Map.of(), List.of(List.of(2, 3), List.of(3, 1))));
    }

    @Test
    void durationsInEveryForm() throws Exception {
        List<TimedCommand> t = parse(withTimeline(String.join(",", Arrays.asList(
                "{\"at\": \"250ms\", \"action\": \"healNetwork\"}",
                "{\"at\": \"10s\", \"action\": \"healNetwork\"}",
                "{\"at\": \"2m\", \"action\": \"healNetwork\"}",
                "{\"at\": \"1h\", \"action\": \"healNetwork\"}",
                "{\"at\": 1500, \"action\": \"healNetwork\"}",
                "{\"at\": \"1.5s\", \"action\": \"healNetwork\"}",
                "{\"at\": 0, \"action\": \"healNetwork\"}")))).timeline();
        assertThat(t).extracting(TimedCommand::atMs).containsExactly(0L, 250L, 1500L, 1500L, 10_000L, 120_000L, 3_600_000L);
        assertThat(Durations.format(120_000)).isEqualTo("2m");
        assertThat(Durations.format(1500)).isEqualTo("1500ms");
        assertThat(Durations.format(10_000)).isEqualTo("10s");
    }

    @Test
    void badDurationsAreRefused() {
        ScenarioException e = error(withTimeline(String.join(",",
                "{\"at\": \"10 sec\", \"action\": \"healNetwork\"}",
                "{\"at\": \"-1s\", \"action\": \"healNetwork\"}",
                "{\"at\": -5, \"action\": \"healNetwork\"}",
                "{\"at\": \"0.5ms\", \"action\": \"healNetwork\"}",
                "{\"at\": 1.5, \"action\": \"healNetwork\"}")));
        assertThat(e.getMessage())
                .contains("$.timeline[0].at: '10 sec' is not a duration")
                .contains("$.timeline[1].at: duration '-1s' must not be negative")
                .contains("$.timeline[2].at: duration must not be negative, not -5")
                .contains("$.timeline[3].at: duration '0.5ms' is not a whole number of milliseconds")
                .contains("$.timeline[4].at: must be a duration");
    }

    @Test
    void timelineIsInTimeOrderKeepingFileOrderForTies() throws Exception {
        List<TimedCommand> t = parse(withTimeline(String.join(",",
                "{\"at\": \"20s\", \"action\": \"restartBroker\", \"broker\": 1}",
                "{\"at\": \"10s\", \"action\": \"crashBroker\", \"broker\": 1}",
                "{\"at\": \"10s\", \"action\": \"crashBroker\", \"broker\": 2}"))).timeline();
        assertThat(t).containsExactly(new TimedCommand(10_000, new Command.CrashBroker(1)),
                new TimedCommand(10_000, new Command.CrashBroker(2)),
                new TimedCommand(20_000, new Command.RestartBroker(1)));
    }

    @Test
    void unknownBrokerControllerNodeAndProducerAreRefusedByPath() {
        ScenarioException e = error(withTimeline(String.join(",",
                "{\"at\": \"1s\", \"action\": \"crashBroker\", \"broker\": 4}",
                "{\"at\": \"1s\", \"action\": \"crashController\", \"controller\": 1003}",
                "{\"at\": \"1s\", \"action\": \"pauseNode\", \"node\": \"checkout\"}",
                "{\"at\": \"1s\", \"action\": \"isolate\", \"node\": 7}",
                "{\"at\": \"1s\", \"action\": \"stopProducer\", \"producer\": \"billing\"}",
                "{\"at\": \"1s\", \"action\": \"partitionNetwork\", \"sides\": [[1, 2], [2, 3]]}",
                "{\"at\": \"1s\", \"action\": \"setLatency\", \"from\": [1, 9], \"to\": \"*\", \"latency\": \"1s\"}")));
        assertThat(e.jsonPath()).isEqualTo("$.timeline[0].broker");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage())
                .contains("$.timeline[0].broker: broker 4 does not exist (brokers are 1..3)")
                .contains("$.timeline[1].controller: controller 1003 does not exist (controllers are 1001..1002, or \"active\")")
                .contains("$.timeline[2].node: node 'checkout' does not exist (brokers are 1..3, controllers 1001..1002, or \"active\")")
                .contains("$.timeline[3].node: node '7' does not exist (brokers are 1..3, controllers 1001..1002, clients checkout)")
                .contains("$.timeline[4].producer: producer 'billing' does not exist; producers: checkout")
                .contains("$.timeline[5].sides[1]: node '2' is on two sides (also $.timeline[5].sides[0])")
                .contains("$.timeline[6].from[1]: node '9' does not exist");
    }

    @Test
    void topicsExistFromTheirCreationUntilTheirDeletion() throws Exception {
        List<TimedCommand> ok = parse(withTimeline(String.join(",",
                "{\"at\": \"30s\", \"action\": \"reassignPartition\", \"topic\": \"later\", \"partition\": 3, \"replicas\": [1]}",
                "{\"at\": \"10s\", \"action\": \"createTopic\", \"name\": \"later\", \"partitions\": 4}"))).timeline();
        assertThat(ok).hasSize(2);
        ScenarioException e = error(withTimeline(String.join(",",
                "{\"at\": \"5s\", \"action\": \"deleteTopic\", \"topic\": \"later\"}",
                "{\"at\": \"10s\", \"action\": \"createTopic\", \"name\": \"later\"}",
                "{\"at\": \"20s\", \"action\": \"deleteTopic\", \"topic\": \"orders\"}",
                "{\"at\": \"30s\", \"action\": \"alterConfig\", \"topic\": \"orders\", \"config\": {\"min.insync.replicas\": 2}}",
                "{\"at\": \"30s\", \"action\": \"reassignPartition\", \"topic\": \"later\", \"partition\": 1, \"replicas\": [1]}",
                "{\"at\": \"40s\", \"action\": \"createTopic\", \"name\": \"later\"}")));
        assertThat(e.getMessage())
                .contains("$.timeline[0].topic: topic 'later' does not exist at this time; topics: orders")
                .contains("$.timeline[3].topic: topic 'orders' does not exist at this time; topics: later")
                .contains("$.timeline[4].partition: partition 1 does not exist (topic 'later' has 1 partitions)")
                .contains("$.timeline[5].name: topic 'later' already exists at this time");
        assertThat(e.problems()).hasSize(4);
    }

    @Test
    void fieldsOfOtherActionsAreUnknownFields() {
        ScenarioException e = error(withTimeline(String.join(",",
                "{\"at\": \"1s\", \"action\": \"crashBroker\", \"broker\": 1, \"node\": 2}",
                "{\"at\": \"1s\", \"action\": \"crashBrokr\", \"broker\": 1}",
                "{\"at\": \"1s\", \"broker\": 1}",
                "[1]")));
        assertThat(e.getMessage())
                .contains("$.timeline[0].node: unknown field 'node'; known fields here: action, at, broker")
                .doesNotContain("did you mean 'at'")
                .contains("$.timeline[1].action: unknown action 'crashBrokr' (did you mean 'crashBroker'?); actions: crashBroker, restartBroker")
                .contains("$.timeline[2].action: 'action' is required")
                .contains("$.timeline[3]: must be an object");
    }

    @Test
    void actionValuesAreChecked() {
        ScenarioException e = error(withTimeline(String.join(",",
                "{\"at\": \"1s\", \"action\": \"alterConfig\", \"topic\": \"orders\", \"broker\": 1, \"config\": {}}",
                "{\"at\": \"1s\", \"action\": \"alterConfig\", \"broker\": 1, \"config\": {\"min.insync.replica\": 2}}",
                "{\"at\": \"1s\", \"action\": \"setRate\", \"producer\": \"checkout\"}",
                "{\"at\": \"1s\", \"action\": \"configureProducer\", \"producer\": \"checkout\"}",
                "{\"at\": \"1s\", \"action\": \"reassignPartition\", \"topic\": \"orders\", \"partition\": 0, \"replicas\": [1, 1, 5]}",
                "{\"at\": \"1s\", \"action\": \"crashBroker\", \"broker\": \"1\"}",
                "{\"at\": \"1s\", \"action\": \"partitionNetwork\", \"sides\": [[1, 2]]}")));
        assertThat(e.getMessage())
                .contains("$.timeline[0]: alterConfig needs exactly one of 'topic' and 'broker'")
                .contains("$.timeline[1].config['min.insync.replica']: unsupported broker config 'min.insync.replica'; supported:")
                .contains("$.timeline[2].ratePerSec: 'ratePerSec' is required")
                .contains("$.timeline[3]: configureProducer needs at least one of 'config', 'keys' and 'valueBytes'")
                .contains("$.timeline[4].replicas[1]: broker 1 is listed twice")
                .contains("$.timeline[4].replicas[2]: broker 5 does not exist (brokers are 1..3)")
                .contains("$.timeline[5].broker: must be a broker id (an integer), not the string \"1\"")
                .contains("$.timeline[6].sides: must have at least two sides");
    }

    @Test
    void configureProducerChecksTheMergedConfigWithTheProducerRules() {
        ProducerConfigRules rules = c -> "1".equals(c.get("acks")) && "true".equals(c.get("enable.idempotence"))
                ? List.of("enable.idempotence requires acks=all") : List.of();
        String json = """
                { "cluster": { "brokers": 1 }, "topics": [ { "name": "t" } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 1, "config": { "enable.idempotence": true } } ],
                  "timeline": [ { "at": "1s", "action": "configureProducer", "producer": "p", "config": { "acks": "1" } } ],
                  "runFor": "1s" }
                """;
        try {
            ScenarioLoader.parse(json, ScenarioLoaderTest.FILE, rules);
            throw new AssertionError("expected a problem");
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).isEqualTo(
                    "test.json:3:79: $.timeline[0].config: enable.idempotence requires acks=all");
        }
    }
}
