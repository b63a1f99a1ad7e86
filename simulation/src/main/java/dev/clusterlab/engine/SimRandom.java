package dev.clusterlab.engine;

import java.nio.charset.StandardCharsets;

/**
 * A seeded random source (SplitMix64). Child streams are derived from the seed by name, so
 * adding a producer never changes the choices a broker makes.
 */
public final class SimRandom {
    private final long seed;
    private long state;

    public SimRandom(long seed) {
        this.seed = seed;
        this.state = seed;
    }

    public long seed() {
        return seed;
    }

    /** An independent stream whose seed depends only on this stream's seed and the name. */
    public SimRandom child(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return new SimRandom(mix(seed ^ mix(h)));
    }

    public long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long r = nextLong() >>> 1;
        return r % bound;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
