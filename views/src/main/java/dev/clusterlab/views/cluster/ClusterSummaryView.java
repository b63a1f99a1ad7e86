package dev.clusterlab.views.cluster;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** The cluster summary line; turns to the warning style when the engine stopped. */
public final class ClusterSummaryView extends Label {
    public static final String ID = "cluster-summary";
    private static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");

    public ClusterSummaryView(ClusterSummaryViewModel model) {
        setId(ID);
        getStyleClass().add("cluster-summary");
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(model.summaryProperty());
        model.engineStoppedProperty().addListener((obs, was, stopped) -> pseudoClassStateChanged(STOPPED, stopped));
    }
}
