package dev.clusterlab.client;

import dev.clusterlab.engine.SimRandom;

/**
 * Kafka's ExponentialBackoff (KIP-580): initial * 2^attempts, capped at max, with ±20% jitter drawn
 * from a seeded stream. The jittered value is capped at max too, as Kafka does.
 */
final class ExponentialBackoff {
    private static final double JITTER = 0.2;
    private final long initialMs;
    private final long maxMs;
    private final double expMax;
    private final SimRandom random;

    ExponentialBackoff(long initialMs, long maxMs, SimRandom random) {
        this.initialMs = initialMs;
        this.maxMs = Math.max(initialMs, maxMs);
        this.expMax = maxMs > initialMs && initialMs > 0 ? Math.log(maxMs / (double) initialMs) / Math.log(2) : 0;
        this.random = random;
    }

    /** The back-off before attempt number attempts + 1 (attempts counts failures so far, from 0). */
    long backoffMs(int attempts) {
        if (expMax == 0) {
            return initialMs;
        }
        double term = initialMs * Math.pow(2, Math.min(attempts, expMax));
        double factor = 1 - JITTER + 2 * JITTER * random.nextDouble();
        long value = (long) (factor * term);
        return Math.min(value, maxMs);
    }
}
