package dev.clusterlab.views.timeline;

/** What the time controls ask of the engine; the engine thread applies each request between rounds. */
public interface TimeControls {
    void setPaused(boolean paused);

    /** Simulated ms per wall ms, or Double.POSITIVE_INFINITY for as fast as possible. */
    void setSpeed(double speed);

    void stepEvent();

    /** Runs the next simulatedMs of simulated time at once. */
    void runFor(long simulatedMs);

    /** Runs until a partition's leader or ISR, or the active controller, changes. */
    void stepToStateChange();

    /** Starts the scenario again from time 0, running, with the same seed or a new one. */
    void restart(boolean newSeed);
}
