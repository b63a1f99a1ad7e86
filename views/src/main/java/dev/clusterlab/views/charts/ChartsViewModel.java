package dev.clusterlab.views.charts;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.MetricsSample;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Turns the snapshots' metrics history into the charts' lines over simulated time: the produce
 * rate, acknowledged and failed records per second (differences of the cumulative counters), the
 * partitions at risk and the ISR size. Per frame it only appends the samples it has not seen
 * (found by identity in the history, so a restarted run, whose samples are new objects, starts the
 * lines again), keeps the longest window and drops older points. {@link #revisionProperty()} changes
 * whenever the lines or the window do: the view redraws then and only then. FX thread.
 */
public final class ChartsViewModel {
    private final ChartSeries sent = new ChartSeries("sent", SeriesColor.BLUE, "/s", 0, false);
    private final ChartSeries acked = new ChartSeries("acknowledged", SeriesColor.GREEN, "/s", 0, false);
    private final ChartSeries failed = new ChartSeries("failed", SeriesColor.RED, "/s", 0, false);
    private final ChartSeries underReplicated = new ChartSeries("under-replicated", SeriesColor.AMBER, "", 0, false);
    private final ChartSeries underMinIsr = new ChartSeries("under min ISR", SeriesColor.RED, "", 0, true);
    private final ChartSeries offline = new ChartSeries("offline", SeriesColor.PURPLE, "", 0, false);
    private final ChartSeries averageIsr = new ChartSeries("average ISR size", SeriesColor.BLUE, "", 2, false);
    private final ChartSeries smallestIsr = new ChartSeries("smallest ISR", SeriesColor.AMBER, "", 0, true);
    private final List<ChartData> charts = List.of(
            new ChartData("Produce rate (records/s)", List.of(sent)),
            new ChartData("Acknowledged vs failed (records/s)", List.of(acked, failed)),
            new ChartData("Partitions at risk", List.of(underReplicated, underMinIsr, offline)),
            new ChartData("ISR size", List.of(averageIsr, smallestIsr)));
    private final List<ChartSeries> allSeries = charts.stream().flatMap(c -> c.series().stream()).toList();

    private final ObjectProperty<ChartWindow> window = new SimpleObjectProperty<>(this, "window",
            ChartWindow.FIVE_MINUTES);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "no samples yet");
    private MetricsSample last;
    private long samplesTaken;

    public ChartsViewModel() {
        window.addListener((obs, old, now) -> changed());
    }

    public void update(ClusterSnapshot snapshot) {
        MetricsHistory history = snapshot.metrics();
        int next = firstUnseen(history);
        if (next < 0) {
            clear();
            next = Math.max(0, history.indexAtOrAfter(history.isEmpty() ? 0
                    : history.latest().timeMs() - ChartWindow.longestMs() - history.intervalMs()));
            if (history.isEmpty()) {
                changed();
                return;
            }
        }
        if (next >= history.size()) {
            return;
        }
        for (int i = next; i < history.size(); i++) {
            append(history.get(i));
        }
        long keepFrom = last.timeMs() - ChartWindow.longestMs();
        for (ChartSeries s : allSeries) {
            s.points().trimBefore(keepFrom);
            s.refreshLegend();
        }
        summary.set("one sample per simulated " + (history.intervalMs() == 1000 ? "second"
                : history.intervalMs() + " ms") + " · last at " + TimeTicks.label(last.timeMs()));
        changed();
    }

    /** The index of the first sample not yet shown, or -1 when the lines must start again. */
    private int firstUnseen(MetricsHistory history) {
        if (last == null) {
            return history.isEmpty() ? history.size() : -1;
        }
        int i = history.indexAtOrAfter(last.timeMs());
        return i < history.size() && history.get(i) == last ? i + 1 : -1;
    }

    private void append(MetricsSample s) {
        if (last != null) {
            double seconds = (s.timeMs() - last.timeMs()) / 1000.0;
            sent.append(s.timeMs(), (s.recordsSent() - last.recordsSent()) / seconds);
            acked.append(s.timeMs(), (s.recordsAcked() - last.recordsAcked()) / seconds);
            failed.append(s.timeMs(), (s.recordsFailed() - last.recordsFailed()) / seconds);
        }
        underReplicated.append(s.timeMs(), s.underReplicatedPartitions());
        underMinIsr.append(s.timeMs(), s.underMinIsrPartitions());
        offline.append(s.timeMs(), s.offlinePartitions());
        averageIsr.append(s.timeMs(), s.averageIsrSize());
        smallestIsr.append(s.timeMs(), s.smallestIsrSize());
        last = s;
        samplesTaken++;
    }

    private void clear() {
        last = null;
        for (ChartSeries s : allSeries) {
            s.clear();
        }
        summary.set("no samples yet");
    }

    private void changed() {
        long from = windowStartMs();
        for (ChartData c : charts) {
            c.rescale(from);
        }
        revision.set(revision.get() + 1);
    }

    /** The four charts, top to bottom. */
    public List<ChartData> charts() {
        return charts;
    }

    public ObjectProperty<ChartWindow> windowProperty() {
        return window;
    }

    /**
     * The left edge of the charts: the start of the run until a whole window has passed, then one
     * window before the newest sample (the lines grow from the left, then scroll).
     */
    public long windowStartMs() {
        return Math.max(0, newestMs() - window.get().durationMs());
    }

    /** The right edge of the charts: one window after the left edge. */
    public long windowEndMs() {
        return windowStartMs() + window.get().durationMs();
    }

    private long newestMs() {
        return last == null ? 0 : last.timeMs();
    }

    /** Changes whenever the lines or the window change. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** How the lines are sampled and up to when. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Samples turned into points since the start (for tests: each sample is handled once). */
    long samplesTaken() {
        return samplesTaken;
    }
}
