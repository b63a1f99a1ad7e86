package dev.clusterlab.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The append-only store behind the charts' history: bounded, and a history once handed out never changes. */
class MetricsRecorderTest {

    private static MetricsSample at(long timeMs) {
        return new MetricsSample(timeMs, timeMs / 10, timeMs / 20, 0, 6, 0, 0, 0, 18, 3, 1001);
    }

    @Test
    void aHistoryHandedOutKeepsItsSamplesWhileTheRecorderGoesOn() {
        MetricsRecorder recorder = new MetricsRecorder(1_000, 1_000);
        for (long t = 0; t < 50_000; t += 1_000) {
            recorder.append(at(t));
        }
        MetricsHistory earlier = recorder.history();
        for (long t = 50_000; t < 500_000; t += 1_000) {
            recorder.append(at(t)); // grows the array by copying more than once
        }

        assertThat(earlier.size()).isEqualTo(50);
        assertThat(earlier.latest()).isEqualTo(at(49_000));
        assertThat(recorder.history().size()).isEqualTo(500);
        assertThat(recorder.history().get(49)).as("the same objects, not copies").isSameAs(earlier.get(49));
        assertThat(recorder.history()).as("one object until the next append").isSameAs(recorder.history());
    }

    @Test
    void keepsOnlyTheNewestMaxSamples() {
        MetricsRecorder recorder = new MetricsRecorder(1_000, 100);
        for (long t = 0; t < 1_000_000; t += 1_000) {
            recorder.append(at(t));
        }
        MetricsHistory history = recorder.history();

        assertThat(history.size()).isEqualTo(100);
        assertThat(history.get(0).timeMs()).isEqualTo(900_000);
        assertThat(history.latest().timeMs()).isEqualTo(999_000);
        assertThat(history.samples()).hasSize(100).startsWith(at(900_000));
        assertThat(history.indexAtOrAfter(950_500)).isEqualTo(51);
        assertThat(history.indexAtOrAfter(0)).isZero();
        assertThat(history.indexAtOrAfter(2_000_000)).isEqualTo(100);
    }

    @Test
    void refusesASampleThatIsNotAfterTheLastOne() {
        MetricsRecorder recorder = new MetricsRecorder(1_000, 10);
        recorder.append(at(1_000));

        assertThatThrownBy(() -> recorder.append(at(1_000))).isInstanceOf(IllegalArgumentException.class);
        assertThat(MetricsHistory.EMPTY.isEmpty()).isTrue();
        assertThat(MetricsHistory.EMPTY.latest()).isNull();
    }
}
