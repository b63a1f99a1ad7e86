package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Decides the scenario's {@code expect} entries against a report and adds the report's
 * {@code expectations}: {@code {"expect": ..., "held": ..., "actual"?: ..., "detail"?: ...}}.
 */
public final class ExpectationEvaluator {
    private ExpectationEvaluator() {
    }

    /** Adds {@code expectations} to the report; true when every expectation held. */
    public static boolean evaluate(List<Expectation> expectations, ObjectNode report) {
        ArrayNode out = report.putArray("expectations");
        boolean all = true;
        for (Expectation e : expectations) {
            ObjectNode entry = out.addObject();
            entry.set("expect", e.toJson());
            entry.put("held", false);
            boolean held = e instanceof Expectation.Invariant i ? invariant(i, report, entry)
                    : metric((Expectation.Metric) e, report, entry);
            entry.put("held", held);
            all &= held;
        }
        return all;
    }

    private static boolean invariant(Expectation.Invariant e, ObjectNode report, ObjectNode entry) {
        for (JsonNode inv : report.path("invariants")) {
            if (inv.path("name").asText().equals(e.name())) {
                boolean checkerHeld = inv.path("held").asBoolean();
                if (e.expectViolated() && checkerHeld) {
                    entry.put("detail", "invariant " + e.name() + " held, but the scenario expects it violated");
                } else if (!e.expectViolated() && !checkerHeld) {
                    entry.put("detail", "invariant " + e.name() + " was violated: " + inv.path("detail").asText());
                }
                return e.expectViolated() != checkerHeld;
            }
        }
        entry.put("detail", "invariant " + e.name() + " was not checked in this run");
        return false;
    }

    private static boolean metric(Expectation.Metric e, ObjectNode report, ObjectNode entry) {
        JsonNode node = report;
        String walked = "";
        for (String part : e.path().split("\\.")) {
            JsonNode next = node.isArray() && NodeIds.asInt(part) != null ? node.get(Integer.parseInt(part))
                    : node.isObject() ? node.get(part) : null;
            if (next == null) {
                entry.put("detail", "metric " + e.path() + " does not resolve: "
                        + (walked.isEmpty() ? "the report" : walked) + " has no " + part);
                return false;
            }
            walked = walked.isEmpty() ? part : walked + "." + part;
            node = next;
        }
        if (!node.isNumber()) {
            entry.put("detail", "metric " + e.path() + " is not a number: " + node);
            return false;
        }
        entry.set("actual", node);
        boolean held = e.holdsFor(node.decimalValue());
        if (!held) {
            entry.put("detail", "metric " + e.path() + " is " + node.asText() + ", expected "
                    + e.comparison().field() + " " + e.bound().toPlainString());
        }
        return held;
    }
}
