package dev.clusterlab.views.cluster;

/**
 * A link's line: a quadratic curve from (x1, y1) through the control point (cx, cy) to (x2, y2).
 * The nodes stand in one row, so links are arcs above or below it, higher the farther apart the
 * nodes are. Plain geometry for drawing, hit testing and placing message dots.
 */
record LinkCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
    /** An arc between two x positions on the row edge y, reaching height away from it (up: negative y). */
    static LinkCurve arc(double xFrom, double xTo, double y, double height, boolean up) {
        double apex = up ? y - height : y + height;
        return new LinkCurve(xFrom, y, (xFrom + xTo) / 2, 2 * apex - y, xTo, y);
    }

    double xAt(double t) {
        double u = 1 - t;
        return u * u * x1 + 2 * u * t * cx + t * t * x2;
    }

    double yAt(double t) {
        double u = 1 - t;
        return u * u * y1 + 2 * u * t * cy + t * t * y2;
    }

    /** The distance from a point to the curve (sampled finely enough for a click). */
    double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        int steps = 32;
        double prevX = x1;
        double prevY = y1;
        for (int i = 1; i <= steps; i++) {
            double t = i / (double) steps;
            double x = xAt(t);
            double y = yAt(t);
            best = Math.min(best, segmentDistance(px, py, prevX, prevY, x, y));
            prevX = x;
            prevY = y;
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        double x = ax + t * dx - px;
        double y = ay + t * dy - py;
        return Math.sqrt(x * x + y * y);
    }
}
