package dev.clusterlab.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain JavaFX properties: no toolkit needed. */
class ClockViewModelTest {

    static ClusterSnapshot snapshot(String name, long seed, long nowMs, long events) {
        return new ClusterSnapshot(name, seed, nowMs, events, new ControllerQuorumSnapshot(-1, 0, 0), List.of(),
                List.of(), List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    @Test
    void formatsTheSimulatedClock() {
        assertThat(ClockViewModel.formatClock(0)).isEqualTo("t = 00:00:00.000");
        assertThat(ClockViewModel.formatClock(83_456)).isEqualTo("t = 00:01:23.456");
        assertThat(ClockViewModel.formatClock(3_600_000 + 59 * 60_000 + 59_999)).isEqualTo("t = 01:59:59.999");
        assertThat(ClockViewModel.formatClock(123L * 3_600_000)).isEqualTo("t = 123:00:00.000");
    }

    @Test
    void startsAtTimeZeroWithNoScenario() {
        ClockViewModel model = new ClockViewModel();
        assertThat(model.scenarioNameProperty().get()).isEmpty();
        assertThat(model.clockProperty().get()).isEqualTo("t = 00:00:00.000");
    }

    @Test
    void mapsASnapshotToItsProperties() {
        ClockViewModel model = new ClockViewModel();

        model.update(snapshot("Welcome to ClusterLab", 42, 83_456, 1_234_567));

        assertThat(model.scenarioNameProperty().get()).isEqualTo("Welcome to ClusterLab");
        assertThat(model.clockProperty().get()).isEqualTo("t = 00:01:23.456");
        assertThat(model.seedProperty().get()).isEqualTo(42);
        assertThat(model.eventsProperty().get()).isEqualTo(1_234_567);
        assertThat(model.detailsProperty().get()).isEqualTo("seed 42 · 1,234,567 events");
    }

    @Test
    void followsLaterSnapshots() {
        ClockViewModel model = new ClockViewModel();
        model.update(snapshot("s", 1, 1_000, 10));
        model.update(snapshot("s", 1, 61_000, 900));
        assertThat(model.clockProperty().get()).isEqualTo("t = 00:01:01.000");
        assertThat(model.eventsProperty().get()).isEqualTo(900);
    }
}
