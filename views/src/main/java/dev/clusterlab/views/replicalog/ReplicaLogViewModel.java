package dev.clusterlab.views.replicalog;

import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.EpochStart;
import dev.clusterlab.snapshot.LogBatch;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.ReplicaLog;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.Truncation;
import dev.clusterlab.views.fx.ListUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Maps the watched partition's replica logs to columns of record cells with their markers, and
 * keeps the records lost by truncations fading for a moment. The partition to watch is a
 * property (bound to the partitions table's selection and to the view's chooser); a change is
 * sent to the engine through the watch callback. A new model is published only when the
 * partition's data changed, so the view redraws only then. FX thread.
 */
public final class ReplicaLogViewModel {
    /** How many rows below the snapshot's window the view adds to show deleted records fading (bounded). */
    static final long MAX_ROWS_BELOW_WINDOW = 500;
    private final LongSupplier nanoTime;
    private final ObservableList<TopicPartition> partitions = FXCollections.observableArrayList();
    private final ObservableList<TopicPartition> readOnlyPartitions =
            FXCollections.unmodifiableObservableList(partitions);
    private final ObjectProperty<TopicPartition> partition = new SimpleObjectProperty<>(this, "partition");
    private final ReadOnlyObjectWrapper<ReplicaLogModel> model =
            new ReadOnlyObjectWrapper<>(this, "model", ReplicaLogModel.EMPTY);
    private final ReadOnlyStringWrapper lastTruncation = new ReadOnlyStringWrapper(this, "lastTruncation", "");
    private final ReadOnlyBooleanWrapper lastTruncationDeleted =
            new ReadOnlyBooleanWrapper(this, "lastTruncationDeleted", false);
    private final TruncationFades fades = new TruncationFades();
    private ReplicaLogsSnapshot shown;
    private boolean chosenOnce;

    /**
     * @param watch    tells the engine which partition to take the replica logs of (null: none)
     * @param nanoTime the wall clock the fading runs on (System::nanoTime, or a fake one in tests)
     */
    public ReplicaLogViewModel(Consumer<TopicPartition> watch, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        partition.addListener((o, old, tp) -> {
            chosenOnce = true;
            fades.clear();
            lastTruncation.set("");
            lastTruncationDeleted.set(false);
            shown = null;
            model.set(tp == null ? ReplicaLogModel.EMPTY : waiting(tp));
            watch.accept(tp);
        });
    }

    public void update(ClusterSnapshot snapshot) {
        List<TopicPartition> next = new ArrayList<>(snapshot.partitions().size());
        for (PartitionSnapshot p : snapshot.partitions()) {
            if (!p.internal()) {
                next.add(TopicPartition.of(p.topic(), p.partition()));
            }
        }
        TopicPartition tp = partition.get();
        ListUpdates.replaceChanged(partitions, next);
        if (tp == null) {
            if (!chosenOnce && !next.isEmpty()) {
                partition.set(next.get(0)); // the first partition, so the view shows something at once
            }
            return;
        }
        ReplicaLogsSnapshot logs = snapshot.replicaLogs();
        if (!logs.watching() || !logs.topic().equals(tp.topic()) || logs.partition() != tp.partition()) {
            return; // the engine has not taken the new partition yet
        }
        if (logs == shown) {
            return; // the engine reuses an unchanged snapshot of the logs: nothing to redraw
        }
        boolean truncated = fades.take(logs.truncations(), nanoTime.getAsLong());
        if (truncated) {
            Truncation latest = logs.truncations().get(logs.truncations().size() - 1);
            lastTruncationDeleted.set(latest.cause() == Truncation.Cause.RETENTION);
            lastTruncation.set(describe(latest));
        }
        shown = logs;
        model.set(build(logs));
    }

    private ReplicaLogModel waiting(TopicPartition tp) {
        return new ReplicaLogModel(tp.toString(), "", 0, 0, List.of(), List.of(), "Taking " + tp + "'s logs…");
    }

    private ReplicaLogModel build(ReplicaLogsSnapshot logs) {
        long first = logs.windowStartOffset();
        long fadingFrom = fades.minOffset();
        if (fadingFrom >= 0 && fadingFrom < first && first - fadingFrom <= MAX_ROWS_BELOW_WINDOW) {
            first = fadingFrom; // records retention just deleted below the window fade in rows of their own
        }
        long end = Math.max(logs.windowEndOffset(), fades.maxOffset()) + 1;
        TreeSet<Integer> epochs = new TreeSet<>();
        List<ReplicaColumn> columns = new ArrayList<>();
        for (ReplicaLog r : logs.replicas()) {
            ReplicaColumn c = column(r, first);
            c.cells().forEach(cell -> epochs.add(cell.leaderEpoch()));
            columns.add(c);
        }
        for (FadingRecord f : fades.at(nanoTime.getAsLong())) {
            epochs.add(f.cell().leaderEpoch());
        }
        String summary = logs.leader() < 0 ? "offline (no leader) · leader epoch " + logs.leaderEpoch()
                : "leader " + logs.leader() + " · leader epoch " + logs.leaderEpoch();
        return new ReplicaLogModel(logs.name(), summary, first, end, columns, List.copyOf(epochs),
                columns.isEmpty() ? "No replica holds a log of " + logs.name() + " yet" : "");
    }

    static ReplicaColumn column(ReplicaLog r, long firstOffset) {
        String brokerState = r.brokerState();
        List<RecordCell> cells = new ArrayList<>();
        for (LogBatch b : r.batches()) {
            for (long o = Math.max(b.baseOffset(), Math.max(firstOffset, r.logStartOffset())); o <= b.lastOffset();
                 o++) {
                cells.add(cell(b, o));
            }
        }
        List<Marker> markers = new ArrayList<>();
        if (r.hasLog()) {
            markers.add(new Marker(Marker.Kind.LOG_END_OFFSET, r.logEndOffset()));
            markers.add(new Marker(Marker.Kind.HIGH_WATERMARK, r.highWatermark()));
            if (r.logStartOffset() > firstOffset) {
                markers.add(new Marker(Marker.Kind.LOG_START_OFFSET, r.logStartOffset()));
            }
            for (long base : r.segmentBaseOffsets()) {
                if (base >= firstOffset) {
                    markers.add(new Marker(base == r.activeSegmentBaseOffset() ? Marker.Kind.ACTIVE_SEGMENT
                            : Marker.Kind.SEGMENT, base));
                }
            }
        }
        boolean online = "RUNNING".equals(brokerState) || "FENCED".equals(brokerState)
                || "CONTROLLED_SHUTDOWN".equals(brokerState);
        return new ReplicaColumn(r.brokerId(), "Broker " + r.brokerId(), status(r, brokerState), r.leader(),
                r.inIsr(), online, epochs(r.epochs()), segments(r), cells, markers);
    }

    static RecordCell cell(LogBatch b, long offset) {
        int sequence = b.baseSequence() + (int) (offset - b.baseOffset());
        return new RecordCell(offset, b.leaderEpoch(), b.producerId(), sequence, offset == b.baseOffset(),
                EpochPalette.colorOf(b.leaderEpoch()));
    }

    private static String status(ReplicaLog r, String brokerState) {
        List<String> parts = new ArrayList<>();
        if (!r.assigned()) {
            parts.add("no longer a replica");
        } else if (r.leader()) {
            parts.add("leader");
        } else {
            parts.add(r.inIsr() ? "follower · in ISR" : "follower · out of ISR");
        }
        if (!"RUNNING".equals(brokerState)) {
            parts.add(brokerState.toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (!r.hasLog()) {
            parts.add("no log");
        }
        return String.join(" · ", parts);
    }

    /** For example {@code log start offset 6000 · 3 segments · active from 18000}; empty without a log. */
    static String segments(ReplicaLog r) {
        if (!r.hasLog()) {
            return "";
        }
        return "log start offset " + r.logStartOffset() + " · " + r.segmentCount()
                + (r.segmentCount() == 1 ? " segment" : " segments") + " · active from " + r.activeSegmentBaseOffset();
    }

    private static String epochs(List<EpochStart> epochs) {
        return epochs.isEmpty() ? "no epochs"
                : epochs.stream().map(e -> e.leaderEpoch() + "@" + e.startOffset()).collect(Collectors.joining(" "));
    }

    /** A truncation in words, for example {@code Broker 1 lost offset 1 (epoch 0) at 70.012 s: ...}. */
    static String describe(Truncation t) {
        long count = t.removedEndOffset() - t.removedStartOffset();
        String offsets = count == 1 ? "offset " + t.removedStartOffset()
                : "offsets " + t.removedStartOffset() + "–" + (t.removedEndOffset() - 1);
        String epochs = t.removed().stream().map(LogBatch::leaderEpoch).distinct().sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
        String why = switch (t.cause()) {
            case FOLLOWER_TRUNCATION -> "its log diverged from the leader's, found by leader epoch (KIP-101)";
            case POWER_FAILURE -> "power failure, the page cache had not written them back";
            case DISK_WIPE -> "its disk was wiped";
            case RETENTION -> "retention deleted its oldest segments (retention.ms, retention.bytes or a raised"
                    + " log start offset), not a loss; log start offset now " + t.removedEndOffset();
        };
        String verb = t.cause() == Truncation.Cause.RETENTION ? "deleted" : "lost";
        return String.format(Locale.ROOT, "Broker %d %s %s (epoch%s %s) at %.3f s: %s", t.brokerId(), verb, offsets,
                epochs.contains(",") ? "s" : "", epochs, t.atMs() / 1000.0, why);
    }

    /** The records still fading at this instant of wall time (the view asks every frame while any are). */
    public List<FadingRecord> fading() {
        return fades.at(nanoTime.getAsLong());
    }

    public boolean isFading() {
        return !fades.isEmpty();
    }

    /** Every topic-partition (internal topics left out), in the snapshot's order. */
    public ObservableList<TopicPartition> partitions() {
        return readOnlyPartitions;
    }

    /** The partition watched; null for none. */
    public ObjectProperty<TopicPartition> partitionProperty() {
        return partition;
    }

    public ReadOnlyObjectProperty<ReplicaLogModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** True when the latest truncation was retention's deletion (not a loss: the view does not show it as an alarm). */
    public ReadOnlyBooleanProperty lastTruncationDeletedProperty() {
        return lastTruncationDeleted.getReadOnlyProperty();
    }

    /** The latest truncation of the watched partition in words, empty if none since it is watched. */
    public ReadOnlyStringProperty lastTruncationProperty() {
        return lastTruncation.getReadOnlyProperty();
    }
}
