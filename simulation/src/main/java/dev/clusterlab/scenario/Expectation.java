package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** One entry of {@code expect}: an invariant (held or, with expectViolated, violated) or a metric bound. */
public sealed interface Expectation {

    /** The entry as the scenario wrote it (echoed in the report's expectations). */
    ObjectNode toJson();

    /** {@code {"invariant": NAME}} or {@code {"invariant": NAME, "expectViolated": true}}. */
    record Invariant(String name, boolean expectViolated) implements Expectation {
        @Override
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("invariant", name);
            if (expectViolated) {
                o.put("expectViolated", true);
            }
            return o;
        }
    }

    /** {@code {"metric": PATH, "atLeast"|"atMost"|"equals": N}}. */
    record Metric(String path, Comparison comparison, BigDecimal bound) implements Expectation {
        @Override
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("metric", path);
            o.put(comparison.field(), bound);
            return o;
        }

        public boolean holdsFor(BigDecimal actual) {
            int c = actual.compareTo(bound);
            return switch (comparison) {
                case AT_LEAST -> c >= 0;
                case AT_MOST -> c <= 0;
                case EQUALS -> c == 0;
            };
        }
    }

    /** The comparisons a metric expectation may make, by their JSON field names. */
    enum Comparison {
        AT_LEAST("atLeast"), AT_MOST("atMost"), EQUALS("equals");

        private final String field;

        Comparison(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
