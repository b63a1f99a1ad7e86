package dev.clusterlab.views.replicalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.EpochStart;
import dev.clusterlab.snapshot.LogBatch;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.NetworkSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.snapshot.ReplicaLog;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.TimelineSnapshot;
import dev.clusterlab.snapshot.Truncation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReplicaLogViewModelTest {
    private static final TopicPartition T0 = TopicPartition.of("t", 0);
    private long nowNanos = 1_000_000_000L;
    private final List<TopicPartition> watched = new ArrayList<>();
    private final ReplicaLogViewModel model = new ReplicaLogViewModel(watched::add, () -> nowNanos);

    private static PartitionSnapshot partition(String topic, int p) {
        return new PartitionSnapshot(topic, p, 1, 2, 3, List.of(1, 2), List.of(1, 2), List.of(), 0, 0,
                new TreeMap<>(), new TreeMap<>(), topic.startsWith("__"), 1);
    }

    private static ClusterSnapshot snapshot(ReplicaLogsSnapshot logs, PartitionSnapshot... partitions) {
        return new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 0), List.of(), List.of(),
                List.of(partitions), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of(), NetworkSnapshot.EMPTY,
                logs, TimelineSnapshot.EMPTY, MetricsHistory.EMPTY, List.of());
    }

    /** KIP-101 (b) after broker 2 took over in epoch 2: broker 1 still has m1 (epoch 0) at offset 1. */
    private static ReplicaLogsSnapshot diverged(List<Truncation> truncations) {
        ReplicaLog leader = new ReplicaLog(2, "RUNNING", true, true, true, true, 0, 4, 4,
                List.of(new EpochStart(0, 0), new EpochStart(2, 1)),
                List.of(new LogBatch(0, 0, 0, 7, 0), new LogBatch(1, 3, 2, 9, 0)), 1, 0, List.of(0L));
        ReplicaLog follower = new ReplicaLog(1, "CRASHED", true, false, false, true, 0, 2, 2,
                List.of(new EpochStart(0, 0)), List.of(new LogBatch(0, 0, 0, 7, 0), new LogBatch(1, 1, 0, 7, 1)),
                1, 0, List.of(0L));
        return new ReplicaLogsSnapshot("t", 0, 2, 2, 0, 4, List.of(leader, follower), truncations);
    }

    private static Truncation followerTruncation(long sequence) {
        return new Truncation(sequence, 1, Truncation.Cause.FOLLOWER_TRUNCATION, 1, 2,
                List.of(new LogBatch(1, 1, 0, 7, 1)), 70_012);
    }

    @Test
    void picksTheFirstPartitionAtOnceAndTellsTheEngineToWatchIt() {
        model.update(snapshot(ReplicaLogsSnapshot.NONE, partition("__internal", 0), partition("t", 0),
                partition("t", 1)));

        assertThat(model.partitions()).containsExactly(T0, TopicPartition.of("t", 1));
        assertThat(model.partitionProperty().get()).isEqualTo(T0);
        assertThat(watched).containsExactly(T0);
        assertThat(model.modelProperty().get().message()).as("until the engine has taken it")
                .isEqualTo("Taking t-0's logs…");

        model.partitionProperty().set(TopicPartition.of("t", 1));
        assertThat(watched).containsExactly(T0, TopicPartition.of("t", 1));
        model.update(snapshot(diverged(List.of()), partition("t", 0), partition("t", 1)));
        assertThat(model.modelProperty().get().columns()).as("a frame still of the old partition is not shown")
                .isEmpty();
    }

    @Test
    void mapsEachReplicaToAColumnOfRecordCellsInReplicaOrder() {
        model.partitionProperty().set(T0);
        model.update(snapshot(diverged(List.of()), partition("t", 0)));

        ReplicaLogModel m = model.modelProperty().get();
        assertThat(m.partitionName()).isEqualTo("t-0");
        assertThat(m.summary()).isEqualTo("leader 2 · leader epoch 2");
        assertThat(m.firstOffset()).isZero();
        assertThat(m.endOffset()).as("one row past the end: where the next record goes").isEqualTo(5);
        assertThat(m.columns()).extracting(ReplicaColumn::brokerId).containsExactly(2, 1);

        ReplicaColumn leader = m.column(2);
        assertThat(leader.cells()).extracting(RecordCell::offset).containsExactly(0L, 1L, 2L, 3L);
        assertThat(leader.cells()).extracting(RecordCell::leaderEpoch).containsExactly(0, 2, 2, 2);
        assertThat(leader.cellAt(2)).isEqualTo(
                new RecordCell(2, 2, 9, 1, false, EpochPalette.colorOf(2)));
        assertThat(leader.cellAt(1).batchStart()).isTrue();
        assertThat(leader.cellAt(1).label()).isEqualTo("e2  p9 #0");
        assertThat(leader.cellAt(4)).isNull();
        assertThat(leader.status()).isEqualTo("leader");
        assertThat(leader.epochs()).isEqualTo("0@0 2@1");
        assertThat(leader.online()).isTrue();

        ReplicaColumn follower = m.column(1);
        assertThat(follower.cellAt(1).label()).as("another record at the same offset").isEqualTo("e0  p7 #1");
        assertThat(follower.status()).isEqualTo("follower · out of ISR · crashed");
        assertThat(follower.online()).isFalse();
        assertThat(m.legendEpochs()).containsExactly(0, 2);
    }

    @Test
    void marksEachReplicasLogEndOffsetAndHighWatermark() {
        model.partitionProperty().set(T0);
        ReplicaLog behind = new ReplicaLog(3, "RUNNING", true, false, true, true, 2, 5, 3, List.of(),
                List.of(new LogBatch(0, 4, 1, 7, 0)), 1, 2, List.of(2L));
        ReplicaLog wiped = new ReplicaLog(4, "STOPPED", false, false, false, false, 0, 0, 0, List.of(), List.of(),
                0, 0, List.of());
        model.update(snapshot(new ReplicaLogsSnapshot("t", 0, 3, 1, 0, 5, List.of(behind, wiped), List.of()),
                partition("t", 0)));

        ReplicaColumn c = model.modelProperty().get().column(3);
        assertThat(c.markers()).containsExactly(new Marker(Marker.Kind.LOG_END_OFFSET, 5),
                new Marker(Marker.Kind.HIGH_WATERMARK, 3), new Marker(Marker.Kind.LOG_START_OFFSET, 2),
                new Marker(Marker.Kind.ACTIVE_SEGMENT, 2));
        assertThat(c.marker(Marker.Kind.HIGH_WATERMARK).label()).isEqualTo("HW 3");
        assertThat(c.cells()).as("nothing before the log start offset").extracting(RecordCell::offset)
                .containsExactly(2L, 3L, 4L);
        assertThat(c.status()).isEqualTo("follower · in ISR");
        ReplicaColumn gone = model.modelProperty().get().column(4);
        assertThat(gone.markers()).as("no log, no markers").isEmpty();
        assertThat(gone.status()).isEqualTo("no longer a replica · stopped · no log");
    }

    @Test
    void epochColoursAreStableAndNeighboursDiffer() {
        for (int epoch = 0; epoch < 40; epoch++) {
            assertThat(EpochPalette.colorOf(epoch)).isEqualTo(EpochPalette.colorOf(epoch))
                    .isNotEqualTo(EpochPalette.colorOf(epoch + 1)).matches("#[0-9a-f]{6}");
        }
        assertThat(EpochPalette.colorOf(3)).isEqualTo(EpochPalette.colorOf(3 + EpochPalette.COLORS.size()));
        assertThat(EpochPalette.COLORS).doesNotHaveDuplicates();
    }

    @Test
    void aTruncatedRecordFadesForAMomentOfWallTimeThenIsGone() {
        model.partitionProperty().set(T0);
        model.update(snapshot(diverged(List.of()), partition("t", 0)));
        assertThat(model.isFading()).isFalse();

        ReplicaLogsSnapshot truncated = diverged(List.of(followerTruncation(1)));
        model.update(snapshot(truncated, partition("t", 0)));
        assertThat(model.fading()).singleElement().satisfies(f -> {
            assertThat(f.brokerId()).isEqualTo(1);
            assertThat(f.cell().offset()).isEqualTo(1);
            assertThat(f.cell().leaderEpoch()).isZero();
            assertThat(f.progress()).isZero();
        });
        assertThat(model.lastTruncationProperty().get()).isEqualTo("Broker 1 lost offset 1 (epoch 0) at 70.012 s:"
                + " its log diverged from the leader's, found by leader epoch (KIP-101)");

        nowNanos += 750_000_000L;
        model.update(snapshot(diverged(List.of(followerTruncation(1))), partition("t", 0)));
        assertThat(model.fading()).as("the same truncation again starts nothing new").singleElement()
                .extracting(FadingRecord::progress).isEqualTo(0.5);

        nowNanos += 750_000_000L;
        assertThat(model.fading()).isEmpty();
        assertThat(model.isFading()).isFalse();
    }

    @Test
    void aRestartedSimulationsTruncationsAreNewAgainAndAnotherPartitionDropsTheFades() {
        model.partitionProperty().set(T0);
        model.update(snapshot(diverged(List.of(followerTruncation(1), followerTruncation(2))), partition("t", 0)));
        assertThat(model.fading()).hasSize(2);
        nowNanos += TruncationFades.FADE_NANOS;
        assertThat(model.fading()).isEmpty();

        model.update(snapshot(diverged(List.of(followerTruncation(1))), partition("t", 0)));
        assertThat(model.fading()).as("numbered from 1 again after a restart").hasSize(1);

        model.partitionProperty().set(TopicPartition.of("t", 1));
        assertThat(model.fading()).isEmpty();
        assertThat(model.lastTruncationProperty().get()).isEmpty();
    }

    @Test
    void anUnchangedSnapshotPublishesNoNewModel() {
        model.partitionProperty().set(T0);
        ReplicaLogsSnapshot logs = diverged(List.of());
        model.update(snapshot(logs, partition("t", 0)));
        ReplicaLogModel first = model.modelProperty().get();

        model.update(snapshot(logs, partition("t", 0)));

        assertThat(model.modelProperty().get()).isSameAs(first);
    }

    @Test
    void describesPowerFailuresAndWipedDisks() {
        assertThat(ReplicaLogViewModel.describe(new Truncation(1, 2, Truncation.Cause.POWER_FAILURE, 1, 3,
                List.of(new LogBatch(1, 1, 0, 7, 1), new LogBatch(2, 2, 1, 7, 2)), 33_000)))
                .isEqualTo("Broker 2 lost offsets 1–2 (epochs 0, 1) at 33.000 s:"
                        + " power failure, the page cache had not written them back");
        assertThat(ReplicaLogViewModel.describe(new Truncation(2, 3, Truncation.Cause.DISK_WIPE, 0, 1,
                List.of(new LogBatch(0, 0, 4, 7, 0)), 1_500)))
                .isEqualTo("Broker 3 lost offset 0 (epoch 4) at 1.500 s: its disk was wiped");
    }

    /** Three segments at 100, 103 and 106 (active); the window starts at 101, retention already deleted 0–99. */
    private static ReplicaLogsSnapshot segmented(List<Truncation> truncations) {
        ReplicaLog r = new ReplicaLog(1, "RUNNING", true, true, true, true, 100, 108, 108, List.of(new EpochStart(0, 0)),
                List.of(new LogBatch(100, 102, 0, 7, 100), new LogBatch(103, 105, 0, 7, 103),
                        new LogBatch(106, 107, 0, 7, 106)), 3, 106, List.of(103L, 106L));
        return new ReplicaLogsSnapshot("t", 0, 1, 0, 101, 108, List.of(r), truncations);
    }

    @Test
    void marksSegmentBoundariesTheActiveSegmentAndTheLogStartOffset() {
        model.partitionProperty().set(T0);
        model.update(snapshot(segmented(List.of()), partition("t", 0)));

        ReplicaColumn c = model.modelProperty().get().column(1);
        assertThat(c.markers(Marker.Kind.SEGMENT)).containsExactly(new Marker(Marker.Kind.SEGMENT, 103));
        assertThat(c.marker(Marker.Kind.ACTIVE_SEGMENT)).isEqualTo(new Marker(Marker.Kind.ACTIVE_SEGMENT, 106));
        assertThat(c.marker(Marker.Kind.SEGMENT).label()).isEqualTo("segment 103");
        assertThat(c.marker(Marker.Kind.ACTIVE_SEGMENT).label()).isEqualTo("active segment 106");
        assertThat(c.marker(Marker.Kind.LOG_START_OFFSET)).as("below the window: only the header tells")
                .isNull();
        assertThat(c.segments()).isEqualTo("log start offset 100 · 3 segments · active from 106");
        assertThat(c.cells()).extracting(RecordCell::offset).containsExactly(101L, 102L, 103L, 104L, 105L, 106L,
                107L);

        ReplicaLog moved = new ReplicaLog(1, "RUNNING", true, true, true, true, 103, 108, 108, List.of(),
                List.of(new LogBatch(103, 105, 0, 7, 103), new LogBatch(106, 107, 0, 7, 106)), 2, 106,
                List.of(103L, 106L));
        ReplicaColumn after = ReplicaLogViewModel.column(moved, 101);
        assertThat(after.marker(Marker.Kind.LOG_START_OFFSET)).isEqualTo(new Marker(Marker.Kind.LOG_START_OFFSET,
                103));
        assertThat(after.marker(Marker.Kind.LOG_START_OFFSET).label()).as("not LSO: that is the last stable offset")
                .isEqualTo("log start 103");
        assertThat(after.segments()).isEqualTo("log start offset 103 · 2 segments · active from 106");
    }

    @Test
    void segmentsDeletedByRetentionFadeAsDeletedNotLostAndAreDescribed() {
        model.partitionProperty().set(T0);
        model.update(snapshot(segmented(List.of()), partition("t", 0)));
        Truncation retention = new Truncation(1, 1, Truncation.Cause.RETENTION, 97, 100,
                List.of(new LogBatch(97, 99, 0, 7, 97)), 240_000);

        model.update(snapshot(segmented(List.of(retention)), partition("t", 0)));

        assertThat(model.fading()).extracting(f -> f.cell().offset()).containsExactlyInAnyOrder(97L, 98L, 99L);
        assertThat(model.fading()).allMatch(FadingRecord::deleted);
        assertThat(model.modelProperty().get().firstOffset()).as("rows for the deleted records while they fade")
                .isEqualTo(97);
        assertThat(model.lastTruncationProperty().get()).isEqualTo("Broker 1 deleted offsets 97–99 (epoch 0) at"
                + " 240.000 s: retention deleted its oldest segments (retention.ms, retention.bytes or a raised"
                + " log start offset), not a loss; log start offset now 100");
        assertThat(model.lastTruncationDeletedProperty().get()).isTrue();

        model.update(snapshot(segmented(List.of(retention, followerTruncation(2))), partition("t", 0)));
        assertThat(model.lastTruncationDeletedProperty().get()).as("a real loss again").isFalse();
    }
}
