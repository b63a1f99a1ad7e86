package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    static final Path FILE = Path.of("test.json");

    static final String FULL = """
            {
              "name": "acks=all survives a leader crash",
              "description": "text",
              "seed": 42,
              "cluster": {
                "brokers": 3,
                "controllers": 3,
                "config": { "unclean.leader.election.enable": false, "replica.lag.time.max.ms": 30000 },
                "network": { "latency": "2ms", "jitter": "1ms", "dropRate": 0.25 }
              },
              "topics": [
                { "name": "orders", "partitions": 3, "replicationFactor": 3,
                  "config": { "min.insync.replicas": 2, "cleanup.policy": "delete" } }
              ],
              "producers": [
                { "id": "checkout", "topic": "orders", "ratePerSec": 200, "keys": 50,
                  "config": { "acks": "all", "linger.ms": 5, "enable.idempotence": true } }
              ],
              "timeline": [
                { "at": "40s", "action": "restartBroker", "broker": 1 },
                { "at": "10s", "action": "crashBroker", "broker": 1 }
              ],
              "runFor": "2m",
              "expect": [
                { "invariant": "noAckedRecordLost" },
                { "metric": "producers.checkout.acked", "atLeast": 1000 }
              ]
            }
            """;

    static LoadedScenario parse(String json) throws ScenarioException {
        return ScenarioLoader.parse(json, FILE);
    }

    /** A small valid scenario with the given timeline entries (JSON objects, comma separated). */
    static String withTimeline(String entries) {
        return """
                { "cluster": { "brokers": 3, "controllers": 2 },
                  "topics": [ { "name": "orders", "partitions": 2, "replicationFactor": 2 } ],
                  "producers": [ { "id": "checkout", "topic": "orders", "ratePerSec": 10 } ],
                  "timeline": [ %s ],
                  "runFor": "1m" }
                """.formatted(entries);
    }

    static ScenarioException error(String json) {
        try {
            parse(json);
        } catch (ScenarioException e) {
            return e;
        }
        throw new AssertionError("expected a ScenarioException for " + json);
    }

    @Test
    void fullScenarioBecomesTheEnginesInputs() throws Exception {
        LoadedScenario s = parse(FULL);
        ClusterSetup setup = s.setup();
        assertThat(setup.name()).isEqualTo("acks=all survives a leader crash");
        assertThat(setup.seed()).isEqualTo(42);
        assertThat(setup.brokers()).isEqualTo(3);
        assertThat(setup.controllers()).isEqualTo(3);
        assertThat(setup.brokerConfig()).containsExactlyInAnyOrderEntriesOf(
                Map.of("unclean.leader.election.enable", "false", "replica.lag.time.max.ms", "30000"));
        assertThat(setup.network()).isEqualTo(new LinkSettings(2, 1, 0.25));
        assertThat(setup.coldStart()).isFalse();
        assertThat(setup.topics()).containsExactly(new Command.CreateTopic("orders", 3, 3,
                Map.of("min.insync.replicas", "2", "cleanup.policy", "delete"), null));
        assertThat(setup.producers()).containsExactly(new ProducerSetup("checkout", "orders", 200, 50, 100,
                Map.of("acks", "all", "linger.ms", "5", "enable.idempotence", "true")));
        assertThat(s.runForMs()).isEqualTo(120_000);
        assertThat(s.timeline()).extracting(t -> t.atMs()).containsExactly(10_000L, 40_000L);
        assertThat(s.timeline()).extracting(t -> t.command()).containsExactly(
                new Command.CrashBroker(1), new Command.RestartBroker(1));
        assertThat(s.expectations()).containsExactly(new Expectation.Invariant("noAckedRecordLost", false),
                new Expectation.Metric("producers.checkout.acked", Expectation.Comparison.AT_LEAST,
                        new java.math.BigDecimal("1000")));
        assertThat(s.source()).isEqualTo(FILE);
    }

    @Test
    void defaultsAreApplied() throws Exception {
        LoadedScenario s = parse("""
                { "cluster": { "brokers": 2, "config": { "num.partitions": 4, "default.replication.factor": 2 } },
                  "topics": [ { "name": "t" } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 1 } ],
                  "runFor": 1000 }
                """);
        assertThat(s.scenario().name()).isEqualTo("test");
        assertThat(s.scenario().seed()).isNull();
        assertThat(s.setup().seed()).isZero();
        assertThat(s.setup().controllers()).isEqualTo(1);
        assertThat(s.setup().network()).isEqualTo(LinkSettings.DEFAULT);
        assertThat(s.setup().topics().get(0).partitions()).isEqualTo(4);
        assertThat(s.setup().topics().get(0).replicationFactor()).isEqualTo(2);
        assertThat(s.setup().producers().get(0).keys()).isZero();
        assertThat(s.setup().producers().get(0).valueBytes()).isEqualTo(100);
        assertThat(s.setup().producers().get(0).config()).isEmpty();
        assertThat(s.timeline()).isEmpty();
        assertThat(s.expectations()).isEmpty();
        assertThat(s.runForMs()).isEqualTo(1000);
        assertThat(s.scenario().lesson()).isNull();
    }

    @Test
    void coldStartAndAssignmentArePassedOn() throws Exception {
        LoadedScenario s = parse("""
                { "cluster": { "brokers": 3, "start": "cold" },
                  "topics": [ { "name": "t", "assignment": [[1,2,3],[2,3,1]] } ], "runFor": "1s" }
                """);
        assertThat(s.setup().coldStart()).isTrue();
        assertThat(s.setup().topics().get(0)).isEqualTo(
                new Command.CreateTopic("t", 2, 3, Map.of(), List.of(List.of(1, 2, 3), List.of(2, 3, 1))));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ScenarioException e = error("{\n  \"cluster\": { \"brokers\": 3 },\n  \"runFor\": \"1s\",,\n}");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(18);
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.getMessage()).startsWith("test.json:3:18: $");
        assertThat(e.getMessage()).contains("malformed JSON");
    }

    @Test
    void truncatedJsonNamesWhereItStopped() {
        ScenarioException e = error("{ \"cluster\": { \"brokers\": 3 ");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isGreaterThan(0);
        assertThat(e.getMessage()).contains("malformed JSON");
        assertThat(e.jsonPath()).isEqualTo("$.cluster");
    }

    @Test
    void emptyFileAndDuplicateFieldsAreMalformed() {
        assertThat(error("  ").getMessage()).contains("empty");
        ScenarioException dup = error("{ \"runFor\": 1,\n \"runFor\": 2, \"cluster\": {\"brokers\": 1} }");
        assertThat(dup.jsonPath()).isEqualTo("$.runFor");
        assertThat(dup.line()).isEqualTo(2);
        assertThat(dup.getMessage()).contains("duplicate field 'runFor'");
    }

    @Test
    void unknownFieldIsNamedByPathWithItsLocation() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 3 },
                  "topics": [ { "name": "t", "partitons": 3 } ],
                  "runFor": "1s" }
                """);
        assertThat(e.jsonPath()).isEqualTo("$.topics[0].partitons");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(30);
        assertThat(e.getMessage()).isEqualTo("test.json:2:30: $.topics[0].partitons: unknown field 'partitons' "
                + "(did you mean 'partitions'?); known fields here: assignment, config, name, partitions, replicationFactor");
    }

    @Test
    void everyProblemIsListed() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 0, "controllers": 0 }, "runFor": "-1s", "extra": 1 }
                """);
        assertThat(e.problems()).extracting(ScenarioException.Problem::jsonPath).containsExactlyInAnyOrder(
                "$.extra", "$.cluster.brokers", "$.cluster.controllers", "$.runFor");
        assertThat(e.getMessage().lines()).hasSize(4);
        assertThat(e.getMessage()).contains("$.cluster.brokers: must be at least 1, not 0");
    }

    @Test
    void wrongTypesAreRefused() {
        ScenarioException e = error("""
                { "cluster": { "brokers": "3" }, "runFor": true, "topics": {} }
                """);
        assertThat(e.getMessage()).contains("$.cluster.brokers: must be an integer, not the string \"3\"")
                .contains("$.runFor: must be a duration")
                .contains("$.topics: must be an array, not an object");
    }

    @Test
    void unsupportedConfigListsTheSupportedNames() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 1, "config": { "log.retention.hourz": 5 } }, "runFor": "1s" }
                """);
        assertThat(e.jsonPath()).isEqualTo("$.cluster.config['log.retention.hourz']");
        assertThat(e.getMessage()).contains("unsupported broker config 'log.retention.hourz'; supported: ")
                .contains("unclean.leader.election.enable").contains("replica.lag.time.max.ms");
    }

    @Test
    void badConfigValuesAreRefused() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 1 }, "topics": [ { "name": "t", "config": { "min.insync.replicas": 0 } } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 1, "config": { "acks": "2" } } ],
                  "runFor": "1s" }
                """);
        assertThat(e.getMessage()).contains("$.topics[0].config['min.insync.replicas']: min.insync.replicas must be at least 1")
                .contains("$.producers[0].config.acks: acks must be one of");
    }

    @Test
    void producerRulesCheckTheWholeConfig() {
        ProducerConfigRules rules = c -> "1".equals(c.get("acks")) && !"false".equals(c.get("enable.idempotence"))
                ? List.of("enable.idempotence requires acks=all") : List.of();
        String json = """
                { "cluster": { "brokers": 1 }, "topics": [ { "name": "t" } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 1, "config": { "acks": "1" } } ],
                  "runFor": "1s" }
                """;
        assertThatThrownBy(() -> ScenarioLoader.parse(json, FILE, rules)).isInstanceOf(ScenarioException.class)
                .hasMessage("test.json:2:62: $.producers[0].config: enable.idempotence requires acks=all");
    }

    @Test
    void rangesAreChecked() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 2, "network": { "dropRate": 1.5 } },
                  "topics": [ { "name": "t", "replicationFactor": 3, "partitions": 0 },
                              { "name": "u", "partitions": 2, "replicationFactor": 2, "assignment": [[1,1],[1,3],[2]] },
                              { "name": "bad name!" } ],
                  "runFor": "1s" }
                """);
        assertThat(e.getMessage())
                .contains("$.cluster.network.dropRate: must be in [0, 1], not 1.5")
                .contains("$.topics[0].replicationFactor: replicationFactor 3 is larger than the number of brokers (2)")
                .contains("$.topics[0].partitions: must be at least 1, not 0")
                .contains("$.topics[1].assignment: has 3 replica lists but the topic has 2 partitions")
                .contains("$.topics[1].assignment[0][1]: broker 1 is listed twice")
                .contains("$.topics[1].assignment[1][1]: broker 3 does not exist (brokers are 1..2)")
                .contains("$.topics[1].assignment[2]: lists 1 replicas but replicationFactor is 2")
                .contains("$.topics[2].name: 'bad name!' is not a legal topic name");
    }

    @Test
    void duplicatesUnknownTopicsAndIdCollisionsAreRefused() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 3, "controllers": 2 },
                  "topics": [ { "name": "t" }, { "name": "t" } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 1 }, { "id": "p", "topic": "x", "ratePerSec": 1 },
                                 { "id": "1002", "topic": "t", "ratePerSec": 1 } ],
                  "runFor": "1s" }
                """);
        assertThat(e.getMessage())
                .contains("$.topics[1].name: duplicate topic 't' (also $.topics[0])")
                .contains("$.producers[1].id: duplicate producer 'p' (also $.producers[0])")
                .contains("$.producers[1].topic: unknown topic 'x'; topics: t, t")
                .contains("$.producers[2].id: producer id '1002' collides with a node id");
    }

    @Test
    void featuresNotBuiltYetAreRefusedByName() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 1 }, "topics": [ { "name": "t" } ],
                  "schemas": [ { "subject": "s" } ], "consumerGroups": [ { "groupId": "g" } ],
                  "producers": [ { "id": "p", "topic": "t", "ratePerSec": 1, "valueSubject": "s" } ],
                  "timeline": [ { "at": "1s", "action": "addConsumer", "group": "g" },
                                { "at": "1s", "action": "registerSchema", "subject": "s", "schema": {} } ],
                  "expect": [ { "invariant": "noDuplicates" } ],
                  "runFor": "1s" }
                """);
        assertThat(e.getMessage())
                .contains("$.schemas: schemas (the schema registry is not built yet): not supported yet")
                .contains("$.consumerGroups: consumerGroups (consumer groups are not built yet): not supported yet")
                .contains("$.producers[0].valueSubject: valueSubject: not supported yet")
                .contains("$.timeline[0].action: action 'addConsumer' is not supported yet (consumer groups")
                .contains("$.timeline[1].action: action 'registerSchema' is not supported yet (the schema registry")
                .contains("$.expect[0].invariant: invariant 'noDuplicates' is not supported yet");
    }

    @Test
    void emptySectionsOfUnbuiltFeaturesAreFine() throws Exception {
        LoadedScenario s = parse("{ \"cluster\": { \"brokers\": 1 }, \"schemas\": [], \"consumerGroups\": [], \"runFor\": 5 }");
        assertThat(s.runForMs()).isEqualTo(5);
    }

    @Test
    void missingRequiredParts() {
        ScenarioException e = error("{ \"topics\": [ { \"partitions\": 1 } ] }");
        assertThat(e.getMessage()).contains("$.cluster: 'cluster' is required")
                .contains("$.runFor: 'runFor' is required")
                .contains("$.topics[0].name: 'name' is required");
    }

    @Test
    void lessonIsReadAndItsHighlightsChecked() throws Exception {
        LoadedScenario s = parse("""
                { "cluster": { "brokers": 3 }, "topics": [ { "name": "t" } ], "runFor": "1m",
                  "lesson": { "goal": "See", "steps": [
                    { "at": "0s", "text": "Three brokers", "ask": "ISR?", "pause": true,
                      "highlight": ["broker:1", "partition:t-0", "controller:1001"] },
                    { "at": "10s", "text": "Crash" } ] } }
                """);
        assertThat(s.scenario().lesson().goal()).isEqualTo("See");
        assertThat(s.scenario().lesson().steps()).containsExactly(
                new Lesson.Step(0, "Three brokers", "ISR?", true, List.of("broker:1", "partition:t-0", "controller:1001")),
                new Lesson.Step(10_000, "Crash", null, false, List.of()));
        ScenarioException e = error("""
                { "cluster": { "brokers": 3 }, "topics": [ { "name": "t" } ], "runFor": "1m",
                  "lesson": { "steps": [ { "at": "0s", "text": "x", "highlight": ["broker:4", "partition:t-1", "pod:1"] } ] } }
                """);
        assertThat(e.getMessage()).contains("$.lesson.steps[0].highlight[0]: broker 4 does not exist")
                .contains("$.lesson.steps[0].highlight[1]: partition 1 does not exist (topic 't' has 1)")
                .contains("$.lesson.steps[0].highlight[2]: 'pod:1' is not a highlight");
    }

    @Test
    void expectationsAreChecked() {
        ScenarioException e = error("""
                { "cluster": { "brokers": 1 }, "runFor": "1s",
                  "expect": [ { "invariant": "noAckedRecordLots" }, { "metric": "recordz.acked", "atLeast": 1 },
                              { "metric": "records.acked", "atLeast": 1, "atMost": 2 }, { "metric": "records.acked" },
                              { "metric": "producers.nobody.acked", "equals": 0 }, { "metric": "records.lost", "equals": 0 },
                              { "metric": "records.acked", "equals": "1" } ] }
                """);
        assertThat(e.getMessage())
                .contains("$.expect[0].invariant: unknown invariant 'noAckedRecordLots' (did you mean 'noAckedRecordLost'?); invariants: noAckedRecordLost")
                .contains("$.expect[1].metric: metric 'recordz.acked' names no report section")
                .contains("$.expect[2].atMost: give only one of atLeast, atMost and equals")
                .contains("$.expect[3]: a metric expectation needs one of atLeast, atMost and equals")
                .contains("$.expect[4].metric: metric 'producers.nobody.acked': no producer 'nobody'")
                .contains("$.expect[5].metric: metric 'records.lost': no field 'lost'")
                .contains("$.expect[6].equals: must be a number, not the string \"1\"");
    }

    @Test
    void unreadableFileIsBadInput() {
        Path missing = Path.of("does-not-exist.json");
        assertThatThrownBy(() -> ScenarioLoader.load(missing)).isInstanceOf(ScenarioException.class)
                .hasMessage("does-not-exist.json: $: cannot read the file: it does not exist");
    }

    @Test
    void directoriesAndNonUtf8FilesAreBadInput(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ScenarioLoader.load(dir)).isInstanceOf(ScenarioException.class)
                .hasMessage(dir + ": $: cannot read the file: it is a directory");
        Path latin1 = dir.resolve("latin1.json");
        java.nio.file.Files.write(latin1, new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'});
        assertThatThrownBy(() -> ScenarioLoader.load(latin1)).isInstanceOf(ScenarioException.class)
                .hasMessage(latin1 + ": $: cannot read the file: it is not UTF-8 text");
    }
}
