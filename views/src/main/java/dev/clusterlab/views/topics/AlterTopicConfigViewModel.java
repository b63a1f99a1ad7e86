package dev.clusterlab.views.topics;

import dev.clusterlab.fault.Command;
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
 * The alter-topic-config dialog: a topic's {@code min.insync.replicas} and
 * {@code unclean.leader.election.enable}, sent as one IncrementalAlterConfigs
 * ({@link Command.AlterConfig}). An empty min.insync.replicas field leaves it as it is.
 */
public final class AlterTopicConfigViewModel {
    public static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";
    public static final String UNCLEAN_LEADER_ELECTION = "unclean.leader.election.enable";

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

    public AlterTopicConfigViewModel(List<TopicInfo> topics) {
        this.topics = List.copyOf(topics);
        topic.addListener((o, a, b) -> check());
        minInsyncReplicas.addListener((o, a, b) -> check());
        unclean.addListener((o, a, b) -> check());
        topic.set(topics.isEmpty() ? null : topics.get(0).name());
        check();
    }

    private void check() {
        TopicInfo chosen = topics.stream().filter(t -> t.name().equals(topic.get())).findFirst().orElse(null);
        current.set(chosen == null ? "" : MIN_INSYNC_REPLICAS + " is now " + chosen.minInsyncReplicas());
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
        if (!minIsrGiven && unclean.get() == Unclean.UNCHANGED) {
            return "Nothing to change: give " + MIN_INSYNC_REPLICAS + " or choose " + UNCLEAN_LEADER_ELECTION;
        }
        return "";
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

    public ObjectProperty<Unclean> uncleanProperty() {
        return unclean;
    }

    /** The first thing wrong with the form, or "" when it can be submitted. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The chosen topic's current effective min.insync.replicas, as a hint. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
