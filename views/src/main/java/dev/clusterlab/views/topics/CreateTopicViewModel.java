package dev.clusterlab.views.topics;

import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.fault.Command;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create-topic dialog: name, partitions, replication factor and topic configs (one
 * {@code name=value} per line). What the dialog can know is checked as the user types (Kafka's
 * name rules, numbers at least 1, config names and values from the simulation's own registry);
 * what depends on the cluster (too few brokers, an existing topic) is left to the controller,
 * which refuses with Kafka's error in the status bar.
 */
public final class CreateTopicViewModel {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty partitions = new SimpleStringProperty(this, "partitions", "3");
    private final StringProperty replicationFactor = new SimpleStringProperty(this, "replicationFactor");
    private final StringProperty configs = new SimpleStringProperty(this, "configs", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** @param defaultReplicationFactor the replication factor the form starts with */
    public CreateTopicViewModel(int defaultReplicationFactor) {
        replicationFactor.set(Integer.toString(Math.max(1, defaultReplicationFactor)));
        name.addListener((o, a, b) -> check());
        partitions.addListener((o, a, b) -> check());
        replicationFactor.addListener((o, a, b) -> check());
        configs.addListener((o, a, b) -> check());
        check();
    }

    private void check() {
        problem.set(firstProblem());
    }

    private String firstProblem() {
        String p = TopicNames.problem(name.get().trim());
        if (p == null) {
            p = Numbers.problem("Partitions", partitions.get(), 1);
        }
        if (p == null) {
            p = Numbers.problem("Replication factor", replicationFactor.get(), 1);
        }
        if (p == null) {
            p = TopicConfigText.problem(configs.get());
        }
        return p == null ? "" : p;
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /** The command to submit; only when valid. */
    public Command.CreateTopic command() {
        if (!isValid()) {
            throw new IllegalStateException(problem.get());
        }
        return new Command.CreateTopic(name.get().trim(), Numbers.parse(partitions.get()),
                Numbers.parse(replicationFactor.get()), TopicConfigText.parse(configs.get()), null);
    }

    /** The config names the simulation models for topics, for the form's hint. */
    public static List<String> supportedConfigs() {
        return List.copyOf(KafkaConfigs.TOPIC.keys().keySet());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty partitionsProperty() {
        return partitions;
    }

    public StringProperty replicationFactorProperty() {
        return replicationFactor;
    }

    public StringProperty configsProperty() {
        return configs;
    }

    /** The first thing wrong with the form, or "" when it can be submitted. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Topic configs typed as {@code name=value} lines. */
    static final class TopicConfigText {
        private TopicConfigText() {
        }

        static String problem(String text) {
            Map<String, String> values = new TreeMap<>();
            List<String> lines = text == null ? List.of() : text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    return "Config line " + (i + 1) + ": expected name=value, not \"" + line + "\"";
                }
                String key = line.substring(0, eq).trim();
                if (values.put(key, line.substring(eq + 1).trim()) != null) {
                    return "Config " + key + " is given twice";
                }
            }
            List<String> errors = KafkaConfigs.TOPIC.validate(values);
            return errors.isEmpty() ? null : errors.get(0);
        }

        static Map<String, String> parse(String text) {
            Map<String, String> values = new TreeMap<>();
            for (String raw : text.lines().toList()) {
                String line = raw.trim();
                if (!line.isEmpty()) {
                    int eq = line.indexOf('=');
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return values;
        }
    }
}
