package dev.clusterlab.views.replicalog;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link ReplicaLogModel}: an offset gutter on the left, then a column per replica with
 * its header (broker, role and state, leader-epoch cache) and one cell per record; only the rows
 * in view are drawn, so the cost does not grow with the window.
 */
final class ReplicaLogCanvas extends Canvas {
    static final double ROW_HEIGHT = 20;
    static final double HEADER_HEIGHT = 72;
    static final double GUTTER_WIDTH = 64;
    static final double COLUMN_GAP = 16;
    static final double MAX_COLUMN_WIDTH = 280;
    /** How far a lost record slides right while it fades. */
    static final double FADE_SLIDE = 80;
    /** The part of its fade a lost record stays in place, fully visible. */
    static final double LOST_HOLD = 0.4;
    static final Color LEO_COLOR = Color.web("#0969da");
    static final Color HW_COLOR = Color.web("#1a7f37");
    static final Color START_COLOR = Color.web("#656d76");
    static final Color LOST_COLOR = Color.web("#cf222e");
    /** Where a segment tag starts in its column: past the record's own text. */
    static final double SEGMENT_TAG_LEFT = 104;
    static final Color SEGMENT_COLOR = Color.web("#8250df");
    static final Color DELETED_COLOR = Color.web("#656d76");
    static final Color GRID = Color.web("#d0d7de");
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#656d76");
    private static final Color LEADER_BACKGROUND = Color.web("#ddf4ff");
    private static final Font CELL_FONT = Font.font("Monospaced", 11);
    private static final Font MARKER_FONT = Font.font("System", FontWeight.BOLD, 10);
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font SMALL_FONT = Font.font("System", 11);

    /** How many offset rows fit below the column headers. */
    int visibleRows() {
        return (int) Math.max(1, Math.floor((getHeight() - HEADER_HEIGHT) / ROW_HEIGHT));
    }

    @Override
    public boolean isResizable() {
        return false; // sized by its holder's bindings
    }

    void draw(ReplicaLogModel model, long topRow, List<FadingRecord> fading, Function<String, Color> colors) {
        GraphicsContext g = getGraphicsContext2D();
        g.setGlobalAlpha(1);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (model.columns().isEmpty()) {
            g.setFill(MUTED);
            g.setFont(SMALL_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(model.message(), 12, 12);
            return;
        }
        int n = model.columns().size();
        double columnWidth = Math.min(MAX_COLUMN_WIDTH, (getWidth() - GUTTER_WIDTH - COLUMN_GAP * n) / n);
        long first = model.firstOffset() + topRow;
        long last = Math.min(model.endOffset(), first + visibleRows()) - 1;
        drawGutter(g, first, last, model.firstOffset());
        for (int i = 0; i < n; i++) {
            ReplicaColumn c = model.columns().get(i);
            double x = GUTTER_WIDTH + i * (columnWidth + COLUMN_GAP);
            g.setGlobalAlpha(c.online() ? 1 : 0.45);
            drawHeader(g, c, x, columnWidth);
            for (long o = first; o <= last; o++) {
                RecordCell cell = c.cellAt(o);
                if (cell != null) {
                    drawCell(g, cell, x, y(o, first), columnWidth, colors);
                }
            }
            for (FadingRecord f : fading) {
                long o = f.cell().offset();
                if (f.brokerId() == c.brokerId() && o >= first && o <= last) {
                    drawLost(g, f, x, y(o, first), columnWidth, colors);
                }
            }
            g.setGlobalAlpha(c.online() ? 1 : 0.45);
            drawMarkers(g, c, x, columnWidth, first, last + 1);
        }
        g.setGlobalAlpha(1);
    }

    private static double y(long offset, long firstShown) {
        return HEADER_HEIGHT + (offset - firstShown) * ROW_HEIGHT;
    }

    private void drawGutter(GraphicsContext g, long first, long last, long windowStart) {
        g.setFont(CELL_FONT);
        g.setFill(MUTED);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("offset", GUTTER_WIDTH - 10, HEADER_HEIGHT - 10);
        for (long o = first; o <= last; o++) {
            g.fillText(Long.toString(o), GUTTER_WIDTH - 10, y(o, first) + ROW_HEIGHT / 2);
        }
        if (first > windowStart) {
            g.fillText("▲", GUTTER_WIDTH - 50, HEADER_HEIGHT + ROW_HEIGHT / 2);
        }
    }

    private static void drawHeader(GraphicsContext g, ReplicaColumn c, double x, double w) {
        if (c.leader()) {
            g.setFill(LEADER_BACKGROUND);
            g.fillRoundRect(x, 2, w, HEADER_HEIGHT - 6, 6, 6);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(TITLE_FONT);
        g.setFill(c.leader() ? LEO_COLOR : TEXT);
        g.fillText(c.title() + (c.leader() ? "  ★" : ""), x + 6, 5, w - 12);
        g.setFont(SMALL_FONT);
        g.setFill(c.online() && (c.leader() || c.inIsr()) ? MUTED : LOST_COLOR);
        g.fillText(c.status(), x + 6, 22, w - 12);
        g.setFill(MUTED);
        g.fillText("epochs " + c.epochs(), x + 6, 37, w - 12);
        g.fillText(c.segments(), x + 6, 52, w - 12);
    }

    private static void drawCell(GraphicsContext g, RecordCell cell, double x, double y, double w,
                                 Function<String, Color> colors) {
        g.setFill(colors.apply(cell.color()));
        g.fillRect(x, y, w, ROW_HEIGHT - 1);
        if (cell.batchStart()) {
            g.setStroke(TEXT);
            g.setLineWidth(1);
            g.strokeLine(x, y + 0.5, x + w, y + 0.5);
        }
        g.setFill(TEXT);
        g.setFont(CELL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(cell.label(), x + 6, y + ROW_HEIGHT / 2, w - 60);
    }

    /**
     * A lost record: first it stays in place, opaque, struck out and outlined in red (over whatever
     * already took its offset); then it slides right and fades, uncovering its successor. One
     * deleted by retention goes the same way in grey, tagged "deleted".
     */
    private static void drawLost(GraphicsContext g, FadingRecord f, double x, double y, double w,
                                 Function<String, Color> colors) {
        double leaving = Math.max(0, (f.progress() - LOST_HOLD) / (1 - LOST_HOLD));
        double alpha = g.getGlobalAlpha();
        g.setGlobalAlpha(alpha * (1 - leaving));
        double dx = x + FADE_SLIDE * leaving;
        drawCell(g, f.cell(), dx, y, w, colors);
        Color color = f.deleted() ? DELETED_COLOR : LOST_COLOR;
        g.setStroke(color);
        g.setLineWidth(2);
        g.strokeRect(dx + 1, y + 1, w - 2, ROW_HEIGHT - 3);
        g.strokeLine(dx + 4, y + ROW_HEIGHT / 2, dx + w - 50, y + ROW_HEIGHT / 2);
        g.setFill(color);
        g.setFont(MARKER_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(f.deleted() ? "deleted" : "lost", dx + w - 8, y + ROW_HEIGHT / 2);
        g.setGlobalAlpha(alpha);
    }

    /**
     * The lines first, then their tags (a high watermark at the log end offset gets its tag beside LEO's);
     * segment boundaries are drawn under the others, with their tags at the left.
     */
    private static void drawMarkers(GraphicsContext g, ReplicaColumn c, double x, double w, long first, long end) {
        for (Marker m : c.markers()) {
            if ((m.kind() == Marker.Kind.SEGMENT || m.kind() == Marker.Kind.ACTIVE_SEGMENT)
                    && m.offset() >= first && m.offset() <= end) {
                drawLine(g, m, SEGMENT_COLOR, x, w, first, m.kind() == Marker.Kind.SEGMENT);
                double tagWidth = 7 * m.label().length() + 6;
                // right of the cell's label text when the column is wide enough, so the record stays readable
                drawTag(g, m, SEGMENT_COLOR, first, x + Math.max(4, Math.min(SEGMENT_TAG_LEFT, w - tagWidth - 4))
                        + tagWidth);
            }
        }
        Marker leo = c.marker(Marker.Kind.LOG_END_OFFSET);
        Marker hw = c.marker(Marker.Kind.HIGH_WATERMARK);
        Marker start = c.marker(Marker.Kind.LOG_START_OFFSET);
        boolean showLeo = leo != null && leo.offset() >= first && leo.offset() <= end;
        boolean showHw = hw != null && hw.offset() >= first && hw.offset() <= end;
        boolean showStart = start != null && start.offset() >= first && start.offset() <= end;
        if (showStart) {
            drawLine(g, start, START_COLOR, x, w, first, true);
        }
        if (showHw) {
            drawLine(g, hw, HW_COLOR, x, w, first, true);
        }
        if (showLeo) {
            drawLine(g, leo, LEO_COLOR, x, w, first, false);
        }
        double right = x + w - 4;
        double leoTagLeft = showLeo ? drawTag(g, leo, LEO_COLOR, first, right) : right;
        if (showHw) {
            drawTag(g, hw, HW_COLOR, first, showLeo && leo.offset() == hw.offset() ? leoTagLeft : right);
        }
        if (showStart) {
            drawTag(g, start, START_COLOR, first, right);
        }
    }

    private static void drawLine(GraphicsContext g, Marker m, Color color, double x, double w, long first,
                                 boolean dashed) {
        double y = y(m.offset(), first);
        g.setStroke(color);
        g.setLineWidth(2.5);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
        g.strokeLine(x - 4, y, x + w + 4, y);
        g.setLineDashes(null);
    }

    /** The marker's tag, right-aligned at labelRight on its line; returns the tag's left edge. */
    private static double drawTag(GraphicsContext g, Marker m, Color color, long first, double labelRight) {
        double y = y(m.offset(), first);
        g.setFont(MARKER_FONT);
        String text = m.label();
        double tagWidth = 7 * text.length() + 6;
        double left = labelRight - tagWidth;
        g.setFill(color);
        g.fillRoundRect(left, y - 7, tagWidth, 14, 6, 6);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left + tagWidth / 2, y);
        return left - 4;
    }
}
