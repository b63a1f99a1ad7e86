package dev.clusterlab.views.charts;

import java.util.Arrays;

/**
 * One line of a chart: (simulated time, value) points, oldest first, in plain arrays (no boxing,
 * no per-point objects). Points are appended at the end and trimmed from the front, so keeping a
 * moving window costs O(1) amortized per point. FX thread.
 */
public final class TimeSeries {
    private long[] timesMs = new long[256];
    private double[] values = new double[256];
    private int start;
    private int end;

    void append(long timeMs, double value) {
        if (end == timesMs.length) {
            makeRoom();
        }
        timesMs[end] = timeMs;
        values[end] = value;
        end++;
    }

    /** Drops the points before timeMs. */
    void trimBefore(long timeMs) {
        while (start < end && timesMs[start] < timeMs) {
            start++;
        }
    }

    void clear() {
        start = 0;
        end = 0;
    }

    private void makeRoom() {
        int size = end - start;
        if (size <= timesMs.length / 2) {
            System.arraycopy(timesMs, start, timesMs, 0, size);
            System.arraycopy(values, start, values, 0, size);
        } else {
            long[] t = Arrays.copyOfRange(timesMs, start, start + timesMs.length * 2);
            double[] v = Arrays.copyOfRange(values, start, start + values.length * 2);
            timesMs = t;
            values = v;
        }
        start = 0;
        end = size;
    }

    public int size() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    /** The time of the i-th point, 0 being the oldest kept. */
    public long timeMs(int i) {
        return timesMs[start + i];
    }

    public double value(int i) {
        return values[start + i];
    }

    /** The newest value, or NaN when there is none. */
    public double latestValue() {
        return isEmpty() ? Double.NaN : values[end - 1];
    }

    /** The index of the first point at or after timeMs (size() if none). */
    public int indexAtOrAfter(long timeMs) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timesMs[mid] < timeMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - start;
    }

    /** The largest value from index from on, 0 when there is none. */
    double maxFrom(int from) {
        double max = 0;
        for (int i = start + from; i < end; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }
}
