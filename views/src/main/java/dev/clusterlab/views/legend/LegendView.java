package dev.clusterlab.views.legend;

import dev.clusterlab.views.partitions.PartitionState;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * What the colours mean, drawn with the very style classes the views use, so the legend cannot
 * drift from them: partition states, node states, and the active controller's outline.
 */
public final class LegendView extends FlowPane {
    public static final String ID = "legend";
    static final String[] NODE_STATES = {"RUNNING", "FENCED", "CONTROLLED_SHUTDOWN", "STOPPED", "PAUSED", "CRASHED"};

    public LegendView() {
        setId(ID);
        getStyleClass().add("legend");
        getChildren().add(heading("Partitions:"));
        for (PartitionState state : PartitionState.values()) {
            getChildren().add(swatch(state.label(), state.styleClass()));
        }
        getChildren().add(heading("Nodes:"));
        for (String state : NODE_STATES) {
            getChildren().add(swatch(state, "node-" + state.toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        Label active = new Label("active controller");
        active.getStyleClass().addAll("legend-active");
        getChildren().add(active);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-heading");
        return label;
    }

    private static Label swatch(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("legend-item", styleClass);
        return label;
    }
}
