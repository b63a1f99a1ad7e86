package dev.clusterlab.views.fx;

import java.util.Arrays;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * How much FX-thread work each frame takes. A JavaFX pulse runs the animation timers (the
 * {@link SnapshotPump} hands the new snapshot to the view models there), then CSS and layout, then
 * hands the scene to the renderer; frame work is measured from the start of the pulse to the end
 * of its layout, and the pump's part separately. Installed on a scene it records every pulse; the
 * numbers can also be fed by hand, which is how it is tested. FX thread only.
 */
public final class FrameStats {
    private final LongSupplier nanoTime;
    private final LongSupplier threadCpuNanos;
    private final Samples frames = new Samples();
    private final Samples frameCpu = new Samples();
    private final Samples pumps = new Samples();
    private final Samples intervals = new Samples();
    private long frameStartNanos = -1;
    private long frameStartCpuNanos;
    private long lastFrameStartNanos = -1;

    /** Wall time only. */
    public FrameStats(LongSupplier nanoTime) {
        this(nanoTime, () -> 0);
    }

    /**
     * @param threadCpuNanos the FX thread's CPU time (ThreadMXBean#getCurrentThreadCpuTime): on a
     *                       busy machine the wall time of a frame includes waiting for a core,
     *                       its CPU time does not
     */
    public FrameStats(LongSupplier nanoTime, LongSupplier threadCpuNanos) {
        this.nanoTime = nanoTime;
        this.threadCpuNanos = threadCpuNanos;
    }

    /**
     * Starts recording every pulse of scene. Call it before the pump starts: animation timers run
     * in the order they were started, and this one must mark the pulse's beginning.
     * @return what stops the recording
     */
    public Runnable install(Scene scene) {
        AnimationTimer start = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frameStarted();
            }
        };
        Runnable end = this::frameLaidOut;
        start.start();
        scene.addPostLayoutPulseListener(end);
        return () -> {
            start.stop();
            scene.removePostLayoutPulseListener(end);
        };
    }

    /** A pulse begins (its first animation timer runs). */
    public void frameStarted() {
        long now = nanoTime.getAsLong();
        if (lastFrameStartNanos >= 0) {
            intervals.add(now - lastFrameStartNanos);
        }
        lastFrameStartNanos = now;
        frameStartNanos = now;
        frameStartCpuNanos = threadCpuNanos.getAsLong();
    }

    /** The pulse's CSS and layout are done: the frame's FX work is over. */
    public void frameLaidOut() {
        if (frameStartNanos >= 0) {
            frames.add(nanoTime.getAsLong() - frameStartNanos);
            frameCpu.add(threadCpuNanos.getAsLong() - frameStartCpuNanos);
            frameStartNanos = -1;
        }
    }

    /** The pump spent workNanos handing a snapshot to the view models (SnapshotPump#onPumped). */
    public void pumped(long workNanos) {
        pumps.add(workNanos);
    }

    /** Forgets everything recorded so far (after a warm-up). */
    public void reset() {
        frames.clear();
        frameCpu.clear();
        pumps.clear();
        intervals.clear();
        lastFrameStartNanos = -1;
    }

    /** FX work per frame: pulse start to end of layout. */
    public Summary frames() {
        return frames.summary();
    }

    /** The FX thread's CPU time over the same span: the frame's work without the waits for a core. */
    public Summary frameCpu() {
        return frameCpu.summary();
    }

    /** The pump's part of it, per frame. */
    public Summary pumps() {
        return pumps.summary();
    }

    /** Time from one pulse's start to the next: 16.7 ms at 60 frames per second. */
    public Summary intervals() {
        return intervals.summary();
    }

    /** count samples with their average, 99th percentile and maximum, in milliseconds. */
    public record Summary(int count, double averageMs, double p99Ms, double maxMs) {
    }

    /** A growable list of durations in nanoseconds. */
    private static final class Samples {
        private long[] nanos = new long[1024];
        private int count;

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }

        void clear() {
            count = 0;
        }

        Summary summary() {
            if (count == 0) {
                return new Summary(0, 0, 0, 0);
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            long sum = 0;
            for (long n : sorted) {
                sum += n;
            }
            int p99 = Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1);
            return new Summary(count, ms(sum / (double) count), ms(sorted[p99]), ms(sorted[count - 1]));
        }

        private static double ms(double nanos) {
            return Math.round(nanos / 1e4) / 100.0;
        }
    }
}
