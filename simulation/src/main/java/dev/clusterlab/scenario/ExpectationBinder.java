package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@code expect}: invariant names and metric paths are checked against what the report can hold. */
final class ExpectationBinder {
    /** The invariant checkers of the simulator (report's {@code invariants}). */
    static final List<String> INVARIANTS = List.of("noAckedRecordLost", "singleLeaderPerEpoch",
            "highWatermarkNeverDecreases", "isrSubsetOfReplicas", "singleActiveControllerPerEpoch");
    private static final List<String> NOT_YET = List.of("consumersSeeOnlyCommitted", "exclusiveAssignment",
            "noDuplicates");
    private static final List<String> FIELDS = List.of("invariant", "expectViolated", "metric", "atLeast", "atMost",
            "equals");
    /** Report sections and, for the fixed-shape ones, their fields. */
    private static final Map<String, Set<String>> SECTIONS = Map.ofEntries(
            Map.entry("scenario", Set.of()), Map.entry("seed", Set.of()), Map.entry("simulatedMs", Set.of()),
            Map.entry("events", Set.of()), Map.entry("wallMs", Set.of()),
            Map.entry("producers", Set.of("sent", "acked", "failed", "errors")),
            Map.entry("records", Set.of("acked", "lostAcked", "invisibleAcked", "committed", "duplicated")),
            Map.entry("partitions", ReportBuilder.PARTITION_FIELDS),
            Map.entry("internalPartitions", ReportBuilder.PARTITION_FIELDS),
            Map.entry("controller", Set.of("active", "epoch", "failovers")),
            Map.entry("brokers", Set.of("id", "state", "fenced", "brokerEpoch")),
            Map.entry("groups", Set.of()), Map.entry("schemas", Set.of()),
            Map.entry("invariants", Set.of("name", "held", "detail")));

    private final TreeReader r;
    private final List<ProducerSpec> producers;

    ExpectationBinder(TreeReader r, List<ProducerSpec> producers) {
        this.r = r;
        this.producers = producers;
    }

    List<Expectation> bind(List<JsonNode> items) {
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = "$.expect[" + i + "]";
            ObjectNode o = r.object(items.get(i), p, FIELDS);
            Expectation e = TreeReader.present(o, "invariant") ? invariant(o, p) : metric(o, p);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private Expectation invariant(ObjectNode o, String p) {
        for (String f : List.of("metric", "atLeast", "atMost", "equals")) {
            if (o.has(f)) {
                r.problem(p + "." + f, "an invariant expectation takes only 'invariant' and 'expectViolated'");
            }
        }
        String name = r.string(o, p, "invariant", "", true);
        boolean violated = r.bool(o, p, "expectViolated", false);
        if (NOT_YET.contains(name)) {
            r.problem(p + ".invariant", "invariant '" + name + "' is not supported yet (consumer groups are not built yet)");
            return null;
        }
        if (!INVARIANTS.contains(name)) {
            r.problem(p + ".invariant", "unknown invariant '" + name + "'" + Suggestions.didYouMean(name, INVARIANTS)
                    + "; invariants: " + String.join(", ", INVARIANTS));
            return null;
        }
        return new Expectation.Invariant(name, violated);
    }

    private Expectation metric(ObjectNode o, String p) {
        if (!o.has("metric")) {
            r.problem(p, "an expectation needs 'invariant' or 'metric'");
            return null;
        }
        if (o.has("expectViolated")) {
            r.problem(p + ".expectViolated", "expectViolated belongs to invariant expectations");
        }
        String path = r.string(o, p, "metric", "", true);
        Expectation.Comparison comparison = null;
        JsonNode bound = null;
        for (Expectation.Comparison c : Expectation.Comparison.values()) {
            if (o.has(c.field())) {
                if (comparison != null) {
                    r.problem(p + "." + c.field(), "give only one of atLeast, atMost and equals");
                    return null;
                }
                comparison = c;
                bound = o.get(c.field());
            }
        }
        if (comparison == null) {
            r.problem(p, "a metric expectation needs one of atLeast, atMost and equals");
            return null;
        }
        if (!bound.isNumber()) {
            r.problem(p + "." + comparison.field(), "must be a number, not " + TreeReader.describe(bound));
            return null;
        }
        String problem = checkPath(path);
        if (problem != null) {
            r.problem(p + ".metric", problem);
            return null;
        }
        return new Expectation.Metric(path, comparison, bound.decimalValue());
    }

    /** Null when the path may resolve in a report; otherwise why it never can. */
    private String checkPath(String path) {
        String[] parts = path.split("\\.", -1);
        Set<String> fields = SECTIONS.get(parts[0]);
        if (fields == null) {
            return "metric '" + path + "' names no report section; sections: "
                    + String.join(", ", new TreeSet<>(SECTIONS.keySet()));
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return "metric '" + path + "' has an empty segment";
            }
        }
        switch (parts[0]) {
            case "producers":
                if (parts.length > 1 && producers.stream().noneMatch(x -> x.id().equals(parts[1]))) {
                    return "metric '" + path + "': no producer '" + parts[1] + "'";
                }
                return fieldAt(path, parts, 2, fields);
            case "records", "controller":
                return fieldAt(path, parts, 1, fields);
            case "partitions", "internalPartitions", "brokers", "invariants":
                if (parts.length > 1 && NodeIds.asInt(parts[1]) == null) {
                    return "metric '" + path + "': " + parts[0] + " is a list, index it with a number";
                }
                return fieldAt(path, parts, 2, fields);
            default:
                return fields.isEmpty() && parts.length > 1 && !parts[0].equals("groups") && !parts[0].equals("schemas")
                        ? "metric '" + path + "': " + parts[0] + " is a single value" : null;
        }
    }

    private static String fieldAt(String path, String[] parts, int index, Set<String> fields) {
        if (parts.length > index && !fields.contains(parts[index])) {
            return "metric '" + path + "': no field '" + parts[index] + "'; fields: "
                    + String.join(", ", new TreeSet<>(fields));
        }
        return null;
    }
}
