package dev.clusterlab.views.fx;

import java.util.function.LongSupplier;

/**
 * Maps wall time to simulated time at a speed factor: at speed 1 one wall second is one simulated
 * second. The wall clock is injected (a nanoTime source), so the mapping is testable with a fake
 * clock. When the simulation cannot keep up, the debt is capped at {@link #MAX_BACKLOG_WALL_MS} of
 * wall time, so that a slow stretch is not followed by a sprint.
 */
public final class SimulationPacer {
    public static final double REAL_TIME = 1.0;
    public static final double AS_FAST_AS_POSSIBLE = Double.POSITIVE_INFINITY;
    static final long MAX_BACKLOG_WALL_MS = 250;
    private static final double NANOS_PER_MS = 1_000_000.0;

    private final LongSupplier nanoTime;
    private double speed;
    private boolean paused;
    private long anchorNanos;
    private long anchorSimMs;

    public SimulationPacer(LongSupplier nanoTime, double speed, long simNowMs) {
        this.nanoTime = nanoTime;
        setSpeed(speed, simNowMs);
    }

    public double speed() {
        return speed;
    }

    public boolean asFastAsPossible() {
        return speed == AS_FAST_AS_POSSIBLE;
    }

    /** Changes the speed from now on; simulated time already run stays as it is. */
    public void setSpeed(double speed, long simNowMs) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, or AS_FAST_AS_POSSIBLE: " + speed);
        }
        this.speed = speed;
        anchor(simNowMs);
    }

    public boolean isPaused() {
        return paused;
    }

    /** Paused, nothing is due; on resuming the clock carries on from where it stood, with no debt. */
    public void setPaused(boolean paused, long simNowMs) {
        this.paused = paused;
        anchor(simNowMs);
    }

    /** The simulation was run by hand to simNowMs: pacing carries on from there, owing nothing. */
    public void ranAhead(long simNowMs) {
        anchor(simNowMs);
    }

    /**
     * The simulated time that is due now, given that the simulation stands at simNowMs;
     * Long.MAX_VALUE when running as fast as possible, simNowMs while paused.
     */
    public long dueTimeMs(long simNowMs) {
        if (paused) {
            return simNowMs;
        }
        if (asFastAsPossible()) {
            return Long.MAX_VALUE;
        }
        long now = nanoTime.getAsLong();
        long dueMs = anchorSimMs + (long) ((now - anchorNanos) / NANOS_PER_MS * speed);
        long maxBacklogMs = (long) Math.max(1, MAX_BACKLOG_WALL_MS * speed);
        if (dueMs - simNowMs > maxBacklogMs) {
            anchorNanos = now;
            anchorSimMs = simNowMs + maxBacklogMs;
            return anchorSimMs;
        }
        return dueMs;
    }

    private void anchor(long simNowMs) {
        anchorNanos = nanoTime.getAsLong();
        anchorSimMs = simNowMs;
    }
}
