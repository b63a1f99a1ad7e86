package dev.clusterlab.views.topics;

import dev.clusterlab.fault.Command;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The topic dialogs. Each returns the command to submit, or nothing when cancelled; the submit
 * button stays disabled while the form has a problem, and the problem is shown in words.
 */
public final class TopicDialogs {
    public static final String PROBLEM_ID = "topic-dialog-problem";
    public static final String NAME_ID = "topic-name";
    public static final String PARTITIONS_ID = "topic-partitions";
    public static final String REPLICATION_FACTOR_ID = "topic-replication-factor";
    public static final String CONFIGS_ID = "topic-configs";
    public static final String TOPIC_ID = "topic-choice";
    public static final String MIN_ISR_ID = "topic-min-isr";
    public static final String UNCLEAN_ID = "topic-unclean";
    /** Followed by the config's name, for example {@code topic-config-retention.ms}. */
    public static final String LOG_CONFIG_ID_PREFIX = "topic-config-";

    private TopicDialogs() {
    }

    public static Dialog<Command> createTopic(Window owner, CreateTopicViewModel model) {
        TextField name = field(NAME_ID, model.nameProperty().get());
        model.nameProperty().bind(name.textProperty());
        name.setPromptText("for example payments");
        TextField partitions = field(PARTITIONS_ID, model.partitionsProperty().get());
        model.partitionsProperty().bind(partitions.textProperty());
        TextField rf = field(REPLICATION_FACTOR_ID, model.replicationFactorProperty().get());
        model.replicationFactorProperty().bind(rf.textProperty());
        TextArea configs = new TextArea(model.configsProperty().get());
        configs.setId(CONFIGS_ID);
        configs.setPrefRowCount(3);
        configs.setPromptText("name=value, one per line: " + String.join(", ", CreateTopicViewModel.supportedConfigs()));
        model.configsProperty().bind(configs.textProperty());
        GridPane form = form();
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Partitions"), partitions);
        form.addRow(2, new Label("Replication factor"), rf);
        form.addRow(3, new Label("Configs"), configs);
        return dialog(owner, "Create topic", "CreateTopics: the active controller places the replicas", "Create",
                form, name, model.problemProperty(), model::isValid, model::command);
    }

    public static Dialog<Command> alterTopicConfig(Window owner, AlterTopicConfigViewModel model) {
        ComboBox<String> topic = new ComboBox<>(FXCollections.observableArrayList(model.topicNames()));
        topic.setId(TOPIC_ID);
        topic.setValue(model.topicProperty().get());
        model.topicProperty().bind(topic.valueProperty());
        TextField minIsr = field(MIN_ISR_ID, model.minInsyncReplicasProperty().get());
        minIsr.setPromptText("unchanged");
        model.minInsyncReplicasProperty().bind(minIsr.textProperty());
        Label current = new Label();
        current.getStyleClass().add("dialog-hint");
        current.textProperty().bind(model.currentProperty());
        ChoiceBox<AlterTopicConfigViewModel.Unclean> unclean = new ChoiceBox<>(
                FXCollections.observableArrayList(AlterTopicConfigViewModel.Unclean.values()));
        unclean.setId(UNCLEAN_ID);
        unclean.setValue(model.uncleanProperty().get());
        model.uncleanProperty().bind(unclean.valueProperty());
        GridPane form = form();
        form.addRow(0, new Label("Topic"), topic);
        form.addRow(1, new Label(AlterTopicConfigViewModel.MIN_INSYNC_REPLICAS), minIsr);
        form.add(current, 1, 2);
        form.addRow(3, new Label(AlterTopicConfigViewModel.UNCLEAN_LEADER_ELECTION), unclean);
        int row = 4;
        for (String name : AlterTopicConfigViewModel.LOG_CONFIGS) {
            TextField value = field(LOG_CONFIG_ID_PREFIX + name, model.logConfigProperty(name).get());
            value.setPromptText("unchanged");
            value.setTooltip(new Tooltip("Empty: unchanged · \"" + AlterTopicConfigViewModel.DEFAULT_WORD
                    + "\": remove the topic's override"));
            model.logConfigProperty(name).bind(value.textProperty());
            Label label = new Label(name);
            Label hint = new Label();
            hint.textProperty().bind(model.logConfigHintProperty(name));
            hint.getStyleClass().add("dialog-hint");
            form.addRow(row++, label, value);
            form.add(hint, 1, row++);
        }
        return dialog(owner, "Alter topic config", "IncrementalAlterConfigs on a topic", "Alter", form, minIsr,
                model.problemProperty(), model::isValid, model::command);
    }

    public static Dialog<Command> preferredLeaderElection(Window owner, TopicChoiceViewModel model) {
        return choice(owner, "Preferred leader election",
                "ElectLeaders (PREFERRED): each partition's first replica becomes leader if it is in the ISR",
                "Elect", model);
    }

    public static Dialog<Command> deleteTopic(Window owner, TopicChoiceViewModel model) {
        return choice(owner, "Delete topic", "DeleteTopics: the topic and all its records go away", "Delete", model);
    }

    private static Dialog<Command> choice(Window owner, String title, String header, String submit,
                                          TopicChoiceViewModel model) {
        ComboBox<String> topic = new ComboBox<>(FXCollections.observableArrayList(model.choices()));
        topic.setId(TOPIC_ID);
        topic.setValue(model.choiceProperty().get());
        model.choiceProperty().bind(topic.valueProperty());
        GridPane form = form();
        form.addRow(0, new Label("Topic"), topic);
        return dialog(owner, title, header, submit, form, topic, model.problemProperty(), model::isValid,
                model::command);
    }

    private static Dialog<Command> dialog(Window owner, String title, String header, String submit, GridPane form,
                                          Node firstFocus, ReadOnlyStringProperty problem, BooleanSupplier valid,
                                          Supplier<? extends Command> command) {
        Dialog<Command> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Label problemLabel = new Label();
        problemLabel.setId(PROBLEM_ID);
        problemLabel.getStyleClass().add("dialog-problem");
        problemLabel.setWrapText(true);
        problemLabel.setMaxWidth(460);
        problemLabel.setMinHeight(Region.USE_PREF_SIZE); // the whole reason, wrapped, never cut to "…"
        problemLabel.textProperty().bind(problem);
        form.add(problemLabel, 0, form.getRowCount(), 2, 1);
        ButtonType ok = new ButtonType(submit, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(button -> button == ok && valid.getAsBoolean() ? command.get() : null);
        dialog.setOnShown(e -> firstFocus.requestFocus());
        return dialog;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(20);
        return field;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        form.setHgap(8);
        form.setVgap(8);
        return form;
    }
}
