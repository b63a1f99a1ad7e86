package dev.clusterlab.snapshot;

import java.util.Objects;

/**
 * Collects samples into an append-only array and hands out {@link MetricsHistory} views of it.
 * A slot, once written, is never written again: when the array is full the kept samples move to a
 * new, larger array, and older histories keep the old one. At most maxSamples are kept (the
 * oldest go first), so memory stays bounded over a long run; the copy happens once per maxSamples
 * appends at most, so an append costs O(1) amortized. Not thread-safe: one writer (the engine
 * thread); the histories it hands out may be read by any thread.
 */
public final class MetricsRecorder {
    private static final int INITIAL_CAPACITY = 64;

    private final long intervalMs;
    private final int maxSamples;
    private MetricsSample[] samples = new MetricsSample[INITIAL_CAPACITY];
    private int from;
    private int to;
    private MetricsHistory history;

    public MetricsRecorder(long intervalMs, int maxSamples) {
        if (intervalMs <= 0 || maxSamples <= 0) {
            throw new IllegalArgumentException("intervalMs and maxSamples must be positive");
        }
        this.intervalMs = intervalMs;
        this.maxSamples = maxSamples;
    }

    public long intervalMs() {
        return intervalMs;
    }

    /** Adds the next sample; its time must be after the previous one's. */
    public void append(MetricsSample sample) {
        Objects.requireNonNull(sample, "sample");
        if (to > from && sample.timeMs() <= samples[to - 1].timeMs()) {
            throw new IllegalArgumentException("sample at " + sample.timeMs() + " ms is not after "
                    + samples[to - 1].timeMs() + " ms");
        }
        if (to - from == maxSamples) {
            from++; // the oldest is dropped from new histories; old ones still see it
        }
        if (to == samples.length) {
            int kept = to - from;
            MetricsSample[] next = new MetricsSample[Math.max(INITIAL_CAPACITY,
                    Math.min(2 * maxSamples, Math.max(kept * 2, kept + 1)))];
            System.arraycopy(samples, from, next, 0, kept);
            samples = next;
            from = 0;
            to = kept;
        }
        samples[to++] = sample;
        history = null;
    }

    /** Every kept sample, as an immutable history (the same object until the next append). */
    public MetricsHistory history() {
        if (history == null) {
            history = new MetricsHistory(intervalMs, samples, from, to);
        }
        return history;
    }
}
