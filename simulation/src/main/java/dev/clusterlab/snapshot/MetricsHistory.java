package dev.clusterlab.snapshot;

/** Time series sampled over simulated time for the charts. Filled by the live snapshot only. */
public record MetricsHistory() {
    public static final MetricsHistory EMPTY = new MetricsHistory();
}
