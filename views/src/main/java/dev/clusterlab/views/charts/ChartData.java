package dev.clusterlab.views.charts;

import java.util.List;

/** One chart: a title, its lines and the value axis that fits the visible part of them. FX thread. */
public final class ChartData {
    private final String title;
    private final List<ChartSeries> series;
    private AxisScale scale = AxisScale.UNIT;

    ChartData(String title, List<ChartSeries> series) {
        this.title = title;
        this.series = List.copyOf(series);
    }

    public String title() {
        return title;
    }

    public List<ChartSeries> series() {
        return series;
    }

    public AxisScale scale() {
        return scale;
    }

    /** Fits the value axis to the points from fromMs on. */
    void rescale(long fromMs) {
        double max = 0;
        for (ChartSeries s : series) {
            max = Math.max(max, s.points().maxFrom(s.points().indexAtOrAfter(fromMs)));
        }
        scale = AxisScale.of(max);
    }
}
