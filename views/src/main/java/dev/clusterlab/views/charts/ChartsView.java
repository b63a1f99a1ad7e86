package dev.clusterlab.views.charts;

import dev.clusterlab.views.fx.Visibility;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * The charts over simulated time, two by two: produce rate, acknowledged vs failed records per
 * second, partitions at risk, ISR size; with a choice of how much time they show (toggle buttons:
 * Tab to them, Enter to choose). Each chart is a Canvas redrawn only when new samples arrive and
 * only while the view is shown.
 */
public final class ChartsView extends VBox {
    public static final String WINDOW_BUTTON_ID_PREFIX = "chart-window-";
    public static final String SUMMARY_ID = "charts-summary";

    public ChartsView(ChartsViewModel model) {
        getStyleClass().add("charts-view");
        Label title = new Label("Charts");
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.getStyleClass().add("section-summary");
        summary.setId(SUMMARY_ID);
        summary.textProperty().bind(model.summaryProperty());
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(title, summary, grow, windowChoice(model));
        header.getStyleClass().add("charts-header");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("charts-grid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        List<ChartCanvas> canvases = new ArrayList<>();
        for (int i = 0; i < model.charts().size(); i++) {
            ChartCanvas canvas = new ChartCanvas(model, model.charts().get(i));
            canvases.add(canvas);
            grid.add(chart(model.charts().get(i), canvas), i % 2, i / 2);
        }
        // Hidden charts are not drawn; the tab pane shows and hides this view's parent.
        Visibility.whenShownOrHidden(this, () -> canvases.forEach(ChartCanvas::redraw));
        // Never squeezed below a readable height: the charts scroll (or the divider is dragged) instead.
        grid.setMinHeight(2 * ChartCanvas.MIN_HEIGHT + 90);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("charts-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
    }

    private static HBox windowChoice(ChartsViewModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("chart-windows");
        Label caption = new Label("Show the last");
        caption.getStyleClass().add("section-summary");
        buttons.getChildren().add(caption);
        for (ChartWindow w : ChartWindow.values()) {
            ToggleButton b = new ToggleButton(w.label());
            b.setId(WINDOW_BUTTON_ID_PREFIX + w.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setUserData(w);
            b.setToggleGroup(group);
            b.setSelected(model.windowProperty().get() == w);
            b.setOnKeyPressed(e -> { // Space is the window's play/pause shortcut: Enter chooses, as on a tile
                if (e.getCode() == KeyCode.ENTER) {
                    b.setSelected(true);
                    e.consume();
                }
            });
            buttons.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one window is always chosen
            } else {
                model.windowProperty().set((ChartWindow) now.getUserData());
            }
        });
        model.windowProperty().addListener((obs, old, now) -> {
            for (Toggle t : group.getToggles()) {
                t.setSelected(t.getUserData() == now);
            }
        });
        return buttons;
    }

    private static VBox chart(ChartData data, ChartCanvas canvas) {
        Label title = new Label(data.title());
        title.getStyleClass().add("chart-card-title");
        FlowPane heading = new FlowPane(title); // the legend follows the title, on the next line if narrow
        heading.getStyleClass().add("chart-card-heading");
        for (ChartSeries s : data.series()) {
            Line swatch = new Line(0, 0, 22, 0);
            swatch.setStroke(s.color().color());
            swatch.setStrokeWidth(3);
            if (s.dashed()) {
                swatch.getStrokeDashArray().setAll(6.0, 4.0);
            }
            Label item = new Label(s.name(), swatch);
            item.getStyleClass().add("series-legend-item");
            item.textProperty().bind(s.legendProperty());
            heading.getChildren().add(item);
        }
        VBox.setVgrow(canvas, Priority.ALWAYS);
        VBox box = new VBox(heading, canvas);
        box.getStyleClass().add("chart-card");
        return box;
    }
}
