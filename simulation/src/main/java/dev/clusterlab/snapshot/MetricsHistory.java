package dev.clusterlab.snapshot;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The samples taken so far, oldest first, one per {@code intervalMs} of simulated time, for the
 * charts. Filled by the live snapshot only, and only when the app asked for samples.
 *
 * <p>Immutable, yet handed over every frame without a copy: it is a range of an append-only array
 * that its {@link MetricsRecorder} only ever writes beyond (see there). Two histories of the same
 * recorder share their sample objects, so a view can tell "the same run, more samples" from "a new
 * run" by identity.
 */
public final class MetricsHistory {
    public static final MetricsHistory EMPTY = new MetricsHistory(0, new MetricsSample[0], 0, 0);

    private final long intervalMs;
    private final MetricsSample[] samples;
    private final int from;
    private final int to;

    MetricsHistory(long intervalMs, MetricsSample[] samples, int from, int to) {
        this.intervalMs = intervalMs;
        this.samples = samples;
        this.from = from;
        this.to = to;
    }

    /** Simulated time between two samples; 0 for the empty history. */
    public long intervalMs() {
        return intervalMs;
    }

    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return to == from;
    }

    /** The i-th sample, 0 being the oldest kept. */
    public MetricsSample get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        return samples[from + i];
    }

    /** The newest sample, or null when there is none. */
    public MetricsSample latest() {
        return isEmpty() ? null : samples[to - 1];
    }

    /** The index of the first sample taken at or after timeMs (size() if none). O(log n). */
    public int indexAtOrAfter(long timeMs) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samples[mid].timeMs() < timeMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - from;
    }

    /** The samples as an unmodifiable list view (no copy). */
    public List<MetricsSample> samples() {
        return new View();
    }

    @Override
    public String toString() {
        return "MetricsHistory[" + size() + " samples every " + intervalMs + " ms]";
    }

    private final class View extends AbstractList<MetricsSample> implements RandomAccess {
        @Override
        public MetricsSample get(int index) {
            return MetricsHistory.this.get(index);
        }

        @Override
        public int size() {
            return MetricsHistory.this.size();
        }
    }
}
