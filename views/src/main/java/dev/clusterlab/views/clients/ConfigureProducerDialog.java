package dev.clusterlab.views.clients;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
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
        // one reserved area for Kafka's refusal or the outcome, so the dialog never has to grow
        Label message = new Label();
        message.setId("configure-message");
        message.setWrapText(true);
        message.setPrefWidth(440);
        message.setMinHeight(60);
        message.setAlignment(Pos.TOP_LEFT);
        VBox content = new VBox(10, grid, message);
        content.getStyleClass().add("producer-form");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets()); // the window's theme
        Runnable check = () -> {
            form.setAcks(acks.getValue());
            form.setIdempotence(idempotence.isSelected());
            form.setKeys(keys.getText());
            form.setValueBytes(valueBytes.getText());
            List<String> problems = form.errors();
            message.setText(problems.isEmpty() ? "After the restart: " + form.outcome() : String.join("\n", problems));
            message.getStyleClass().removeAll("form-error", "form-outcome");
            message.getStyleClass().add(problems.isEmpty() ? "form-outcome" : "form-error");
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
