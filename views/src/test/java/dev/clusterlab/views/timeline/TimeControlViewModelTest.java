package dev.clusterlab.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeControlViewModelTest {
    /** Records what the view model asked of the engine. */
    private static final class RecordingControls implements TimeControls {
        final List<String> requests = new ArrayList<>();

        @Override
        public void setPaused(boolean paused) {
            requests.add(paused ? "pause" : "resume");
        }

        @Override
        public void setSpeed(double speed) {
            requests.add("speed " + speed);
        }

        @Override
        public void stepEvent() {
            requests.add("step");
        }

        @Override
        public void restart(boolean newSeed) {
            requests.add(newSeed ? "restart new seed" : "restart same seed");
        }

        @Override
        public void runFor(long simulatedMs) {
            requests.add("run " + simulatedMs);
        }

        @Override
        public void stepToStateChange() {
            requests.add("to change");
        }
    }

    private final RecordingControls engine = new RecordingControls();
    private final TimeControlViewModel model = new TimeControlViewModel(engine);

    @Test
    void startsRunningAtRealTime() {
        assertThat(model.pausedProperty().get()).isFalse();
        assertThat(model.speedTextProperty().get()).isEqualTo("1×");
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void playPauseToggles() {
        model.togglePlay();
        assertThat(model.pausedProperty().get()).isTrue();
        model.togglePlay();
        assertThat(model.pausedProperty().get()).isFalse();
        assertThat(engine.requests).containsExactly("pause", "resume");
    }

    @Test
    void steppingARunningSimulationPausesItFirst() {
        model.step();
        model.step();
        assertThat(model.pausedProperty().get()).isTrue();
        assertThat(engine.requests).containsExactly("pause", "step", "step");
    }

    @Test
    void runForSecondsPausesFirstAndAsksForSimulatedMilliseconds() {
        model.runForSeconds(30);
        model.runForSeconds(5);
        assertThat(model.pausedProperty().get()).isTrue();
        assertThat(engine.requests).containsExactly("pause", "run 30000", "run 5000");
    }

    @Test
    void restartingRunsAgainWithTheSameOrANewSeed() {
        model.togglePlay();
        model.restartSameSeed();
        assertThat(model.pausedProperty().get()).as("a restarted scenario runs").isFalse();
        model.restartNewSeed();
        assertThat(engine.requests).containsExactly("pause", "restart same seed", "restart new seed");
    }

    @Test
    void runningToTheNextChangePausesFirst() {
        model.stepToStateChange();
        assertThat(model.pausedProperty().get()).isTrue();
        assertThat(engine.requests).containsExactly("pause", "to change");
    }

    @Test
    void speedClimbsTheLadderToAsFastAsPossibleAndDownToATenth() {
        for (int i = 0; i < 20; i++) {
            model.faster();
        }
        assertThat(model.speedTextProperty().get()).isEqualTo("max speed");
        assertThat(model.fastestProperty().get()).isTrue();
        assertThat(engine.requests).containsExactly("speed 2.0", "speed 5.0", "speed 10.0", "speed 25.0",
                "speed 50.0", "speed 100.0", "speed Infinity");

        engine.requests.clear();
        for (int i = 0; i < 20; i++) {
            model.slower();
        }
        assertThat(model.speedTextProperty().get()).isEqualTo("0.1×");
        assertThat(model.slowestProperty().get()).isTrue();
        assertThat(engine.requests).hasSize(10).endsWith("speed 0.25", "speed 0.1");
    }
}
