package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.InvariantStatus;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportAndExpectationsTest {

    private static PartitionSnapshot partition(String topic, int p, int leader, boolean internal) {
        TreeMap<Integer, Long> leos = new TreeMap<>();
        leos.put(1, 7990L);
        leos.put(2, 8000L);
        leos.put(3, 8000L);
        return new PartitionSnapshot(topic, p, leader, 3, 5, List.of(1, 2, 3), List.of(2, 3), List.of(), 8000 + p, 0,
                leos, new TreeMap<>(leos), internal, 2, 8000, 3);
    }

    static ClusterSnapshot snapshot() {
        TreeMap<String, Long> errors = new TreeMap<>();
        errors.put("NOT_ENOUGH_REPLICAS", 10L);
        return new ClusterSnapshot("s", 42, 120_000, 123_456, new ControllerQuorumSnapshot(1002, 2, 1), List.of(),
                List.of(new BrokerSnapshot(2, "RUNNING", false, 14, 100, 1, 2),
                        new BrokerSnapshot(1, "CRASHED", true, 12, 90, 0, 0)),
                List.of(partition("orders", 1, 2, false), partition("__consumer_offsets", 0, 1, true),
                        partition("alpha", 0, -1, false), partition("orders", 0, 2, false)),
                List.of(new ProducerSnapshot("checkout", "orders", true, 200, "all", 0, 24_000, 23_990, 10, errors,
                        new TreeMap<>())),
                new RecordStats(23_990, 0, 5, 23_985, 0),
                List.of(new InvariantStatus("noAckedRecordLost", true, "", -1, -1),
                        new InvariantStatus("singleLeaderPerEpoch", false, "two leaders in epoch 3", 4711, 9000)));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void reportHasTheContractsSectionsInOrder() {
        ObjectNode r = ReportBuilder.build(snapshot(), "acks=all", 7, 850);
        assertThat(names(r)).containsExactly("scenario", "seed", "simulatedMs", "events", "wallMs", "producers",
                "records", "partitions", "internalPartitions", "controller", "brokers", "groups", "schemas", "invariants");
        assertThat(r.get("scenario").asText()).isEqualTo("acks=all");
        assertThat(r.get("seed").asLong()).isEqualTo(7);
        assertThat(r.get("simulatedMs").asLong()).isEqualTo(120_000);
        assertThat(r.get("events").asLong()).isEqualTo(123_456);
        assertThat(r.get("wallMs").asLong()).isEqualTo(850);
        assertThat(r.at("/producers/checkout").toString())
                .isEqualTo("{\"sent\":24000,\"acked\":23990,\"failed\":10,\"errors\":{\"NOT_ENOUGH_REPLICAS\":10}}");
        assertThat(r.get("records").toString()).isEqualTo(
                "{\"acked\":23990,\"lostAcked\":0,\"invisibleAcked\":5,\"committed\":23985,\"duplicated\":0}");
        assertThat(r.get("partitions")).extracting(p -> p.get("topic").asText() + "-" + p.get("partition").asInt())
                .containsExactly("alpha-0", "orders-0", "orders-1");
        assertThat(r.at("/partitions/1").toString()).isEqualTo("{\"topic\":\"orders\",\"partition\":0,\"leader\":2,"
                + "\"leaderEpoch\":3,\"replicas\":[1,2,3],\"isr\":[2,3],\"elr\":[],\"highWatermark\":8000,"
                + "\"logStartOffset\":0,\"records\":8000,\"segments\":3,\"logEndOffsets\":{\"1\":7990,\"2\":8000,\"3\":8000}}");
        assertThat(r.at("/partitions/0/leader").asInt()).isEqualTo(-1);
        assertThat(r.get("internalPartitions")).extracting(p -> p.get("topic").asText()).containsExactly("__consumer_offsets");
        assertThat(r.get("controller").toString()).isEqualTo("{\"active\":1002,\"epoch\":2,\"failovers\":1}");
        assertThat(r.get("brokers").toString()).isEqualTo("[{\"id\":1,\"state\":\"CRASHED\",\"fenced\":true,\"brokerEpoch\":12},"
                + "{\"id\":2,\"state\":\"RUNNING\",\"fenced\":false,\"brokerEpoch\":14}]");
        assertThat(r.get("groups").isEmpty()).isTrue();
        assertThat(r.get("schemas").isEmpty()).isTrue();
        assertThat(r.get("invariants").toString()).isEqualTo("[{\"name\":\"noAckedRecordLost\",\"held\":true,\"detail\":\"\"},"
                + "{\"name\":\"singleLeaderPerEpoch\",\"held\":false,\"detail\":\"two leaders in epoch 3\","
                + "\"violatedAtSeq\":4711,\"violatedAtMs\":9000}]");
    }

    @Test
    void reportTextIsStableIndentedJson() {
        ObjectNode r = ReportBuilder.build(snapshot(), "s", 1, 0);
        String text = ReportBuilder.toText(r);
        assertThat(text).startsWith("{\n  \"scenario\" : \"s\",\n  \"seed\" : 1,\n").endsWith("}\n");
        assertThat(ReportBuilder.toText(ReportBuilder.build(snapshot(), "s", 1, 0))).isEqualTo(text);
    }

    private static Expectation.Metric metric(String path, Expectation.Comparison c, long bound) {
        return new Expectation.Metric(path, c, BigDecimal.valueOf(bound));
    }

    @Test
    void invariantExpectationsFollowTheCheckers() {
        ObjectNode r = ReportBuilder.build(snapshot(), "s", 1, 0);
        assertThat(ExpectationEvaluator.evaluate(List.of(new Expectation.Invariant("noAckedRecordLost", false),
                new Expectation.Invariant("singleLeaderPerEpoch", true)), r)).isTrue();
        assertThat(r.get("expectations").toString()).isEqualTo(
                "[{\"expect\":{\"invariant\":\"noAckedRecordLost\"},\"held\":true},"
                        + "{\"expect\":{\"invariant\":\"singleLeaderPerEpoch\",\"expectViolated\":true},\"held\":true}]");

        ObjectNode r2 = ReportBuilder.build(snapshot(), "s", 1, 0);
        assertThat(ExpectationEvaluator.evaluate(List.of(new Expectation.Invariant("noAckedRecordLost", true),
                new Expectation.Invariant("singleLeaderPerEpoch", false),
                new Expectation.Invariant("isrSubsetOfReplicas", false)), r2)).isFalse();
        assertThat(r2.get("expectations")).extracting(e -> e.get("held").asBoolean()).containsExactly(false, false, false);
        assertThat(r2.get("expectations")).extracting(e -> e.get("detail").asText()).containsExactly(
                "invariant noAckedRecordLost held, but the scenario expects it violated",
                "invariant singleLeaderPerEpoch was violated: two leaders in epoch 3",
                "invariant isrSubsetOfReplicas was not checked in this run");
    }

    @Test
    void metricExpectationsReadTheReportByDottedPath() {
        ObjectNode r = ReportBuilder.build(snapshot(), "s", 1, 0);
        boolean all = ExpectationEvaluator.evaluate(List.of(
                metric("producers.checkout.acked", Expectation.Comparison.AT_LEAST, 23_990),
                metric("records.lostAcked", Expectation.Comparison.EQUALS, 0),
                metric("partitions.1.leader", Expectation.Comparison.EQUALS, 2),
                metric("partitions.2.logEndOffsets.1", Expectation.Comparison.AT_MOST, 7990),
                metric("producers.checkout.errors.NOT_ENOUGH_REPLICAS", Expectation.Comparison.AT_MOST, 10)), r);
        assertThat(all).isTrue();
        assertThat(r.at("/expectations/0").toString()).isEqualTo(
                "{\"expect\":{\"metric\":\"producers.checkout.acked\",\"atLeast\":23990},\"held\":true,\"actual\":23990}");
    }

    @Test
    void failedMetricsSayWhy() {
        ObjectNode r = ReportBuilder.build(snapshot(), "s", 1, 0);
        boolean all = ExpectationEvaluator.evaluate(List.of(
                metric("producers.checkout.acked", Expectation.Comparison.AT_LEAST, 24_000),
                metric("producers.checkout.errors.REQUEST_TIMED_OUT", Expectation.Comparison.EQUALS, 0),
                metric("partitions.7.leader", Expectation.Comparison.EQUALS, 2),
                metric("scenario", Expectation.Comparison.EQUALS, 1),
                metric("records.acked", Expectation.Comparison.AT_MOST, 1)), r);
        assertThat(all).isFalse();
        assertThat(r.get("expectations")).extracting(e -> e.get("held").asBoolean())
                .containsExactly(false, false, false, false, false);
        assertThat(r.get("expectations")).extracting(e -> e.get("detail").asText()).containsExactly(
                "metric producers.checkout.acked is 23990, expected atLeast 24000",
                "metric producers.checkout.errors.REQUEST_TIMED_OUT does not resolve: producers.checkout.errors has no REQUEST_TIMED_OUT",
                "metric partitions.7.leader does not resolve: partitions has no 7",
                "metric scenario is not a number: \"s\"",
                "metric records.acked is 23990, expected atMost 1");
    }
}
