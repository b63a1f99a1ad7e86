package dev.clusterlab.views.topics;

import dev.clusterlab.fault.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A dialog that only picks a topic and submits one command for it: the preferred leader election
 * (which may also run for every topic) and the topic deletion.
 */
public final class TopicChoiceViewModel {
    /** The choice that means every topic. */
    public static final String ALL_TOPICS = "All topics";

    private final List<String> choices;
    private final Function<String, Command> command;
    private final StringProperty choice = new SimpleStringProperty(this, "choice");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private TopicChoiceViewModel(List<String> choices, Function<String, Command> command) {
        this.choices = List.copyOf(choices);
        this.command = command;
        choice.addListener((o, a, b) -> check());
        choice.set(choices.isEmpty() ? null : choices.get(0));
        check();
    }

    /** Preferred leader election (ElectLeaders with PREFERRED) for one topic or all of them. */
    public static TopicChoiceViewModel preferredLeaderElection(List<TopicInfo> topics) {
        List<String> choices = new ArrayList<>();
        choices.add(ALL_TOPICS);
        topics.forEach(t -> choices.add(t.name()));
        return new TopicChoiceViewModel(choices,
                c -> new Command.ElectPreferredLeaders(ALL_TOPICS.equals(c) ? null : c));
    }

    /** DeleteTopics for one topic. */
    public static TopicChoiceViewModel deleteTopic(List<TopicInfo> topics) {
        return new TopicChoiceViewModel(topics.stream().map(TopicInfo::name).toList(), Command.DeleteTopic::new);
    }

    private void check() {
        problem.set(choices.isEmpty() ? "There is no topic yet"
                : choice.get() == null || !choices.contains(choice.get()) ? "Choose a topic" : "");
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    public Command command() {
        if (!isValid()) {
            throw new IllegalStateException(problem.get());
        }
        return command.apply(choice.get());
    }

    public List<String> choices() {
        return choices;
    }

    public StringProperty choiceProperty() {
        return choice;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
