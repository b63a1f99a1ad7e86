package dev.clusterlab.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.InvariantStatus;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the contract's report (SCENARIO-FORMAT.md, "Report") from a snapshot. Field order is fixed. */
public final class ReportBuilder {
    static final Set<String> PARTITION_FIELDS = Set.of("topic", "partition", "leader", "leaderEpoch", "replicas",
            "isr", "elr", "highWatermark", "logStartOffset", "records", "segments", "logEndOffsets");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private ReportBuilder() {
    }

    /** Everything but {@code expectations}, which {@link ExpectationEvaluator} adds. */
    public static ObjectNode build(ClusterSnapshot snap, String scenarioName, long seed, long wallMs) {
        ObjectNode r = NODES.objectNode();
        r.put("scenario", scenarioName);
        r.put("seed", seed);
        r.put("simulatedMs", snap.nowMs());
        r.put("events", snap.events());
        r.put("wallMs", wallMs);
        ObjectNode producers = r.putObject("producers");
        for (ProducerSnapshot p : snap.producers()) {
            producers.set(p.id(), producer(p));
        }
        r.set("records", records(snap.records()));
        List<PartitionSnapshot> sorted = snap.partitions().stream()
                .sorted(Comparator.comparing(PartitionSnapshot::topic).thenComparingInt(PartitionSnapshot::partition))
                .toList();
        ArrayNode partitions = r.putArray("partitions");
        ArrayNode internal = r.putArray("internalPartitions");
        for (PartitionSnapshot p : sorted) {
            (p.internal() ? internal : partitions).add(partition(p));
        }
        ObjectNode controller = r.putObject("controller");
        controller.put("active", snap.controller().active());
        controller.put("epoch", snap.controller().epoch());
        controller.put("failovers", snap.controller().failovers());
        ArrayNode brokers = r.putArray("brokers");
        snap.brokers().stream().sorted(Comparator.comparingInt(BrokerSnapshot::id)).forEach(b -> {
            ObjectNode o = brokers.addObject();
            o.put("id", b.id());
            o.put("state", b.state());
            o.put("fenced", b.fenced());
            o.put("brokerEpoch", b.brokerEpoch());
        });
        r.putObject("groups");
        r.putObject("schemas");
        ArrayNode invariants = r.putArray("invariants");
        for (InvariantStatus s : snap.invariants()) {
            ObjectNode o = invariants.addObject();
            o.put("name", s.name());
            o.put("held", s.held());
            o.put("detail", s.detail());
            if (!s.held()) {
                o.put("violatedAtSeq", s.violatedAtSeq());
                o.put("violatedAtMs", s.violatedAtMs());
            }
        }
        return r;
    }

    private static ObjectNode producer(ProducerSnapshot p) {
        ObjectNode o = NODES.objectNode();
        o.put("sent", p.sent());
        o.put("acked", p.acked());
        o.put("failed", p.failed());
        ObjectNode errors = o.putObject("errors");
        p.errors().forEach(errors::put);
        return o;
    }

    private static ObjectNode records(RecordStats s) {
        ObjectNode o = NODES.objectNode();
        o.put("acked", s.acked());
        o.put("lostAcked", s.lostAcked());
        o.put("invisibleAcked", s.invisibleAcked());
        o.put("committed", s.committed());
        o.put("duplicated", s.duplicated());
        return o;
    }

    private static ObjectNode partition(PartitionSnapshot p) {
        ObjectNode o = NODES.objectNode();
        o.put("topic", p.topic());
        o.put("partition", p.partition());
        o.put("leader", p.leader());
        o.put("leaderEpoch", p.leaderEpoch());
        ints(o.putArray("replicas"), p.replicas());
        ints(o.putArray("isr"), p.isr());
        ints(o.putArray("elr"), p.elr());
        o.put("highWatermark", p.highWatermark());
        o.put("logStartOffset", p.logStartOffset());
        o.put("records", p.records());
        o.put("segments", p.segments());
        ObjectNode leos = o.putObject("logEndOffsets");
        for (Map.Entry<Integer, Long> e : p.logEndOffsets().entrySet()) {
            leos.put(Integer.toString(e.getKey()), e.getValue());
        }
        return o;
    }

    private static void ints(ArrayNode a, List<Integer> values) {
        values.forEach(a::add);
    }

    /** Pretty-printed JSON with two-space indentation and a final newline (the --report file). */
    public static String toText(ObjectNode report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serializes", e);
        }
    }
}
