package dev.clusterlab.views.replicalog;

import dev.clusterlab.protocol.TopicPartition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The watched partition's replica logs side by side: a column per replica, a row per offset
 * (newest at the bottom), each record coloured by its leader epoch, with each replica's log end
 * offset and high watermark marked; records lost by a truncation fade away struck out. Drawn on
 * one Canvas, and only when the model changed, the view scrolled or something is fading. It
 * follows the end of the logs until the user scrolls up (End follows again).
 */
public final class ReplicaLogView extends VBox {
    public static final String CANVAS_ID = "replica-log-canvas";
    public static final String CHOOSER_ID = "replica-log-partition";
    /** On the truncation line when the latest was retention deleting segments: not a loss, not red. */
    private static final PseudoClass DELETED = PseudoClass.getPseudoClass("deleted");

    private final ReplicaLogViewModel model;
    private final ReplicaLogCanvas canvas = new ReplicaLogCanvas();
    private final ScrollBar scroll = new ScrollBar();
    private final FlowPane legend = new FlowPane();
    private final Map<String, Color> colors = new HashMap<>();
    private List<Integer> legendEpochs = List.of();
    private boolean following = true;
    /** The offset in the top row while not following: it stays there as the window moves on. */
    private long topOffset;
    private boolean settingScroll;
    private final AnimationTimer fading = new AnimationTimer() {
        @Override
        public void handle(long now) {
            redraw();
            if (!model.isFading()) {
                stop();
                redraw(); // the last faded records gone
            }
        }
    };

    public ReplicaLogView(ReplicaLogViewModel model) {
        this.model = model;
        getStyleClass().add("replica-log-view");

        Label title = new Label("Replica logs");
        title.getStyleClass().add("section-title");
        ComboBox<TopicPartition> chooser = new ComboBox<>(model.partitions());
        chooser.setId(CHOOSER_ID);
        chooser.setPromptText("Partition");
        chooser.setValue(model.partitionProperty().get());
        // A null value (the items were emptied by a restart) does not unselect the partition.
        chooser.valueProperty().addListener((o, old, tp) -> {
            if (tp != null) {
                model.partitionProperty().set(tp);
            }
        });
        model.partitionProperty().addListener((o, old, tp) -> {
            chooser.setValue(tp);
            following = true; // another partition: start at its end
        });
        model.partitions().addListener((javafx.collections.ListChangeListener<TopicPartition>) change -> {
            if (chooser.getValue() == null) {
                chooser.setValue(model.partitionProperty().get()); // back after a restart emptied the list
            }
        });
        Label summary = new Label();
        summary.getStyleClass().add("section-summary");
        HBox header = new HBox(10, title, chooser, summary);
        header.setAlignment(Pos.CENTER_LEFT);

        Label truncation = new Label();
        truncation.getStyleClass().add("replica-log-truncation");
        truncation.textProperty().bind(model.lastTruncationProperty());
        model.lastTruncationDeletedProperty().addListener((o, was, deleted) ->
                truncation.pseudoClassStateChanged(DELETED, deleted));
        truncation.visibleProperty().bind(truncation.textProperty().isNotEmpty());
        truncation.managedProperty().bind(truncation.visibleProperty());

        legend.getStyleClass().add("legend");

        Pane holder = new Pane(canvas);
        holder.setId(CANVAS_ID);
        holder.getStyleClass().add("replica-log-canvas");
        holder.setFocusTraversable(true);
        holder.setMinSize(0, 0);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> redraw());
        canvas.heightProperty().addListener((o, a, b) -> {
            updateScroll();
            redraw();
        });
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.valueProperty().addListener((o, a, b) -> {
            if (!settingScroll) {
                following = scroll.getValue() >= scroll.getMax() - 0.5;
                topOffset = model.modelProperty().get().firstOffset() + (long) scroll.getValue();
            }
            redraw();
        });
        holder.addEventHandler(ScrollEvent.SCROLL, e -> scrollBy(-Math.signum(e.getDeltaY()) * 3));
        holder.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        holder.setOnMouseClicked(e -> holder.requestFocus());
        HBox body = new HBox(holder, scroll);
        HBox.setHgrow(holder, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);

        summary.textProperty().bind(model.modelProperty().map(ReplicaLogModel::summary));
        model.modelProperty().addListener((o, old, m) -> {
            updateLegend(m);
            updateScroll();
            redraw();
            if (model.isFading()) {
                fading.start();
            }
        });
        updateLegend(model.modelProperty().get());
        getChildren().addAll(header, truncation, legend, body);
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> scrollBy(-1);
            case DOWN -> scrollBy(1);
            case PAGE_UP -> scrollBy(-canvas.visibleRows());
            case PAGE_DOWN -> scrollBy(canvas.visibleRows());
            case HOME -> scroll.setValue(0);
            case END -> scroll.setValue(scroll.getMax());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void scrollBy(double rows) {
        scroll.setValue(Math.max(0, Math.min(scroll.getMax(), Math.round(scroll.getValue() + rows))));
    }

    /** The scroll range follows the rows; while following, the view stays at the end. */
    private void updateScroll() {
        ReplicaLogModel m = model.modelProperty().get();
        double max = Math.max(0, m.rowCount() - canvas.visibleRows());
        settingScroll = true;
        scroll.setMax(max);
        scroll.setVisibleAmount(Math.max(1, canvas.visibleRows()));
        scroll.setBlockIncrement(Math.max(1, canvas.visibleRows() - 1));
        scroll.setValue(following ? max : Math.max(0, Math.min(topOffset - m.firstOffset(), max)));
        settingScroll = false;
    }

    private void updateLegend(ReplicaLogModel m) {
        if (m.legendEpochs().equals(legendEpochs) && !legend.getChildren().isEmpty()) {
            return;
        }
        legendEpochs = m.legendEpochs();
        legend.getChildren().clear();
        legend.getChildren().add(heading("Leader epochs:"));
        for (int epoch : legendEpochs) {
            Rectangle swatch = new Rectangle(12, 12, color(EpochPalette.colorOf(epoch)));
            swatch.setStroke(ReplicaLogCanvas.GRID);
            Label item = new Label("epoch " + epoch, swatch);
            item.getStyleClass().add("legend-item");
            legend.getChildren().add(item);
        }
        legend.getChildren().add(heading("Markers:"));
        legend.getChildren().add(marker("LEO: log end offset (the next record goes here)", ReplicaLogCanvas.LEO_COLOR));
        legend.getChildren().add(marker("HW: high watermark (committed below)", ReplicaLogCanvas.HW_COLOR));
        legend.getChildren().add(marker("log start: log start offset (deleted below)", ReplicaLogCanvas.START_COLOR));
        legend.getChildren().add(marker("segment: where a segment starts (active: appends go there)",
                ReplicaLogCanvas.SEGMENT_COLOR));
        Label lost = new Label("struck out: lost (truncation, power failure, wiped disk) or deleted (retention)");
        lost.getStyleClass().addAll("legend-item", "replica-log-lost");
        legend.getChildren().add(lost);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-heading");
        return label;
    }

    private static Label marker(String text, Color color) {
        Rectangle line = new Rectangle(14, 3, color);
        Label label = new Label(text, line);
        label.getStyleClass().add("legend-item");
        return label;
    }

    private Color color(String web) {
        return colors.computeIfAbsent(web, Color::web);
    }

    private void redraw() {
        canvas.draw(model.modelProperty().get(), (long) scroll.getValue(), model.fading(), this::color);
    }
}
