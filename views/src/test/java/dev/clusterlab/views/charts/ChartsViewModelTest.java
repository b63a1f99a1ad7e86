package dev.clusterlab.views.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.MetricsRecorder;
import dev.clusterlab.snapshot.MetricsSample;
import dev.clusterlab.snapshot.NetworkSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.TimelineSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsViewModelTest {

    private static ClusterSnapshot snapshot(MetricsHistory metrics) {
        long now = metrics.isEmpty() ? 0 : metrics.latest().timeMs();
        return new ClusterSnapshot("s", 1, now, 0, new ControllerQuorumSnapshot(1001, 1, 0), List.of(), List.of(),
                List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of())
                .withLiveViews(NetworkSnapshot.EMPTY, ReplicaLogsSnapshot.NONE, TimelineSnapshot.EMPTY, metrics);
    }

    /** A steady cluster of 6 partitions: 100 records/s sent, 90 acknowledged, 10 failed. */
    private static MetricsSample steady(long timeMs) {
        long s = timeMs / 1000;
        return new MetricsSample(timeMs, 100 * s, 90 * s, 10 * s, 6, 0, 0, 0, 18, 3, 1001);
    }

    private static void appendSeconds(MetricsRecorder recorder, long fromS, long toS) {
        for (long s = fromS; s <= toS; s++) {
            recorder.append(steady(s * 1000));
        }
    }

    private static ChartSeries series(ChartsViewModel model, String name) {
        return model.charts().stream().flatMap(c -> c.series().stream()).filter(s -> s.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static List<Double> values(ChartSeries s) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < s.points().size(); i++) {
            v.add(s.points().value(i));
        }
        return v;
    }

    @Test
    void ratesAreTheDifferencesOfTheCumulativeCountersPerSecond() {
        MetricsRecorder recorder = new MetricsRecorder(1000, 100);
        recorder.append(new MetricsSample(0, 0, 0, 0, 6, 0, 0, 0, 18, 3, 1001));
        recorder.append(new MetricsSample(1000, 100, 80, 0, 6, 0, 0, 0, 18, 3, 1001));
        recorder.append(new MetricsSample(2000, 250, 200, 30, 6, 0, 3, 1, 14, 1, 1002));
        ChartsViewModel model = new ChartsViewModel();

        model.update(snapshot(recorder.history()));

        assertThat(values(series(model, "sent"))).containsExactly(100.0, 150.0);
        assertThat(series(model, "sent").points().timeMs(1)).isEqualTo(2000);
        assertThat(values(series(model, "acknowledged"))).containsExactly(80.0, 120.0);
        assertThat(values(series(model, "failed"))).containsExactly(0.0, 30.0);
        assertThat(values(series(model, "under-replicated"))).containsExactly(0.0, 0.0, 3.0);
        assertThat(values(series(model, "under min ISR"))).containsExactly(0.0, 0.0, 1.0);
        assertThat(values(series(model, "average ISR size")).get(2)).isCloseTo(14 / 6.0, within(1e-9));
        assertThat(values(series(model, "smallest ISR"))).containsExactly(3.0, 3.0, 1.0);
        assertThat(series(model, "acknowledged").legendProperty().get()).isEqualTo("acknowledged 120/s");
        assertThat(series(model, "average ISR size").legendProperty().get()).isEqualTo("average ISR size 2.33");
        assertThat(model.summaryProperty().get()).isEqualTo("one sample per simulated second · last at 0:02");
    }

    @Test
    void theWindowEndsAtTheNewestSampleAndOnlyTheLongestWindowIsKept() {
        MetricsRecorder recorder = new MetricsRecorder(1000, 100_000);
        appendSeconds(recorder, 0, 2 * 3600);
        ChartsViewModel model = new ChartsViewModel();

        model.update(snapshot(recorder.history()));

        ChartSeries underReplicated = series(model, "under-replicated");
        assertThat(model.windowEndMs()).isEqualTo(7_200_000);
        assertThat(model.windowStartMs()).as("the last 5 minutes by default").isEqualTo(6_900_000);
        assertThat(underReplicated.points().size()).as("one hour and its edge, no more").isEqualTo(3601);
        assertThat(underReplicated.points().timeMs(0)).isEqualTo(3_600_000);
        TimeSeries points = underReplicated.points();
        assertThat(points.size() - points.indexAtOrAfter(model.windowStartMs())).isEqualTo(301);

        long revision = model.revisionProperty().get();
        model.windowProperty().set(ChartWindow.ONE_MINUTE);
        assertThat(model.windowStartMs()).isEqualTo(7_140_000);
        assertThat(model.revisionProperty().get()).as("a new window is drawn").isGreaterThan(revision);
    }

    @Test
    void theValueAxisFitsTheVisibleWindowOnly() {
        MetricsRecorder recorder = new MetricsRecorder(1000, 10_000);
        recorder.append(new MetricsSample(0, 0, 0, 0, 6, 0, 0, 0, 18, 3, 1001));
        recorder.append(new MetricsSample(1000, 0, 0, 0, 6, 0, 40, 0, 18, 3, 1001)); // a spike, long ago
        for (long s = 2; s <= 600; s++) {
            recorder.append(new MetricsSample(s * 1000, 0, 0, 0, 6, 0, 2, 0, 18, 3, 1001));
        }
        ChartsViewModel model = new ChartsViewModel();

        model.update(snapshot(recorder.history()));
        ChartData atRisk = model.charts().get(2);
        assertThat(atRisk.scale()).isEqualTo(new AxisScale(3, 1));

        model.windowProperty().set(ChartWindow.FIFTEEN_MINUTES);
        assertThat(atRisk.scale()).isEqualTo(new AxisScale(50, 10));
    }

    @Test
    void onlySamplesNotSeenYetAreAppended() {
        MetricsRecorder recorder = new MetricsRecorder(1000, 10_000);
        appendSeconds(recorder, 0, 9);
        ChartsViewModel model = new ChartsViewModel();
        model.update(snapshot(recorder.history()));
        long revision = model.revisionProperty().get();

        model.update(snapshot(recorder.history())); // the next frame, no new sample
        assertThat(model.revisionProperty().get()).as("nothing to redraw").isEqualTo(revision);
        assertThat(model.samplesTaken()).isEqualTo(10);

        appendSeconds(recorder, 10, 12);
        model.update(snapshot(recorder.history()));

        assertThat(model.samplesTaken()).as("each sample handled once").isEqualTo(13);
        assertThat(series(model, "sent").points().size()).isEqualTo(12);
        assertThat(values(series(model, "sent"))).containsOnly(100.0);
        assertThat(model.revisionProperty().get()).isGreaterThan(revision);
    }

    @Test
    void aRestartedRunStartsTheLinesAgain() {
        MetricsRecorder first = new MetricsRecorder(1000, 10_000);
        appendSeconds(first, 0, 120);
        ChartsViewModel model = new ChartsViewModel();
        model.update(snapshot(first.history()));

        MetricsRecorder restarted = new MetricsRecorder(1000, 10_000); // time back to 0
        model.update(snapshot(restarted.history()));
        assertThat(series(model, "sent").points().isEmpty()).isTrue();
        assertThat(series(model, "sent").legendProperty().get()).isEqualTo("sent");
        assertThat(model.windowStartMs()).isZero();
        assertThat(model.windowEndMs()).isEqualTo(300_000);

        appendSeconds(restarted, 0, 200); // ran further than the old run between two frames
        model.update(snapshot(restarted.history()));
        assertThat(series(model, "under-replicated").points().size()).isEqualTo(201);
        assertThat(series(model, "under-replicated").points().timeMs(0)).isZero();
        assertThat(model.windowStartMs()).as("a run shorter than the window is shown from its start").isZero();
        assertThat(model.windowEndMs()).isEqualTo(300_000);

        appendSeconds(restarted, 201, 400);
        model.update(snapshot(restarted.history()));
        assertThat(model.windowStartMs()).as("then the window scrolls").isEqualTo(100_000);
        assertThat(model.windowEndMs()).isEqualTo(400_000);
    }

    @Test
    void aRestartBetweenTwoFramesIsNoticedEvenWhenTheNewRunIsAlreadyFurther() {
        MetricsRecorder first = new MetricsRecorder(1000, 10_000);
        appendSeconds(first, 0, 5);
        ChartsViewModel model = new ChartsViewModel();
        model.update(snapshot(first.history()));

        MetricsRecorder restarted = new MetricsRecorder(1000, 10_000);
        appendSeconds(restarted, 0, 30); // equal samples, but new objects
        model.update(snapshot(restarted.history()));

        assertThat(series(model, "under-replicated").points().size()).isEqualTo(31);
        assertThat(model.samplesTaken()).isEqualTo(6 + 31);
    }
}
