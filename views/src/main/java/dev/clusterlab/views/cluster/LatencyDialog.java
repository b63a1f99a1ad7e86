package dev.clusterlab.views.cluster;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Asks for a latency in milliseconds; OK stays disabled, with the reason shown, until the text is one. */
final class LatencyDialog {
    static final String FIELD_ID = "latency-ms";

    private LatencyDialog() {
    }

    static Optional<String> ask(Node owner, String title) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title.replace("…", "") + " (both directions)");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        TextField field = new TextField("200");
        field.setId(FIELD_ID);
        field.setPromptText("latency in ms");
        Label problem = new Label();
        problem.getStyleClass().add("latency-problem");
        dialog.getDialogPane().setContent(new VBox(6, new Label("Latency (ms), 0 to " + LatencyAction.MAX_LATENCY_MS
                + "; Heal network puts every link back to the default"), field, problem));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        field.textProperty().addListener((obs, old, text) -> {
            String why = LatencyAction.problemWith(text);
            problem.setText(why == null ? "" : why);
            ok.setDisable(why != null);
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.selectAll(); // typing replaces the suggestion
        });
        return dialog.showAndWait();
    }
}
