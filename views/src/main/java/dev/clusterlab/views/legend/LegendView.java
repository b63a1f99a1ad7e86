package dev.clusterlab.views.legend;

import dev.clusterlab.views.cluster.LinkLine;
import dev.clusterlab.views.cluster.MessageKind;
import dev.clusterlab.views.partitions.PartitionState;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

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
        links();
    }

    /** The cluster view's canvas colours, read from the very enums it draws with. */
    private void links() {
        getChildren().add(heading("Links:"));
        for (LinkLine.Look look : LinkLine.Look.values()) {
            Line line = new Line(0, 0, 18, 0);
            line.setStroke(Color.web(look.colour()));
            line.getStyleClass().add("legend-line");
            if (look.dashed()) {
                line.getStrokeDashArray().addAll(5.0, 3.0);
            }
            Label label = new Label(look == LinkLine.Look.CUT_ONE_WAY ? "one-way cut (arrow: the lost way)"
                    : look.label(), line);
            label.getStyleClass().add("legend-item");
            getChildren().add(label);
        }
        getChildren().add(heading("Messages:"));
        for (MessageKind kind : MessageKind.values()) {
            Label label = new Label(kind.label(), new Circle(4.5, Color.web(kind.colour())));
            label.getStyleClass().add("legend-item");
            getChildren().add(label);
        }
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
