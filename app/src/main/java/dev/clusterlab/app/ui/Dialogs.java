package dev.clusterlab.app.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The app's message dialogs, styled like the window and owned by it. */
public final class Dialogs {
    public static final String SCENARIO_ERROR_ID = "scenario-error";
    public static final String SCENARIO_ERROR_TEXT_ID = "scenario-error-text";
    static final String NOTICE_ID = "notice";

    private Dialogs() {
    }

    /**
     * A scenario file that could not be opened: the loader's message as it is (one problem per
     * line, each with file, line:column and JSON path), selectable so it can be copied. Shown
     * without waiting: the window and the running scenario go on behind it.
     */
    public static Alert scenarioError(Window owner, Path file, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        styled(alert, owner);
        alert.setTitle("Cannot open scenario");
        alert.setHeaderText(file.getFileName() + " is not a valid scenario");
        TextArea text = new TextArea(message);
        text.setId(SCENARIO_ERROR_TEXT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.max(4, Math.min(8, (int) message.lines().count() + 2)));
        text.setPrefColumnCount(60);
        text.getStyleClass().add("scenario-error-text");
        VBox content = new VBox(8, text, new Label("The running scenario keeps running."));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(SCENARIO_ERROR_ID);
        alert.show();
        return alert;
    }

    /** A short notice (a recent file that has gone), shown without waiting. */
    static Alert notice(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        styled(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId(NOTICE_ID);
        alert.show();
        return alert;
    }

    /** Owned by the window and using its stylesheets. */
    static void styled(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
    }
}
