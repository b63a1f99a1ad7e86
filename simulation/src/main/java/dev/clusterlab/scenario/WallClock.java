package dev.clusterlab.scenario;

/**
 * The one place in the simulation module that reads the wall clock: the runner measures how long
 * a run took (the report's wallMs). Nothing that decides simulated behaviour may call it.
 */
final class WallClock {
    private WallClock() {
    }

    static long nanos() {
        return System.nanoTime();
    }
}
