package dev.clusterlab.snapshot;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One executed event as the timeline shows it: the same facts as its trace line ({@code t, seq,
 * node, type} and the fields). Immutable. A message's components are kept as the message itself
 * (an immutable record) and turned into text only when {@link #fields()} or {@link #summary()}
 * is first asked for: at full speed the engine records hundreds of thousands of events a second
 * and the window shows a few of them, so text is made only for those.
 */
public final class TimelineEntry {
    /** Field names of the trace line's header: never repeated among the fields. */
    private static final Set<String> HEADER = Set.of("t", "seq", "node", "type");
    private static final int SUMMARY_CHARS = 160;
    private static final int VALUE_CHARS = 4_000;

    private final long seq;
    private final long timeMs;
    private final String node;
    private final String type;
    private final TimelineCategory category;
    private final boolean refused;
    private final List<TimelineField> described;
    private final Record message;
    // Made on first use from the immutable parts above; a race makes the same value twice, harmlessly.
    private List<TimelineField> fields;
    private String summary;

    private TimelineEntry(long seq, long timeMs, String node, String type, TimelineCategory category, boolean refused,
                          List<TimelineField> described, Record message) {
        this.seq = seq;
        this.timeMs = timeMs;
        this.node = Objects.requireNonNull(node, "node");
        this.type = Objects.requireNonNull(type, "type");
        this.category = Objects.requireNonNull(category, "category");
        this.refused = refused;
        this.described = List.copyOf(described);
        this.message = message;
    }

    /**
     * An entry whose fields are known as text. node is "" for an engine-level event (a command);
     * refused marks a command that was impossible when it came due (type ActionRefused).
     */
    public static TimelineEntry of(long seq, long timeMs, String node, String type, TimelineCategory category,
                                   boolean refused, List<TimelineField> fields) {
        return new TimelineEntry(seq, timeMs, node, type, category, refused, fields, null);
    }

    /**
     * A message delivery: the event's own fields, then the message's components (an immutable
     * record, as every simulated message is), which are rendered only when asked for.
     */
    public static TimelineEntry ofMessage(long seq, long timeMs, String node, String type, TimelineCategory category,
                                          List<TimelineField> described, Record message) {
        return new TimelineEntry(seq, timeMs, node, type, category, false, described,
                Objects.requireNonNull(message, "message"));
    }

    /** The execution index of the event: its trace line's seq. */
    public long seq() {
        return seq;
    }

    public long timeMs() {
        return timeMs;
    }

    /** The node that ran the event (broker or controller id, client id), "" for a command. */
    public String node() {
        return node;
    }

    /** The trace type: an RPC name, a timer, a command's action, or ActionRefused. */
    public String type() {
        return type;
    }

    public TimelineCategory category() {
        return category;
    }

    public boolean isCommand() {
        return category == TimelineCategory.COMMAND;
    }

    /** A command that was impossible when it came due; its fields say which action and why. */
    public boolean refused() {
        return refused;
    }

    /** The trace line's fields after the header, in its order, each value as text. */
    public List<TimelineField> fields() {
        List<TimelineField> f = fields;
        if (f == null) {
            f = message == null ? described : withMessage();
            fields = f;
        }
        return f;
    }

    private List<TimelineField> withMessage() {
        List<TimelineField> all = new ArrayList<>(described);
        Set<String> names = new HashSet<>();
        described.forEach(d -> names.add(d.name()));
        for (RecordComponent c : TimelineValues.components(message)) {
            if (!HEADER.contains(c.getName()) && names.add(c.getName())) {
                Object value = TimelineValues.component(message, c);
                all.add(new TimelineField(c.getName(), TimelineValues.render(value, VALUE_CHARS)));
            }
        }
        return List.copyOf(all);
    }

    /** One line for a table: the fields as {@code name=value}, or for a refusal its action and reason. */
    public String summary() {
        String s = summary;
        if (s == null) {
            s = makeSummary();
            summary = s;
        }
        return s;
    }

    private String makeSummary() {
        StringBuilder out = new StringBuilder();
        if (refused) {
            out.append(value("action")).append(" refused: ").append(value("reason"));
        } else {
            for (TimelineField f : fields()) {
                if (out.length() >= SUMMARY_CHARS) {
                    break;
                }
                out.append(out.length() == 0 ? "" : ", ").append(f.name()).append('=').append(f.value());
            }
        }
        if (out.length() > SUMMARY_CHARS) {
            out.setLength(SUMMARY_CHARS);
            out.append('…');
        }
        return out.toString();
    }

    /** The value of a field, or "" if the entry has none of that name. */
    public String value(String name) {
        for (TimelineField f : fields()) {
            if (f.name().equals(name)) {
                return f.value();
            }
        }
        return "";
    }

    /** Same event, same facts. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineEntry e && seq == e.seq && timeMs == e.timeMs && refused == e.refused
                && node.equals(e.node) && type.equals(e.type) && category == e.category && fields().equals(e.fields());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return "TimelineEntry[t=" + timeMs + ", seq=" + seq + ", node=" + node + ", type=" + type + ", "
                + summary() + "]";
    }

    /** Renders a value the way the fields show it (for the fields an event describes). */
    public static String text(Object value) {
        return TimelineValues.render(value, VALUE_CHARS);
    }
}
