package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.log.RecordBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KAFKA-SEMANTICS 6.5: leader epochs instead of high-watermark truncation (KIP-101 / KIP-279). */
class Kip101Test {

    /** samples/kip101-no-truncation-to-hw.json: follower 2 crashes at 10 s, restarts at 10.5 s; leader 1 dies at 40 s. */
    @Test
    void aRestartedFollowerKeepsRecordsAboveItsHighWatermark() {
        Harness h = Harness.sample("kip101-no-truncation-to-hw.json");
        AckTracker acks = new AckTracker();
        h.listen(acks);
        long[] minLeoAfterCrash = {Long.MAX_VALUE};
        h.listen((long seq, SimEvent e) -> {
            if (e.timeMs() >= 10000 && e.timeMs() < 40000) {
                minLeoAfterCrash[0] = Math.min(minLeoAfterCrash[0], h.leo(2));
            }
        });

        h.runUntil(10000);
        assertThat(h.broker(2).isUp()).isFalse();
        long leoAtCrash = h.leo(2);
        long hwAtCrash = h.hw(2);
        assertThat(hwAtCrash).as("the follower learns the high watermark one fetch late").isLessThan(leoAtCrash);

        h.runUntil(10500);
        assertThat(h.broker(2).isUp()).isTrue();
        assertThat(h.leo(2)).as("no truncation to the high watermark on restart").isEqualTo(leoAtCrash);
        long leftAt = h.runUntilTrue("broker 2 is fenced and leaves the ISR", 25000, () -> !h.isr().contains(2));
        assertThat(leftAt).as("fenced 9 s after its last heartbeat, which came up to 2 s before the crash")
                .isBetween(10000L + 7000, 10000L + 9500);
        long rejoinedAt = h.runUntilTrue("broker 2 rejoins the ISR", 40000, () -> h.isr().contains(2));
        assertThat(rejoinedAt).isGreaterThan(leftAt);
        assertThat(minLeoAfterCrash[0]).as("broker 2's log never went below what it had at the crash")
                .isEqualTo(leoAtCrash);

        h.runUntil(40000);
        h.runUntilTrue("broker 2 takes over", 55000, () -> h.leader() == 2);
        List<RecordBatch> onBroker2 = h.batches(2, T0);
        for (AckTracker.Ack a : acks.acks) {
            assertThat(AckTracker.contained(a, onBroker2)).as("ack at offset %d", a.baseOffset()).isTrue();
        }
        h.runToEnd();
        assertThat(h.snapshot().records().lostAcked()).isZero();
        long ackedAboveHw = acks.acks.stream().filter(a -> a.baseOffset() >= hwAtCrash && a.baseOffset() < leoAtCrash)
                .mapToLong(AckTracker.Ack::count).sum();
        assertThat(ackedAboveHw).as("acknowledged records above broker 2's HW at its crash (kept)").isPositive();
    }

    /** samples/kip101-divergent-logs.json: power fails on both brokers; broker 1 had m1 on disk, broker 2 not. */
    @Test
    void divergentLogsBecomeIdenticalAfterRecovery() {
        Harness h = Harness.sample("kip101-divergent-logs.json");
        h.runUntil(32999);
        assertThat(h.leo(1)).isEqualTo(2);
        assertThat(h.leo(2)).isEqualTo(2);
        assertThat(h.hw(1)).isEqualTo(2);

        h.runUntil(33000);
        assertThat(h.leo(1)).as("broker 1's disk has m0 m1").isEqualTo(2);
        assertThat(h.leo(2)).as("broker 2's page cache had not written m1 back").isEqualTo(1);
        RecordBatch m1 = h.batches(1, T0).get(1);
        assertThat(m1.partitionLeaderEpoch()).isZero();

        h.runUntil(69999);
        assertThat(h.leader()).isEqualTo(2);
        int newEpoch = h.committed().leaderEpoch();
        assertThat(newEpoch).isPositive();
        RecordBatch atOffset1 = h.log(2, T0).batchContaining(1);
        assertThat(atOffset1).isNotNull();
        assertThat(atOffset1.partitionLeaderEpoch()).as("broker 2 wrote offset 1 in its new epoch").isEqualTo(newEpoch);
        assertThat(h.log(2, T0).epochCache().startOffsetOf(newEpoch)).isEqualTo(1);
        assertThat(h.batches(1, T0).get(1)).as("divergent: offset 1 differs").isSameAs(m1);

        long truncatedAt = h.runUntilTrue("broker 1 truncates m1", 100000, () -> h.leo(1) < 2);
        assertThat(truncatedAt).isGreaterThan(70000);
        assertThat(h.leo(1)).as("truncated to the end of epoch 0 on the leader").isEqualTo(1);

        h.runToEnd();
        List<RecordBatch> log1 = h.batches(1, T0);
        List<RecordBatch> log2 = h.batches(2, T0);
        assertThat(log2).hasSizeGreaterThan(1);
        assertThat(Harness.describe(log1)).as("same base offsets, epochs, producer ids and sequences")
                .isEqualTo(Harness.describe(log2));
        for (int i = 0; i < log1.size(); i++) {
            assertThat(log1.get(i).nextOffset()).isEqualTo(log2.get(i).nextOffset());
        }
        assertThat(h.log(1, T0).epochCache().entries()).isEqualTo(h.log(2, T0).epochCache().entries());
        assertThat(log1).noneMatch(b -> b == m1);
        assertThat(h.snapshot().records().lostAcked()).as("m1: every replica failed at once").isEqualTo(1);
    }
}
