package dev.clusterlab.views.partitions;

import dev.clusterlab.views.fx.Visibility;
import dev.clusterlab.views.partitions.PartitionMatrixViewModel.VisibleRows;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Partitions × brokers on one Canvas: each cell shows whether the broker leads the partition, is
 * an in-sync follower, an out-of-sync follower or an ELR member; offline partitions are tinted and
 * the header shades a broker that is down. The canvas is only as big as the viewport and draws
 * only the visible rows, at most once per pulse and only when the data, the selection, the
 * scroll position or the size changed: thousands of partitions cost no more per frame than a
 * screenful. The colours come from the legend's swatches (CSS), so legend and matrix agree.
 * Click a row, or move with Up/Down/Page Up/Page Down/Home/End when focused, to select a
 * partition; hover for its leader and ISR.
 */
public final class PartitionMatrixView extends VBox {
    public static final String ID = "partition-matrix";
    public static final String SURFACE_ID = "partition-matrix-surface";
    public static final double ROW_HEIGHT = 18;
    public static final double HEADER_HEIGHT = 24;
    public static final double NAME_WIDTH = 140;
    static final double MIN_COLUMN_WIDTH = 18;
    static final double MAX_COLUMN_WIDTH = 34;
    private static final double MARK_SIZE = 11;
    private static final Font FONT = Font.font("System", 12);

    private final PartitionMatrixViewModel model;
    private final Label title = new Label("Partition matrix");
    private final Canvas canvas = new Canvas();
    private final Surface surface = new Surface(); // after canvas, which it holds
    private final ScrollBar scrollBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final Map<ReplicaRole, Region> roleSwatches = new EnumMap<>(ReplicaRole.class);
    private final Map<PartitionState, Label> stateLabels = new EnumMap<>(PartitionState.class);
    private final Region brokerDownSwatch = swatch("matrix-broker-down");
    private final Region offlineSwatch = swatch("matrix-offline-row");
    private final Region selectedSwatch = swatch("matrix-selected");
    private final double[] diamondX = new double[4];
    private final double[] diamondY = new double[4];
    private final Runnable pulseListener = this::drawIfDirty;
    private boolean dirty = true;
    private long draws;
    private int hoverRow = -2;
    private int hoverColumn = -2;

    public PartitionMatrixView(PartitionMatrixViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("partition-matrix-view");
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.getStyleClass().add("section-summary");
        summary.textProperty().bind(model.summaryProperty());

        surface.setId(SURFACE_ID);
        surface.getStyleClass().add("matrix-surface");
        surface.setFocusTraversable(true);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setUnitIncrement(ROW_HEIGHT);
        scrollBar.valueProperty().addListener((o, was, now) -> markDirty());
        HBox body = new HBox(surface, scrollBar);
        HBox.setHgrow(surface, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, summary, legend(), body);

        model.revisionProperty().addListener((o, was, now) -> {
            updateScrollRange();
            markDirty();
        });
        installInput();
        ChangeListener<Scene> onScene = (o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(pulseListener);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(pulseListener);
                markDirty();
            }
        };
        sceneProperty().addListener(onScene);
    }

    /** How many times the canvas was drawn: the frame benchmark checks that idle frames draw nothing. */
    public long drawCount() {
        return draws;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().addAll("legend", "matrix-legend");
        legend.getChildren().add(heading("Replicas:"));
        for (ReplicaRole role : ReplicaRole.values()) {
            if (role != ReplicaRole.NONE) {
                Region s = swatch(role.styleClass());
                roleSwatches.put(role, s);
                legend.getChildren().add(item(role.label(), s));
            }
        }
        legend.getChildren().add(item("broker down", brokerDownSwatch));
        legend.getChildren().add(item("offline partition", offlineSwatch));
        legend.getChildren().add(item("selected", selectedSwatch));
        legend.getChildren().add(heading("Names:"));
        for (PartitionState state : PartitionState.values()) {
            Label label = new Label(state.label());
            label.getStyleClass().addAll("legend-item", state.styleClass());
            stateLabels.put(state, label);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-heading");
        return label;
    }

    private static Label item(String text, Region swatch) {
        Label label = new Label(text, swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }

    private static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("matrix-swatch", styleClass);
        return r;
    }

    private void installInput() {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            surface.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getY() >= HEADER_HEIGHT) {
                int row = rowAt(e.getY());
                if (row >= 0) {
                    model.select(row);
                }
            }
            e.consume(); // or the TabPane around takes the focus (and the arrow keys) back
        });
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollTo(scrollBar.getValue() - e.getDeltaY());
            e.consume();
        });
        surface.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int page = Math.max(1, (int) (bodyHeight() / ROW_HEIGHT) - 1);
            int delta = switch (e.getCode()) {
                case UP, KP_UP -> -1;
                case DOWN, KP_DOWN -> 1;
                case PAGE_UP -> -page;
                case PAGE_DOWN -> page;
                case HOME -> -model.rowCount();
                case END -> model.rowCount();
                default -> 0;
            };
            if (delta != 0) {
                model.moveSelection(delta);
                if (model.selectedRow() >= 0) {
                    scrollTo(PartitionMatrixViewModel.scrollToShow(model.selectedRow(), ROW_HEIGHT,
                            scrollBar.getValue(), bodyHeight()));
                }
                e.consume();
            }
        });
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setText("Click a row to select its partition");
        Tooltip.install(surface, tooltip);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
    }

    /** Keeps the tooltip on what is under the pointer; text is rebuilt only when the cell changes. */
    private void hover(double x, double y) {
        int column = columnAt(x);
        int row = y < HEADER_HEIGHT ? -1 : rowAt(y);
        if (row == hoverRow && column == hoverColumn) {
            return;
        }
        hoverRow = row;
        hoverColumn = column;
        if (row >= 0) {
            tooltip.setText(model.tooltip(row, column));
        } else if (y < HEADER_HEIGHT && column >= 0) {
            tooltip.setText(model.brokerTooltip(column));
        } else {
            tooltip.setText("Click a row to select its partition");
        }
    }

    /** The row drawn at y (in the surface's coordinates, header included), or -1 for none. */
    public int rowAt(double y) {
        int row = (int) Math.floor((y - HEADER_HEIGHT + scrollBar.getValue()) / ROW_HEIGHT);
        return row >= 0 && row < model.rowCount() ? row : -1;
    }

    private int columnAt(double x) {
        double width = columnWidth();
        int column = (int) Math.floor((x - NAME_WIDTH) / width);
        return x >= NAME_WIDTH && column < model.columnCount() ? column : -1;
    }

    private double columnWidth() {
        int columns = Math.max(1, model.columnCount());
        return Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, (canvas.getWidth() - NAME_WIDTH) / columns));
    }

    private double bodyHeight() {
        return Math.max(0, canvas.getHeight() - HEADER_HEIGHT);
    }

    private void scrollTo(double value) {
        scrollBar.setValue(Math.max(scrollBar.getMin(), Math.min(scrollBar.getMax(), value)));
    }

    private void updateScrollRange() {
        double content = model.rowCount() * ROW_HEIGHT;
        double viewport = bodyHeight();
        double max = Math.max(0, content - viewport);
        scrollBar.setMax(max);
        scrollBar.setVisibleAmount(content <= 0 ? 0 : max * viewport / content);
        scrollBar.setBlockIncrement(Math.max(ROW_HEIGHT, viewport - ROW_HEIGHT));
        scrollBar.setDisable(max == 0);
        if (scrollBar.getValue() > max) {
            scrollBar.setValue(max);
        }
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /** Before each pulse's layout: draw once if anything changed and the matrix can be seen (its tab shown). */
    private void drawIfDirty() {
        if (dirty && canvas.getWidth() > 0 && Visibility.showing(this)) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height); // a full clear also drops the canvas's queued commands
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        int columns = model.columnCount();
        double columnWidth = columnWidth();
        Paint down = fill(brokerDownSwatch, Color.rgb(207, 34, 46, 0.25));
        for (int c = 0; c < columns; c++) {
            if (model.brokerDown(c)) {
                g.setFill(down);
                g.fillRect(NAME_WIDTH + c * columnWidth, 0, columnWidth, height);
            }
        }
        drawRows(g, width, columnWidth);
        drawHeader(g, width, columnWidth, down);
    }

    private void drawRows(GraphicsContext g, double width, double columnWidth) {
        double scrollY = scrollBar.getValue();
        VisibleRows visible = PartitionMatrixViewModel.visibleRows(model.rowCount(), ROW_HEIGHT, scrollY,
                bodyHeight());
        Paint offline = fill(offlineSwatch, Color.rgb(255, 235, 233));
        Paint selected = fill(selectedSwatch, Color.rgb(221, 244, 255));
        int columns = model.columnCount();
        g.setTextAlign(TextAlignment.LEFT);
        for (int row = visible.first(); row < visible.end(); row++) {
            double y = HEADER_HEIGHT + row * ROW_HEIGHT - scrollY;
            PartitionState state = model.state(row);
            if (row == model.selectedRow() || state == PartitionState.OFFLINE) {
                g.setFill(row == model.selectedRow() ? selected : offline);
                g.fillRect(0, y, width, ROW_HEIGHT);
            }
            g.setFill(state == PartitionState.HEALTHY ? title.getTextFill() : stateLabels.get(state).getTextFill());
            g.fillText(model.name(row), 6, y + ROW_HEIGHT / 2, NAME_WIDTH - 10);
            double cy = y + ROW_HEIGHT / 2;
            for (int c = 0; c < columns; c++) {
                ReplicaRole role = model.cell(row, c);
                if (role != ReplicaRole.NONE) {
                    drawMark(g, role, NAME_WIDTH + (c + 0.5) * columnWidth, cy);
                }
            }
        }
    }

    /** The same shapes as the legend's swatches: square, disc, ring, diamond. */
    private void drawMark(GraphicsContext g, ReplicaRole role, double cx, double cy) {
        Paint paint = fill(roleSwatches.get(role), Color.GRAY);
        double h = MARK_SIZE / 2;
        switch (role) {
            case LEADER -> {
                g.setFill(paint);
                g.fillRoundRect(cx - h, cy - h, MARK_SIZE, MARK_SIZE, 3, 3);
            }
            case IN_SYNC -> {
                g.setFill(paint);
                g.fillOval(cx - h, cy - h, MARK_SIZE, MARK_SIZE);
            }
            case OUT_OF_SYNC -> {
                g.setStroke(paint);
                g.setLineWidth(2);
                g.strokeOval(cx - h + 1, cy - h + 1, MARK_SIZE - 2, MARK_SIZE - 2);
            }
            case ELR -> {
                diamondX[0] = cx;
                diamondY[0] = cy - h - 1;
                diamondX[1] = cx + h + 1;
                diamondY[1] = cy;
                diamondX[2] = cx;
                diamondY[2] = cy + h + 1;
                diamondX[3] = cx - h - 1;
                diamondY[3] = cy;
                g.setFill(paint);
                g.fillPolygon(diamondX, diamondY, 4);
            }
            default -> { }
        }
    }

    private void drawHeader(GraphicsContext g, double width, double columnWidth, Paint down) {
        g.setFill(surface.getBackground() != null && !surface.getBackground().getFills().isEmpty()
                ? surface.getBackground().getFills().get(0).getFill() : Color.WHITE);
        g.fillRect(0, 0, width, HEADER_HEIGHT);
        g.setFill(title.getTextFill());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("partition \\ broker", 6, HEADER_HEIGHT / 2, NAME_WIDTH - 10);
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < model.columnCount(); c++) {
            double x = NAME_WIDTH + c * columnWidth;
            if (model.brokerDown(c)) {
                g.setFill(down);
                g.fillRect(x, 0, columnWidth, HEADER_HEIGHT);
            }
            g.setFill(title.getTextFill());
            g.fillText(Integer.toString(model.brokerId(c)), x + columnWidth / 2, HEADER_HEIGHT / 2, columnWidth);
        }
        g.setStroke(Color.gray(0.8));
        g.setLineWidth(1);
        g.strokeLine(0, HEADER_HEIGHT - 0.5, width, HEADER_HEIGHT - 0.5);
    }

    /** The first background colour CSS gave a swatch, or fallback before CSS has run. */
    private static Paint fill(Region swatch, Paint fallback) {
        var background = swatch.getBackground();
        return background == null || background.getFills().isEmpty() ? fallback
                : background.getFills().get(0).getFill();
    }

    /** Holds the canvas at exactly the viewport's size (inside the border, which shows focus): resizing redraws at once, within the layout pass. */
    private final class Surface extends Region {
        Surface() {
            getChildren().add(canvas);
        }

        @Override
        protected void layoutChildren() {
            double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
            double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
            canvas.relocate(snappedLeftInset(), snappedTopInset());
            if (w != canvas.getWidth() || h != canvas.getHeight()) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                updateScrollRange();
                dirty = true;
                drawIfDirty();
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return NAME_WIDTH + Math.max(1, model.columnCount()) * MAX_COLUMN_WIDTH;
        }

        @Override
        protected double computePrefHeight(double width) {
            return HEADER_HEIGHT + 12 * ROW_HEIGHT;
        }

        @Override
        protected double computeMinHeight(double width) {
            return HEADER_HEIGHT + ROW_HEIGHT;
        }

        @Override
        protected double computeMinWidth(double height) {
            return NAME_WIDTH + MIN_COLUMN_WIDTH;
        }
    }
}
