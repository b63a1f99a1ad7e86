package dev.clusterlab.views.status;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bottom of the window: one line of facts (a fact turns to the alert style when it is bad
 * news), and below it the latest notice (a refused command, where a step stopped) when there is one.
 */
public final class StatusBarView extends VBox {
    public static final String INVARIANTS_ID = "status-invariants";
    public static final String NOTICE_ID = "status-notice";
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    public StatusBarView(StatusBarViewModel model) {
        getStyleClass().add("status-bar");
        Label invariants = item(model.invariantsProperty(), model.invariantViolatedProperty());
        invariants.setId(INVARIANTS_ID);
        shrinkable(invariants);
        HBox.setHgrow(invariants, Priority.ALWAYS);
        invariants.setMaxWidth(Double.MAX_VALUE);
        Label notice = item(model.noticeProperty(), model.noticeIsRefusalProperty());
        notice.setId(NOTICE_ID);
        shrinkable(notice);
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        HBox facts = new HBox(item(model.controllerProperty(), null), item(model.brokersProperty(), null),
                item(model.offlinePartitionsProperty(), model.partitionsOfflineProperty()),
                item(model.recordsProperty(), model.recordsLostProperty()), invariants);
        facts.getStyleClass().add("status-facts");
        getChildren().addAll(facts, notice);
    }

    /** A long text (a violated invariant, a stepping result) gives way first; its tooltip holds all of it. */
    private static void shrinkable(Label label) {
        label.setMinWidth(0);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        label.setTooltip(tip);
    }

    private static Label item(ReadOnlyStringProperty text, ReadOnlyBooleanProperty alert) {
        Label label = new Label();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("status-item");
        label.textProperty().bind(text);
        if (alert != null) {
            alert.addListener((obs, was, now) -> label.pseudoClassStateChanged(ALERT, now));
        }
        return label;
    }
}
