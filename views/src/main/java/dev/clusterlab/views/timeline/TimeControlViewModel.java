package dev.clusterlab.views.timeline;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Play/pause, single step and speed (0.1× to 100× real time, then as fast as possible). Each
 * action goes to the engine as a request; the properties say what was asked. FX thread.
 */
public final class TimeControlViewModel {
    public static final double AS_FAST_AS_POSSIBLE = Double.POSITIVE_INFINITY;
    static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0,
            AS_FAST_AS_POSSIBLE);
    private static final int REAL_TIME_INDEX = SPEEDS.indexOf(1.0);

    private final TimeControls engine;
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText");
    private final ReadOnlyBooleanWrapper fastest = new ReadOnlyBooleanWrapper(this, "fastest");
    private final ReadOnlyBooleanWrapper slowest = new ReadOnlyBooleanWrapper(this, "slowest");
    private int speedIndex = REAL_TIME_INDEX;

    /** The engine starts at real time, running. */
    public TimeControlViewModel(TimeControls engine) {
        this.engine = engine;
        showSpeed();
    }

    public void togglePlay() {
        paused.set(!paused.get());
        engine.setPaused(paused.get());
    }

    /** Runs the next event only: pauses first if running. */
    public void step() {
        pauseIfRunning();
        engine.stepEvent();
    }

    /** Stepping, running to a change and running for a while all happen on a paused clock. */
    private void pauseIfRunning() {
        if (!paused.get()) {
            paused.set(true);
            engine.setPaused(true);
        }
    }

    /** Runs the next seconds of simulated time at once, then stays paused: pauses first if running. */
    public void runForSeconds(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be positive: " + seconds);
        }
        pauseIfRunning();
        engine.runFor(seconds * 1_000L);
    }

    /** Runs to the next leader, ISR or active controller change: pauses first if running. */
    public void stepToStateChange() {
        pauseIfRunning();
        engine.stepToStateChange();
    }

    /** The scenario again from the start, same seed: the same run, event for event. */
    public void restartSameSeed() {
        paused.set(false);
        engine.restart(false);
    }

    /** The scenario again from the start with a new seed: same timeline, other timings. */
    public void restartNewSeed() {
        paused.set(false);
        engine.restart(true);
    }

    public void faster() {
        changeSpeed(speedIndex + 1);
    }

    public void slower() {
        changeSpeed(speedIndex - 1);
    }

    private void changeSpeed(int index) {
        if (index < 0 || index >= SPEEDS.size() || index == speedIndex) {
            return;
        }
        speedIndex = index;
        engine.setSpeed(SPEEDS.get(index));
        showSpeed();
    }

    private void showSpeed() {
        double speed = SPEEDS.get(speedIndex);
        speedText.set(speed == AS_FAST_AS_POSSIBLE ? "max speed" : format(speed) + "×");
        fastest.set(speedIndex == SPEEDS.size() - 1);
        slowest.set(speedIndex == 0);
    }

    private static String format(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : String.format(Locale.ROOT, "%s", speed);
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fastestProperty() {
        return fastest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty slowestProperty() {
        return slowest.getReadOnlyProperty();
    }
}
