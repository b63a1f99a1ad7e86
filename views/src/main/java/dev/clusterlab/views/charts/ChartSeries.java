package dev.clusterlab.views.charts;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line of a chart: its name, colour, points and a legend that says its newest value. FX thread. */
public final class ChartSeries {
    private final String name;
    private final SeriesColor color;
    private final String unit;
    private final int decimals;
    private final boolean dashed;
    private final TimeSeries points = new TimeSeries();
    private final ReadOnlyStringWrapper legend;

    /** dashed: for a line that often lies on another one (a subset of it), so both stay visible. */
    ChartSeries(String name, SeriesColor color, String unit, int decimals, boolean dashed) {
        this.name = name;
        this.dashed = dashed;
        this.color = color;
        this.unit = unit;
        this.decimals = decimals;
        this.legend = new ReadOnlyStringWrapper(this, "legend", name);
    }

    public String name() {
        return name;
    }

    public SeriesColor color() {
        return color;
    }

    public boolean dashed() {
        return dashed;
    }

    public TimeSeries points() {
        return points;
    }

    /** For example {@code acknowledged 198/s}, or the bare name before the first point. */
    public ReadOnlyStringProperty legendProperty() {
        return legend.getReadOnlyProperty();
    }

    void append(long timeMs, double value) {
        points.append(timeMs, value);
    }

    void clear() {
        points.clear();
        legend.set(name);
    }

    void refreshLegend() {
        double v = points.latestValue();
        legend.set(Double.isNaN(v) ? name
                : name + " " + String.format(Locale.ROOT, "%,." + decimals + "f", v) + unit);
    }
}
