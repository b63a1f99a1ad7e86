package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Typed, strict reading of a scenario's JSON tree: every wrong type, unknown field or bad value
 * becomes a problem at its JSON path, and the reader goes on with a default so that one pass
 * reports as many problems as it can.
 */
final class TreeReader {
    private final Problems problems;

    TreeReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(path, message);
    }

    static String describe(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "the string \"" + n.asText() + "\"";
        }
        if (n.isIntegralNumber()) {
            return "the integer " + n.asText();
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.isArray() ? "an array" : "an object";
    }

    /**
     * The object at path (a missing or null node gives an empty object), checking that it has
     * no field outside known.
     */
    ObjectNode object(JsonNode n, String path, Collection<String> known) {
        if (n == null || n.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!n.isObject()) {
            problem(path, "must be an object, not " + describe(n));
            return JsonNodeFactory.instance.objectNode();
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(JsonPaths.member(path, name), "unknown field '" + name + "'" + Suggestions.didYouMean(name, known)
                        + "; known fields here: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
        return (ObjectNode) n;
    }

    /** The array at path; missing or null gives an empty array. */
    List<JsonNode> array(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(path, "must be an array, not " + describe(n));
            return List.of();
        }
        List<JsonNode> list = new ArrayList<>();
        ((ArrayNode) n).forEach(list::add);
        return list;
    }

    static boolean present(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && !n.isNull();
    }

    /**
     * The field's value, or null when it is missing or null (a problem when required): the
     * callers then use their default.
     */
    private JsonNode present(ObjectNode o, String path, String field, boolean required) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problem(path + "." + field, "'" + field + "' is required");
            }
            return null;
        }
        return n;
    }

    String string(ObjectNode o, String path, String field, String def, boolean required) {
        JsonNode n = present(o, path, field, required);
        if (n == null) {
            return def;
        }
        if (!n.isTextual()) {
            problem(path + "." + field, "must be a string, not " + describe(n));
            return def;
        }
        return n.asText();
    }

    /** An integer in [min, max]; a missing value gives def (a problem when required). */
    long integer(ObjectNode o, String path, String field, long def, boolean required, long min, long max) {
        JsonNode n = present(o, path, field, required);
        String p = path + "." + field;
        if (n == null) {
            return def;
        }
        return integerValue(n, p, def, min, max);
    }

    long integerValue(JsonNode n, String p, long def, long min, long max) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            problem(p, "must be an integer, not " + describe(n));
            return def;
        }
        long v = n.asLong();
        if (v < min) {
            problem(p, "must be at least " + min + ", not " + v);
            return def;
        }
        if (v > max) {
            problem(p, "must be at most " + max + ", not " + v);
            return def;
        }
        return v;
    }

    double number(ObjectNode o, String path, String field, double def, boolean required, double min, double max) {
        JsonNode n = present(o, path, field, required);
        String p = path + "." + field;
        if (n == null) {
            return def;
        }
        if (!n.isNumber()) {
            problem(p, "must be a number, not " + describe(n));
            return def;
        }
        double v = n.asDouble();
        if (v < min || v > max) {
            problem(p, "must be in [" + fmt(min) + ", " + fmt(max) + "], not " + n.asText());
            return def;
        }
        return v;
    }

    boolean bool(ObjectNode o, String path, String field, boolean def) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return def;
        }
        if (!n.isBoolean()) {
            problem(path + "." + field, "must be true or false, not " + describe(n));
            return def;
        }
        return n.asBoolean();
    }

    /** A duration in ms; a missing value gives def (a problem when required). */
    long duration(ObjectNode o, String path, String field, long def, boolean required) {
        JsonNode n = present(o, path, field, required);
        String p = path + "." + field;
        if (n == null) {
            return def;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            if (n.asLong() < 0) {
                problem(p, "duration must not be negative, not " + n.asText());
                return def;
            }
            return n.asLong();
        }
        if (!n.isTextual()) {
            problem(p, "must be a duration (\"250ms\", \"10s\", \"2m\", \"1h\" or an integer of ms), not "
                    + describe(n));
            return def;
        }
        try {
            return Durations.parse(n.asText());
        } catch (IllegalArgumentException e) {
            problem(p, e.getMessage());
            return def;
        }
    }

    /**
     * A config map: JSON numbers, booleans and strings become their text (Kafka's property
     * form). A JSON null value stays null only when allowNull (alterConfig: delete the override).
     */
    Map<String, String> config(ObjectNode o, String path, String field, boolean allowNull) {
        JsonNode n = o.get(field);
        String p = path + "." + field;
        if (n == null || n.isNull()) {
            return Map.of();
        }
        if (!n.isObject()) {
            problem(p, "must be an object of Kafka config names to values, not " + describe(n));
            return Map.of();
        }
        Map<String, String> config = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String vp = JsonPaths.member(p, e.getKey());
            if (v.isNull()) {
                if (allowNull) {
                    config.put(e.getKey(), null);
                } else {
                    problem(vp, "a config value must not be null");
                }
            } else if (v.isValueNode()) {
                config.put(e.getKey(), v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
            } else {
                problem(vp, "a config value must be a number, a boolean or a string, not " + describe(v));
            }
        });
        return Collections.unmodifiableMap(config);
    }

    /** A list of integers (ids). */
    List<Integer> intList(JsonNode n, String p) {
        List<Integer> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            problem(p, "is required");
            return out;
        }
        List<JsonNode> items = array(n, p);
        for (int i = 0; i < items.size(); i++) {
            out.add((int) integerValue(items.get(i), p + "[" + i + "]", -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
