package dev.clusterlab.views.charts;

import dev.clusterlab.views.fx.Visibility;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one chart on a Canvas sized to this region: value grid and labels, the time axis, and
 * each line over the visible window. A line with more points than pixel columns is drawn as each
 * column's range (min to max), so the cost of a redraw is bounded by the width, not the points.
 * Redraws only when the model's revision or the size changes, and only while it is on screen.
 */
final class ChartCanvas extends Region {
    static final double MIN_HEIGHT = 110;
    private static final double LEFT = 58;
    private static final double RIGHT = 14;
    private static final double TOP = 8;
    private static final double BOTTOM = 24;
    private static final Color GRID = Color.web("#e4e8ec");
    private static final Color AXIS = Color.web("#d0d7de");
    private static final Color TEXT = Color.web("#656d76");
    private static final Font LABEL_FONT = Font.font(13);
    private static final double LINE_WIDTH = 2.5;
    static final double[] DASHES = {7, 5};

    private final Canvas canvas = new Canvas();
    private final ChartsViewModel model;
    private final ChartData chart;
    private long drawnRevision = -1;
    private double drawnWidth;
    private double drawnHeight;

    ChartCanvas(ChartsViewModel model, ChartData chart) {
        this.model = model;
        this.chart = chart;
        getStyleClass().add("chart-canvas");
        getChildren().add(canvas);
        setMinHeight(MIN_HEIGHT);
        setPrefHeight(160);
        model.revisionProperty().addListener((obs, old, now) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        redraw();
    }

    /** Draws the chart if it changed and is on screen; one that is hidden is drawn when shown again. */
    void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        long revision = model.revisionProperty().get();
        if (revision == drawnRevision && w == drawnWidth && h == drawnHeight || !showing()) {
            return;
        }
        drawnRevision = revision;
        drawnWidth = w;
        drawnHeight = h;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 20 || plotH < 20) {
            return;
        }
        long fromMs = model.windowStartMs();
        long toMs = model.windowEndMs();
        drawValueAxis(g, chart.scale(), w, plotH);
        drawTimeAxis(g, fromMs, toMs, plotW, plotH);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP - LINE_WIDTH, plotW, plotH + 2 * LINE_WIDTH);
        g.clip();
        for (ChartSeries s : chart.series()) {
            drawLine(g, s, fromMs, toMs, plotW, plotH);
        }
        g.restore();
    }

    /** In a scene and visible all the way up (a tab that is not selected hides its content). */
    private boolean showing() {
        return Visibility.showing(this);
    }

    private void drawValueAxis(GraphicsContext g, AxisScale scale, double w, double plotH) {
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (double v = 0; v <= scale.upper() + scale.step() / 2; v += scale.step()) {
            double y = Math.round(TOP + plotH - v / scale.upper() * plotH) + 0.5;
            g.setStroke(v == 0 ? AXIS : GRID);
            g.strokeLine(LEFT, y, w - RIGHT, y);
            g.setFill(TEXT);
            g.fillText(scale.label(v), LEFT - 8, y);
        }
    }

    private void drawTimeAxis(GraphicsContext g, long fromMs, long toMs, double plotW, double plotH) {
        int maxTicks = Math.max(2, (int) (plotW / 90));
        List<Long> ticks = TimeTicks.between(fromMs, toMs, maxTicks);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long t : ticks) {
            double x = Math.round(LEFT + (t - fromMs) / (double) (toMs - fromMs) * plotW) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(x, TOP, x, TOP + plotH);
            g.setFill(TEXT);
            g.fillText(TimeTicks.label(t), x, TOP + plotH + 5);
        }
    }

    private void drawLine(GraphicsContext g, ChartSeries s, long fromMs, long toMs, double plotW, double plotH) {
        TimeSeries points = s.points();
        int first = Math.max(0, points.indexAtOrAfter(fromMs) - 1); // the line enters from the left edge
        if (points.size() - first < 1) {
            return;
        }
        double upper = chart.scale().upper();
        double span = toMs - fromMs;
        g.setStroke(s.color().color());
        g.setLineWidth(LINE_WIDTH);
        g.setLineDashes(s.dashed() ? DASHES : null);
        g.beginPath();
        int column = Integer.MIN_VALUE;
        double min = 0;
        double max = 0;
        boolean started = false;
        for (int i = first; i < points.size(); i++) {
            double x = LEFT + (points.timeMs(i) - fromMs) / span * plotW;
            double y = TOP + plotH - points.value(i) / upper * plotH;
            int c = (int) Math.floor(x);
            if (c == column) {
                if (y < min || y > max) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                    g.lineTo(x, y); // a range in one pixel column: at most its extremes are drawn
                }
                continue;
            }
            column = c;
            min = y;
            max = y;
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
        g.setLineDashes(null);
    }
}
