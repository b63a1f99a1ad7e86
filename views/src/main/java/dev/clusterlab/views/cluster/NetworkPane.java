package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.LinkSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The nodes in one row with the links between them as arcs: Raft and replication links above
 * the row, broker–controller and client links below, higher the farther apart their ends. Links
 * are drawn on one canvas (redrawn only when a link or the layout changes), message dots on a
 * second one (redrawn each animation frame), both under the tiles, which stay real nodes with
 * their own ids, focus and menus.
 */
final class NetworkPane extends Region {
    static final double ARC_BAND = 60;
    static final double GAP = 6;
    static final double TILE_MAX_WIDTH = 170;
    /** Narrower, a tile's title no longer reads: many nodes scroll sideways instead. */
    static final double TILE_MIN_WIDTH = 156;
    static final double CLIENT_WIDTH = 72;
    private static final double DOT_RADIUS = 4.5;
    private static final Font LABEL_FONT = Font.font(10.5);

    private final Canvas linksCanvas = new Canvas();
    private final Canvas dotsCanvas = new Canvas();
    private final List<Region> row = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    /** Each row slot's centre x and width, left to right. */
    private final List<double[]> slots = new ArrayList<>();
    private List<LinkLine> links = List.of();
    private final Map<String, LinkCurve> curves = new HashMap<>();
    private LinkLine highlighted;
    /** The labels drawn so far this pass (x, y, w, h), so that none covers another. */
    private final List<double[]> labelBoxes = new ArrayList<>();
    private double rowTop;
    private double rowBottom;

    NetworkPane() {
        linksCanvas.setMouseTransparent(true);
        dotsCanvas.setMouseTransparent(true);
        getChildren().addAll(linksCanvas, dotsCanvas);
    }

    /** The nodes of the row, left to right, each with its node reference. */
    void setRow(List<String> refs, List<? extends Region> nodes) {
        row.clear();
        row.addAll(nodes);
        indexOf.clear();
        for (int i = 0; i < refs.size(); i++) {
            indexOf.put(refs.get(i), i);
        }
        List<Node> children = new ArrayList<>(List.of(linksCanvas, dotsCanvas));
        children.addAll(nodes);
        if (!getChildren().equals(children)) {
            getChildren().setAll(children);
        }
        requestLayout();
    }

    void setLinks(List<LinkLine> links) {
        this.links = List.copyOf(links);
        rebuildCurves();
        drawLinks();
    }

    void highlight(LinkLine link) {
        if (link != highlighted) {
            highlighted = link;
            drawLinks();
        }
    }

    /** The link drawn within a few pixels of (x, y), or null. */
    LinkLine linkAt(double x, double y) {
        LinkLine best = null;
        double bestDistance = 6;
        for (LinkLine l : links) {
            LinkCurve c = curves.get(key(l.a(), l.b()));
            if (c != null) {
                double d = c.distanceTo(x, y);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = l;
                }
            }
        }
        return best;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 2 * ARC_BAND + tileHeight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(300, Math.min(900, row.size() * (TILE_MAX_WIDTH + GAP))); // many nodes: the tiles narrow
    }

    @Override
    protected double computeMinWidth(double height) {
        int clients = 0;
        for (Region r : row) {
            clients += r.getStyleClass().contains("client-chip") ? 1 : 0;
        }
        return (row.size() - clients) * TILE_MIN_WIDTH + clients * CLIENT_WIDTH + GAP * Math.max(0, row.size() - 1);
    }

    private double tileHeight() {
        double h = 0;
        for (Region r : row) {
            h = Math.max(h, r.prefHeight(TILE_MAX_WIDTH));
        }
        return h;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double tileH = tileHeight();
        rowTop = Math.max(ARC_BAND, (height - tileH) / 2);
        rowBottom = rowTop + tileH;
        int clients = 0;
        for (Region r : row) {
            clients += r.getStyleClass().contains("client-chip") ? 1 : 0;
        }
        int tiles = row.size() - clients;
        double free = width - GAP * Math.max(0, row.size() - 1) - clients * CLIENT_WIDTH;
        double tileW = tiles == 0 ? 0 : Math.max(TILE_MIN_WIDTH, Math.min(TILE_MAX_WIDTH, free / tiles));
        double used = tiles * tileW + clients * CLIENT_WIDTH + GAP * Math.max(0, row.size() - 1);
        double x = Math.max(0, (width - used) / 2);
        slots.clear();
        for (int i = 0; i < row.size(); i++) {
            Region r = row.get(i);
            boolean client = r.getStyleClass().contains("client-chip");
            double w = client ? CLIENT_WIDTH : tileW;
            double h = client ? Math.min(tileH, r.prefHeight(w)) : tileH;
            r.resizeRelocate(x, client ? rowTop + (tileH - h) / 2 : rowTop, w, h);
            slots.add(new double[] {x + w / 2, w});
            x += w + GAP;
        }
        for (Canvas c : List.of(linksCanvas, dotsCanvas)) {
            c.setWidth(width);
            c.setHeight(height);
        }
        rebuildCurves();
        drawLinks();
    }

    private void rebuildCurves() {
        curves.clear();
        int n = row.size();
        int[] maxSpan = new int[2]; // above, below the row
        for (LinkLine l : links) {
            Integer ia = indexOf.get(l.a());
            Integer ib = indexOf.get(l.b());
            if (ia != null && ib != null) {
                int side = above(l) ? 0 : 1;
                maxSpan[side] = Math.max(maxSpan[side], Math.abs(ia - ib));
            }
        }
        double band = Math.max(24, rowTop - 8);
        for (LinkLine l : links) {
            Integer ia = indexOf.get(l.a());
            Integer ib = indexOf.get(l.b());
            if (ia == null || ib == null || ia >= slots.size() || ib >= slots.size()) {
                continue;
            }
            boolean up = above(l);
            int span = Math.abs(ia - ib);
            double[] a = slots.get(ia);
            double[] b = slots.get(ib);
            double spread = 0.38 * span / Math.max(1, n - 1);
            double xa = a[0] + Math.signum(ib - ia) * a[1] * spread;
            double xb = b[0] + Math.signum(ia - ib) * b[1] * spread;
            // the widest arc on a side reaches the band's edge, the shortest a third of it
            double h = band * (0.3 + 0.7 * (span - 1) / Math.max(1.0, maxSpan[up ? 0 : 1] - 1));
            curves.put(key(l.a(), l.b()), LinkCurve.arc(xa, xb, up ? rowTop : rowBottom, h, up));
        }
    }

    /** Raft and replication links arc above the row, broker–controller and client links below. */
    private static boolean above(LinkLine l) {
        return l.kind() == LinkSnapshot.Kind.RAFT || l.kind() == LinkSnapshot.Kind.REPLICATION;
    }

    private void drawLinks() {
        GraphicsContext g = linksCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, linksCanvas.getWidth(), linksCanvas.getHeight());
        labelBoxes.clear();
        for (int pass = 0; pass < 2; pass++) {
            for (LinkLine l : links) {
                boolean plain = l.look() == LinkLine.Look.NORMAL && l != highlighted;
                if ((pass == 0) == plain) { // plain links first, faults and the highlighted one on top
                    draw(g, l);
                }
            }
        }
    }

    private void draw(GraphicsContext g, LinkLine l) {
        LinkCurve c = curves.get(key(l.a(), l.b()));
        if (c == null) {
            return;
        }
        Color colour = l == highlighted ? Color.web("#0969da") : Color.web(l.look().colour());
        boolean normal = l.look() == LinkLine.Look.NORMAL;
        g.setStroke(normal && l != highlighted ? colour.deriveColor(0, 1, 1, 0.55) : colour);
        double width = normal ? 1.3 : 2.2;
        g.setLineWidth(l == highlighted ? width + 1.5 : l.kind() == LinkSnapshot.Kind.CLIENT ? width * 0.8 : width);
        g.setLineDashes(l.look().dashed() ? new double[] {7, 5} : null);
        g.beginPath();
        g.moveTo(c.x1(), c.y1());
        g.quadraticCurveTo(c.cx(), c.cy(), c.x2(), c.y2());
        g.stroke();
        g.setLineDashes((double[]) null);
        if (l.look() == LinkLine.Look.CUT_ONE_WAY) {
            arrow(g, c, l.cutFrom().equals(l.a()), Color.web(l.look().colour()));
        }
        if (!l.label().isEmpty()) {
            label(g, c, l.label(), Color.web(l.look().colour()));
        }
    }

    /** A filled arrowhead at the middle of the curve, pointing the way messages are lost. */
    private static void arrow(GraphicsContext g, LinkCurve c, boolean forward, Color colour) {
        double t = 0.5;
        double x = c.xAt(t);
        double y = c.yAt(t);
        double dx = c.xAt(t + 0.02) - c.xAt(t - 0.02);
        double dy = c.yAt(t + 0.02) - c.yAt(t - 0.02);
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        dx /= len;
        dy /= len;
        if (!forward) {
            dx = -dx;
            dy = -dy;
        }
        double size = 8;
        g.setFill(colour);
        g.fillPolygon(new double[] {x + dx * size, x - dx * size - dy * size * 0.7, x - dx * size + dy * size * 0.7},
                new double[] {y + dy * size, y - dy * size + dx * size * 0.7, y - dy * size - dx * size * 0.7}, 3);
    }

    private void label(GraphicsContext g, LinkCurve c, String text, Color colour) {
        double x = c.xAt(0.5);
        double y = Math.max(8, Math.min(linksCanvas.getHeight() - 8, c.yAt(0.5) + (c.cy() < c.y1() ? -8 : 8)));
        g.setFont(LABEL_FONT);
        double w = text.length() * 6 + 6;
        for (double[] box : labelBoxes) {
            if (Math.abs(box[0] - x) < (box[2] + w) / 2 && Math.abs(box[1] - y) < 14) {
                return; // another link's label is there: the line's colour still tells
            }
        }
        labelBoxes.add(new double[] {x, y, w});
        g.setFill(Color.web("#ffffff", 0.85));
        g.fillRoundRect(x - w / 2, y - 7, w, 14, 4, 4);
        g.setFill(colour.darker());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    /** Draws the dots where they are now. */
    void drawDots(MessageDots dots) {
        GraphicsContext g = dotsCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, dotsCanvas.getWidth(), dotsCanvas.getHeight());
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        for (MessageDots.Dot d : dots.dots()) {
            String from = d.message.from();
            String to = d.message.to();
            boolean forward = from.compareTo(to) != 0 && curves.containsKey(key(from, to));
            LinkCurve c = forward ? curves.get(key(from, to)) : curves.get(key(to, from));
            if (c == null) {
                continue;
            }
            double p = dots.progress(d);
            double t = forward ? p : 1 - p;
            double x = c.xAt(t);
            double y = c.yAt(t);
            g.setFill(Color.web(d.kind.colour()));
            g.fillOval(x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
            g.strokeOval(x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
        }
    }

    /** The curve's key: its direction is the link's a → b. */
    private static String key(String a, String b) {
        return a + "\u0000" + b;
    }
}
