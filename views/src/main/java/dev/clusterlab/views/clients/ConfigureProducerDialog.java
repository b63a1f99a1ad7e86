package dev.clusterlab.views.clients;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a producer's acks, enable.idempotence, keys and value size, as configureProducer
 * takes them. Every change is checked at once by the form (Kafka's messages are shown), and OK
 * stays disabled while the loader would refuse the values.
 */
final class ConfigureProducerDialog {
    private ConfigureProducerDialog() {
    }

    static Optional<ProducerConfigForm> ask(Window owner, ProducerConfigForm form) {
        Dialog<ProducerConfigForm> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Configure producer");
        dialog.setHeaderText("Restart producer " + form.producer() + " with these settings (configureProducer)");
        ChoiceBox<String> acks = new ChoiceBox<>();
        acks.getItems().addAll(ProducerConfigForm.ACKS);
        acks.setValue(form.acks());
        acks.setId("acks-choice");
        CheckBox idempotence = new CheckBox("enable.idempotence");
        idempotence.setSelected(form.idempotence());
        idempotence.setId("idempotence-check");
        TextField keys = new TextField(form.keys());
        keys.setId("keys-field");
        TextField valueBytes = new TextField(form.valueBytes());
        valueBytes.setId("value-bytes-field");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("producer-form-grid");
        grid.addRow(0, new Label("acks"), acks);
        grid.addRow(1, new Label(""), idempotence);
        grid.addRow(2, new Label("keys (0: null keys)"), keys);
        grid.addRow(3, new Label("valueBytes"), valueBytes);
        Label errors = new Label();
        errors.getStyleClass().add("form-error");
        errors.setWrapText(true);
        Label outcome = new Label();
        outcome.getStyleClass().add("form-outcome");
        outcome.setWrapText(true);
        VBox content = new VBox(10, grid, errors, outcome);
        content.getStyleClass().add("producer-form");
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets()); // the window's theme
        Runnable check = () -> {
            form.setAcks(acks.getValue());
            form.setIdempotence(idempotence.isSelected());
            form.setKeys(keys.getText());
            form.setValueBytes(valueBytes.getText());
            List<String> problems = form.errors();
            errors.setText(String.join("\n", problems));
            outcome.setText(problems.isEmpty() ? "After the restart: " + form.outcome() : "");
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!problems.isEmpty());
        };
        acks.valueProperty().addListener((o, was, now) -> check.run());
        idempotence.selectedProperty().addListener((o, was, now) -> check.run());
        keys.textProperty().addListener((o, was, now) -> check.run());
        valueBytes.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? form : null);
        return dialog.showAndWait().filter(f -> f.errors().isEmpty());
    }
}
