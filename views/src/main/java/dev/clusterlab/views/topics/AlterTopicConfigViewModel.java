package dev.clusterlab.views.topics;

import dev.clusterlab.config.ConfigKey;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.fault.Command;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The alter-topic-config dialog: a topic's {@code min.insync.replicas},
 * {@code unclean.leader.election.enable} and its log configs (retention, segments, cleanup
 * policy), sent as one IncrementalAlterConfigs ({@link Command.AlterConfig}). An empty field
 * leaves that config as it is; {@value #DEFAULT_WORD} removes the topic's override. Values are
 * checked by the simulation's own registry ({@link KafkaConfigs#TOPIC}), as on create.
 */
public final class AlterTopicConfigViewModel {
    public static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";
    public static final String UNCLEAN_LEADER_ELECTION = "unclean.leader.election.enable";
    /** The log configs the form sets at run time, in the order it shows them. */
    public static final List<String> LOG_CONFIGS =
            List.of("retention.ms", "retention.bytes", "segment.ms", "segment.bytes", "cleanup.policy");
    /** Typed in a log config's field: remove the topic's override (Kafka's default applies again). */
    public static final String DEFAULT_WORD = "default";

    /** What to do with unclean.leader.election.enable. */
    public enum Unclean {
        UNCHANGED("unchanged"), ENABLE("true"), DISABLE("false"), DEFAULT("Kafka's default (remove the override)");

        private final String text;

        Unclean(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final List<TopicInfo> topics;
    private final StringProperty topic = new SimpleStringProperty(this, "topic");
    private final StringProperty minInsyncReplicas = new SimpleStringProperty(this, "minInsyncReplicas", "");
    private final ObjectProperty<Unclean> unclean = new SimpleObjectProperty<>(this, "unclean", Unclean.UNCHANGED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final Map<String, StringProperty> logConfigs = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> logConfigHints = new LinkedHashMap<>();

    public AlterTopicConfigViewModel(List<TopicInfo> topics) {
        this.topics = List.copyOf(topics);
        for (String name : LOG_CONFIGS) {
            StringProperty value = new SimpleStringProperty(this, name, "");
            value.addListener((o, a, b) -> check());
            logConfigs.put(name, value);
            logConfigHints.put(name, new ReadOnlyStringWrapper(this, name + "Hint", logConfigHint(name)));
        }
        topic.addListener((o, a, b) -> check());
        minInsyncReplicas.addListener((o, a, b) -> check());
        unclean.addListener((o, a, b) -> check());
        topic.set(topics.isEmpty() ? null : topics.get(0).name());
        check();
    }

    private void check() {
        TopicInfo chosen = topics.stream().filter(t -> t.name().equals(topic.get())).findFirst().orElse(null);
        current.set(chosen == null ? "" : MIN_INSYNC_REPLICAS + " is now " + chosen.minInsyncReplicas());
        logConfigHints.forEach((name, hint) -> hint.set(logConfigHint(name, chosen)));
        problem.set(firstProblem(chosen));
    }

    private String firstProblem(TopicInfo chosen) {
        if (topics.isEmpty()) {
            return "There is no topic yet";
        }
        if (chosen == null) {
            return "Choose a topic";
        }
        boolean minIsrGiven = !minInsyncReplicas.get().isBlank();
        if (minIsrGiven) {
            String p = Numbers.problem(MIN_INSYNC_REPLICAS, minInsyncReplicas.get(), 1);
            if (p != null) {
                return p;
            }
        }
        Map<String, String> given = givenLogConfigs();
        Map<String, String> toCheck = new TreeMap<>();
        given.forEach((name, value) -> {
            if (value != null) {
                toCheck.put(name, value);
            }
        });
        List<String> errors = KafkaConfigs.TOPIC.validate(toCheck);
        if (!errors.isEmpty()) {
            return errors.get(0);
        }
        if (!minIsrGiven && given.isEmpty() && unclean.get() == Unclean.UNCHANGED) {
            return "Nothing to change: give a config value or choose " + UNCLEAN_LEADER_ELECTION;
        }
        return "";
    }

    /** The log configs typed in, trimmed; null for {@value #DEFAULT_WORD} (remove the override). */
    private Map<String, String> givenLogConfigs() {
        Map<String, String> given = new TreeMap<>();
        logConfigs.forEach((name, value) -> {
            String text = value.get() == null ? "" : value.get().trim();
            if (!text.isEmpty()) {
                given.put(name, text.equalsIgnoreCase(DEFAULT_WORD) ? null : text);
            }
        });
        return given;
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /** The command to submit; only when valid. A null value removes the topic's override. */
    public Command.AlterConfig command() {
        if (!isValid()) {
            throw new IllegalStateException(problem.get());
        }
        Map<String, String> config = new TreeMap<>();
        if (!minInsyncReplicas.get().isBlank()) {
            config.put(MIN_INSYNC_REPLICAS, Integer.toString(Numbers.parse(minInsyncReplicas.get())));
        }
        switch (unclean.get()) {
            case ENABLE -> config.put(UNCLEAN_LEADER_ELECTION, "true");
            case DISABLE -> config.put(UNCLEAN_LEADER_ELECTION, "false");
            case DEFAULT -> config.put(UNCLEAN_LEADER_ELECTION, null);
            default -> { }
        }
        config.putAll(givenLogConfigs());
        return new Command.AlterConfig(topic.get(), null, config);
    }

    public List<String> topicNames() {
        return topics.stream().map(TopicInfo::name).toList();
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty minInsyncReplicasProperty() {
        return minInsyncReplicas;
    }

    /** The field of one of {@link #LOG_CONFIGS}: empty leaves it, {@value #DEFAULT_WORD} removes the override. */
    public StringProperty logConfigProperty(String name) {
        StringProperty value = logConfigs.get(name);
        if (value == null) {
            throw new IllegalArgumentException("not a log config of this form: " + name);
        }
        return value;
    }

    /** What a log config's field hints when the topic's configs are not known: Kafka's default, for example {@code Kafka's default 604800000 (7 d)}. */
    public static String logConfigHint(String name) {
        String value = key(name).defaultValue();
        return "Kafka's default " + value + readable(name, value);
    }

    /**
     * What a log config's field hints for the chosen topic: its value now, and whether that is
     * Kafka's default, for example {@code now 180000 (3 min)}; Kafka's default when not known.
     */
    static String logConfigHint(String name, TopicInfo chosen) {
        String value = chosen == null ? null : chosen.configs().get(name);
        if (value == null) {
            return logConfigHint(name);
        }
        return "now " + value + readable(name, value)
                + (value.equals(key(name).defaultValue()) ? " · Kafka's default" : "");
    }

    private static ConfigKey key(String name) {
        ConfigKey key = KafkaConfigs.TOPIC.keys().get(name);
        if (key == null) {
            throw new IllegalArgumentException("not a topic config: " + name);
        }
        return key;
    }

    /** A value made readable, for example {@code " (7 d)"}, or nothing. */
    private static String readable(String name, String value) {
        String readable = "";
        if (name.endsWith(".ms")) {
            readable = readableMs(Long.parseLong(value));
        } else if (name.endsWith(".bytes")) {
            readable = readableBytes(Long.parseLong(value));
        } else if (!key(name).allowed().isEmpty()) {
            readable = "modelled: " + String.join(", ", key(name).allowed());
        }
        return readable.isEmpty() ? "" : " (" + readable + ")";
    }

    private static String readableMs(long ms) {
        if (ms < 0) {
            return "no time limit";
        }
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] names = {"d", "h", "min", "s"};
        for (int i = 0; i < units.length; i++) {
            if (ms >= units[i] && ms % units[i] == 0) {
                return ms / units[i] + " " + names[i];
            }
        }
        return ms + " ms";
    }

    private static String readableBytes(long bytes) {
        if (bytes < 0) {
            return "no size limit";
        }
        long[] units = {1L << 30, 1L << 20, 1L << 10};
        String[] names = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= units[i] && bytes % units[i] == 0) {
                return bytes / units[i] + " " + names[i];
            }
        }
        return bytes + " B";
    }

    public ObjectProperty<Unclean> uncleanProperty() {
        return unclean;
    }

    /** The first thing wrong with the form, or "" when it can be submitted. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the field of a log config (one of LOG_CONFIGS) hints: the chosen topic's value, or Kafka's default. */
    public ReadOnlyStringProperty logConfigHintProperty(String name) {
        return logConfigHints.get(name).getReadOnlyProperty();
    }

    /** The chosen topic's current effective min.insync.replicas, as a hint. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
