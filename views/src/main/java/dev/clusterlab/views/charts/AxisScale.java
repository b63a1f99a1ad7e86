package dev.clusterlab.views.charts;

/**
 * A value axis from 0 to upper with a grid line every step, both round numbers (1, 2 or 5 times a
 * power of ten, at least 1: the charts count records and replicas), with a little room above the
 * largest value so a line at the top stays visible.
 */
public record AxisScale(double upper, double step) {
    static final AxisScale UNIT = new AxisScale(1, 1);
    private static final int TARGET_STEPS = 4;

    /** The scale for values from 0 to max. */
    public static AxisScale of(double max) {
        if (!(max > 0)) {
            return UNIT;
        }
        double step = Math.max(1, roundUp(max / TARGET_STEPS));
        double upper = Math.ceil(max * 1.05 / step) * step;
        return new AxisScale(upper, step);
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least x (x > 0). */
    static double roundUp(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= x * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** A grid line's label. */
    public String label(double value) {
        return Long.toString(Math.round(value));
    }
}
