package dev.clusterlab.snapshot;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.protocol.TopicPartition;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the values of a trace line as short text: records as {@code {name=value, …}} in
 * component order (the trace's order), lists as {@code [a, b]}, enums (Kafka's Errors) by name,
 * a topic-partition as Kafka writes it ({@code orders-0}), a node as its id. Stops adding once
 * maxChars is passed and ends with "…", so a fetch response with many batches stays cheap.
 */
final class TimelineValues {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                c.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private TimelineValues() {
    }

    static String render(Object value, int maxChars) {
        if (value instanceof String s && s.length() <= maxChars) {
            return s; // most often: a node id
        }
        StringBuilder out = new StringBuilder();
        append(out, value, maxChars);
        if (out.length() > maxChars) {
            out.setLength(maxChars);
            out.append('…');
        }
        return out.toString();
    }

    /** The components of a record, in declaration order, as name/value pairs. */
    static RecordComponent[] components(Record record) {
        return COMPONENTS.get(record.getClass());
    }

    static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }

    private static void append(StringBuilder out, Object value, int maxChars) {
        if (out.length() > maxChars) {
            return;
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character) {
            out.append(value);
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else if (value instanceof TopicPartition tp) {
            out.append(tp.topic()).append('-').append(tp.partition());
        } else if (value instanceof SimNode node) {
            out.append(node.id());
        } else if (value instanceof Optional<?> o) {
            append(out, o.orElse(null), maxChars);
        } else if (value instanceof Record r) {
            appendRecord(out, r, maxChars);
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                if (out.length() > maxChars) {
                    break;
                }
                out.append(first ? "" : ", ");
                first = false;
                append(out, o, maxChars);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (out.length() > maxChars) {
                    break;
                }
                out.append(first ? "" : ", ");
                first = false;
                append(out, e.getKey(), maxChars);
                out.append('=');
                append(out, e.getValue(), maxChars);
            }
            out.append('}');
        } else if (value.getClass().isArray()) {
            out.append('[');
            for (int i = 0, n = Array.getLength(value); i < n && out.length() <= maxChars; i++) {
                out.append(i == 0 ? "" : ", ");
                append(out, Array.get(value, i), maxChars);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static void appendRecord(StringBuilder out, Record r, int maxChars) {
        out.append('{');
        RecordComponent[] components = components(r);
        for (int i = 0; i < components.length && out.length() <= maxChars; i++) {
            out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
            append(out, component(r, components[i]), maxChars);
        }
        out.append('}');
    }
}
