package dev.clusterlab.views.fx;

import java.util.function.LongSupplier;

/** A nanoTime source that moves only when told to (or by a fixed step per reading). */
final class FakeClock implements LongSupplier {
    private final long stepPerReadNanos;
    private volatile long nanos = 5_000_000_000L;

    FakeClock() {
        this(0);
    }

    FakeClock(long stepPerReadNanos) {
        this.stepPerReadNanos = stepPerReadNanos;
    }

    void advanceMs(long ms) {
        nanos += ms * 1_000_000;
    }

    @Override
    public synchronized long getAsLong() {
        long now = nanos;
        nanos = now + stepPerReadNanos;
        return now;
    }
}
