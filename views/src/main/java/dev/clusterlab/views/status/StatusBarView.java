package dev.clusterlab.views.status;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom line of the window; a fact turns to the alert style when it is bad news. */
public final class StatusBarView extends HBox {
    public static final String INVARIANTS_ID = "status-invariants";
    public static final String REFUSAL_ID = "status-refusal";
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    public StatusBarView(StatusBarViewModel model) {
        getStyleClass().add("status-bar");
        Label invariants = item(model.invariantsProperty(), model.invariantViolatedProperty());
        invariants.setId(INVARIANTS_ID);
        HBox.setHgrow(invariants, Priority.ALWAYS);
        invariants.setMaxWidth(Double.MAX_VALUE);
        Label refusal = item(model.refusalProperty(), null);
        refusal.setId(REFUSAL_ID);
        refusal.pseudoClassStateChanged(ALERT, true);
        getChildren().addAll(item(model.controllerProperty(), null), item(model.brokersProperty(), null),
                item(model.offlinePartitionsProperty(), model.partitionsOfflineProperty()),
                item(model.recordsProperty(), model.recordsLostProperty()), invariants, refusal);
    }

    private static Label item(ReadOnlyStringProperty text, ReadOnlyBooleanProperty alert) {
        Label label = new Label();
        label.getStyleClass().add("status-item");
        label.textProperty().bind(text);
        if (alert != null) {
            alert.addListener((obs, was, now) -> label.pseudoClassStateChanged(ALERT, now));
        }
        return label;
    }
}
