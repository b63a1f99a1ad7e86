package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.snapshot.LogBatch;
import dev.clusterlab.snapshot.ReplicaLog;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.Truncation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replica log view's data: the watched partition's replica logs and its truncations, live. */
class ReplicaLogWatchTest {

    private static ClusterSimulation sample(String file) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("..", "samples", file));
        ClusterSimulation sim = new ClusterSimulation(loaded.setup());
        for (TimedCommand c : loaded.timeline()) {
            sim.schedule(c);
        }
        return sim;
    }

    @Test
    void kip101DivergentLogsShowTheFollowersTruncationAndEqualLogsAfterwards() throws Exception {
        ClusterSimulation sim = sample("kip101-divergent-logs.json");
        sim.watchPartition("t", 0);

        sim.runUntil(32_999);
        ReplicaLogsSnapshot before = sim.liveSnapshot().replicaLogs();
        assertThat(before.name()).isEqualTo("t-0");
        assertThat(before.replicas()).extracting(ReplicaLog::brokerId).containsExactly(1, 2);
        assertThat(before.replica(1).logEndOffset()).isEqualTo(2);
        assertThat(before.replica(1).highWatermark()).isEqualTo(2);
        assertThat(before.replica(2).batches()).extracting(LogBatch::leaderEpoch).containsOnly(0);
        assertThat(before.truncations()).isEmpty();

        sim.runUntil(33_000);
        ReplicaLogsSnapshot powerLost = sim.liveSnapshot().replicaLogs();
        assertThat(powerLost.truncations()).as("broker 2's page cache had not written m1 back").singleElement()
                .satisfies(t -> {
                    assertThat(t.brokerId()).isEqualTo(2);
                    assertThat(t.cause()).isEqualTo(Truncation.Cause.POWER_FAILURE);
                    assertThat(t.newLogEndOffset()).isEqualTo(1);
                    assertThat(t.removedEndOffset()).isEqualTo(2);
                    assertThat(t.removed()).extracting(LogBatch::baseOffset).containsExactly(1L);
                    assertThat(t.atMs()).isEqualTo(33_000);
                });
        assertThat(powerLost.replica(2).brokerState()).isEqualTo("CRASHED");
        assertThat(powerLost.replica(2).logEndOffset()).isEqualTo(1);

        sim.runUntil(69_999);
        ReplicaLogsSnapshot diverged = sim.liveSnapshot().replicaLogs();
        int newEpoch = diverged.leaderEpoch();
        assertThat(diverged.leader()).isEqualTo(2);
        assertThat(diverged.replica(2).leader()).isTrue();
        assertThat(diverged.replica(1).inIsr()).isFalse();
        LogBatch m1 = diverged.replica(1).batches().get(1);
        assertThat(m1.leaderEpoch()).isZero();
        assertThat(diverged.replica(2).batches().get(1).leaderEpoch()).as("offset 1 written in the new epoch")
                .isEqualTo(newEpoch);
        assertThat(diverged.replica(2).epochs()).extracting(e -> e.leaderEpoch() + "@" + e.startOffset())
                .endsWith(newEpoch + "@1");

        ReplicaLogsSnapshot truncated = null;
        while (truncated == null && sim.nowMs() < 100_000) {
            sim.runUntil(sim.nowMs() + 10);
            ReplicaLogsSnapshot s = sim.liveSnapshot().replicaLogs();
            if (s.truncations().size() > 1) {
                truncated = s;
            }
        }
        assertThat(truncated).as("broker 1 truncates within the run").isNotNull();
        Truncation t = truncated.truncations().get(1);
        assertThat(t.brokerId()).isEqualTo(1);
        assertThat(t.cause()).isEqualTo(Truncation.Cause.FOLLOWER_TRUNCATION);
        assertThat(t.newLogEndOffset()).as("to the end of epoch 0 on the leader").isEqualTo(1);
        assertThat(t.removed()).containsExactly(m1);
        assertThat(t.atMs()).isGreaterThan(70_000);

        sim.runUntil(100_000);
        ReplicaLogsSnapshot end = sim.liveSnapshot().replicaLogs();
        assertThat(end.replica(1).batches()).as("identical logs after the repair")
                .isEqualTo(end.replica(2).batches()).hasSizeGreaterThan(1);
        assertThat(end.replica(1).epochs()).isEqualTo(end.replica(2).epochs());
        assertThat(end.replica(1).logEndOffset()).isEqualTo(end.replica(2).logEndOffset());
        assertThat(end.windowEndOffset()).isEqualTo(end.replica(2).logEndOffset());
    }

    @Test
    void unwatchedPartitionsCostNothingAndShowNone() throws Exception {
        ClusterSimulation sim = sample("kip101-divergent-logs.json");
        sim.runUntil(5_000);
        assertThat(sim.liveSnapshot().replicaLogs()).isSameAs(ReplicaLogsSnapshot.NONE);
        assertThat(ReplicaLogsSnapshot.NONE.watching()).isFalse();

        sim.watchPartition("t", 0);
        assertThat(sim.liveSnapshot().replicaLogs().watching()).isTrue();
        sim.unwatchPartition();
        assertThat(sim.liveSnapshot().replicaLogs()).isSameAs(ReplicaLogsSnapshot.NONE);
        assertThat(sim.snapshot().replicaLogs()).as("a report's snapshot never carries it")
                .isSameAs(ReplicaLogsSnapshot.NONE);
    }

    @Test
    void anUnchangedPartitionIsTheSameSnapshotSoAViewCanSkipRedrawing() throws Exception {
        ClusterSimulation sim = sample("kip101-divergent-logs.json");
        sim.watchPartition("t", 0);
        sim.runUntil(20_000); // the producer stopped at 1.5 s: nothing changes in the logs any more
        ReplicaLogsSnapshot first = sim.liveSnapshot().replicaLogs();
        sim.runUntil(20_500);
        assertThat(sim.liveSnapshot().replicaLogs()).isSameAs(first);
    }

    @Test
    void theWindowHoldsTheNewestOffsetsOnlyAndAWipedDiskShowsItsLogGoingAway() {
        ClusterSimulation sim = new ClusterSimulation(new ClusterSetup("wipe", 1, 3, 1, Map.of(),
                LinkSettings.DEFAULT, false, List.of(new Command.CreateTopic("t", 1, 3, Map.of(), null)),
                List.of(new ProducerSetup("p", "t", 200, 10, 100, Map.of()))));
        sim.watchPartition("t", 0);
        sim.runUntil(8_000);
        ReplicaLogsSnapshot s = sim.liveSnapshot().replicaLogs();
        assertThat(s.windowEndOffset()).isGreaterThan(ReplicaLogWatch.WINDOW_OFFSETS);
        assertThat(s.windowStartOffset()).isEqualTo(s.windowEndOffset() - ReplicaLogWatch.WINDOW_OFFSETS);
        ReplicaLog follower = s.replicas().stream().filter(r -> !r.leader()).findFirst().orElseThrow();
        assertThat(follower.batches()).isNotEmpty()
                .allMatch(b -> b.nextOffset() > s.windowStartOffset() && b.baseOffset() < s.windowEndOffset());

        sim.submit(new Command.WipeBroker(follower.brokerId()));
        sim.runUntil(sim.nowMs() + 1);
        ReplicaLogsSnapshot wiped = sim.liveSnapshot().replicaLogs();
        assertThat(wiped.replica(follower.brokerId()).hasLog()).isFalse();
        assertThat(wiped.truncations()).singleElement().satisfies(t -> {
            assertThat(t.cause()).isEqualTo(Truncation.Cause.DISK_WIPE);
            assertThat(t.brokerId()).isEqualTo(follower.brokerId());
            assertThat(t.newLogEndOffset()).isZero();
            assertThat(t.removedEndOffset()).isGreaterThanOrEqualTo(follower.logEndOffset());
            assertThat(t.removed()).isNotEmpty()
                    .allMatch(b -> b.nextOffset() > t.removedEndOffset() - ReplicaLogWatch.WINDOW_OFFSETS);
        });
    }

    @Test
    void clickStreamSegmentsRollEveryMinuteAndRetentionMovesTheLogStartOffset() throws Exception {
        ClusterSimulation sim = sample("clickstream-retention.json");
        sim.watchPartition("clicks", 0);

        sim.runUntil(150_000); // 2.5 minutes: three segments, retention (3 minutes) not reached yet
        ReplicaLogsSnapshot young = sim.liveSnapshot().replicaLogs();
        assertThat(young.replicas()).hasSize(3).allSatisfy(r -> {
            assertThat(r.logStartOffset()).isZero();
            assertThat(r.segmentCount()).as("segment.ms is one minute").isGreaterThanOrEqualTo(3);
            assertThat(r.activeSegmentBaseOffset()).isPositive().isLessThanOrEqualTo(r.logEndOffset());
            assertThat(r.segmentBaseOffsets()).allMatch(b -> b >= young.windowStartOffset());
        });
        assertThat(young.truncations()).isEmpty();

        ReplicaLogsSnapshot deleted = null;
        while (deleted == null && sim.nowMs() < 330_000) {
            sim.runUntil(sim.nowMs() + 1_000);
            ReplicaLogsSnapshot s = sim.liveSnapshot().replicaLogs();
            if (!s.truncations().isEmpty()) {
                deleted = s;
            }
        }
        assertThat(deleted).as("retention deletes the oldest segment within 5.5 minutes").isNotNull();
        Truncation t = deleted.truncations().get(0);
        assertThat(t.cause()).isEqualTo(Truncation.Cause.RETENTION);
        assertThat(t.removedStartOffset()).as("from the old log start offset").isZero();
        ReplicaLog r = deleted.replica(t.brokerId());
        assertThat(r.logStartOffset()).as("the next segment's base offset").isEqualTo(t.removedEndOffset())
                .isPositive();
        assertThat(t.removed()).isNotEmpty().allMatch(b -> b.nextOffset() <= r.logStartOffset());
        assertThat(deleted.truncations()).allMatch(x -> x.cause() == Truncation.Cause.RETENTION);

        sim.runUntil(600_000); // retention.ms lowered to one minute at 6m: fewer segments remain
        ReplicaLogsSnapshot late = sim.liveSnapshot().replicaLogs();
        assertThat(late.replicas()).allSatisfy(x -> {
            assertThat(x.logStartOffset()).isGreaterThan(r.logStartOffset());
            assertThat(x.segmentCount()).isLessThanOrEqualTo(3);
        });
    }
}
