package dev.clusterlab.views.clients;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a producer's new rate in records/s; OK stays disabled while the text is not a valid rate. */
final class RateDialog {
    private RateDialog() {
    }

    static Optional<RateInput> ask(Window owner, String producer, String currentRate) {
        Dialog<RateInput> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Change rate");
        dialog.setHeaderText("Records per second for producer " + producer + " (setRate)");
        TextField rate = new TextField(currentRate);
        rate.setId("rate-field");
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setPrefWidth(360);
        error.setMinHeight(36); // room for the longest message, so the dialog never has to grow
        VBox content = new VBox(8, new Label("ratePerSec"), rate, error);
        content.getStyleClass().add("producer-form");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets()); // the window's theme
        Runnable check = () -> {
            RateInput input = RateInput.parse(rate.getText());
            error.setText(input.valid() ? "" : input.error());
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!input.valid());
        };
        rate.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? RateInput.parse(rate.getText()) : null);
        Platform.runLater(rate::requestFocus);
        return dialog.showAndWait().filter(RateInput::valid);
    }
}
