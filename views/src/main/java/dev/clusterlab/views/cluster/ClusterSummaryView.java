package dev.clusterlab.views.cluster;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** The line that says the engine stopped (in the warning style); hidden while the simulation runs. */
public final class ClusterSummaryView extends Label {
    public static final String ID = "cluster-summary";
    private static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");

    public ClusterSummaryView(ClusterSummaryViewModel model) {
        setId(ID);
        getStyleClass().add("cluster-summary");
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(model.summaryProperty());
        visibleProperty().bind(model.engineStoppedProperty()); // while it runs, the status bar says it all
        managedProperty().bind(visibleProperty());
        model.engineStoppedProperty().addListener((obs, was, stopped) -> pseudoClassStateChanged(STOPPED, stopped));
    }
}
