package dev.clusterlab.views.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The scenario's name above its simulated clock, with seed and event count. */
public final class ClockView extends VBox {
    public static final String SCENARIO_NAME_ID = "scenario-name";
    public static final String CLOCK_ID = "sim-clock";
    public static final String DETAILS_ID = "run-details";

    public ClockView(ClockViewModel model) {
        Label name = label(SCENARIO_NAME_ID, "scenario-name");
        name.textProperty().bind(model.scenarioNameProperty());
        Label clock = label(CLOCK_ID, "sim-clock");
        clock.textProperty().bind(model.clockProperty());
        Label details = label(DETAILS_ID, "run-details");
        details.textProperty().bind(model.detailsProperty());
        getStyleClass().add("clock-view");
        getChildren().addAll(name, clock, details);
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
