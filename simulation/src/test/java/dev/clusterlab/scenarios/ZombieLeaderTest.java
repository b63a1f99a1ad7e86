package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.RecordBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.6 (samples/zombie-leader.json): at 1 s broker 1 and two producers are cut
 * off from the rest; healed at 60 s; producers stop at 100 s.
 */
class ZombieLeaderTest {

    @Test
    void theZombieAcknowledgesAcks1WritesThatAreNeverCommittedAndTruncatesThem() {
        Harness h = Harness.sample("zombie-leader.json");
        AckTracker acks = new AckTracker();
        h.listen(acks);

        h.runUntil(1000);
        long frozenHw = h.hw(1);
        assertThat(h.leader()).isEqualTo(1);

        long electedAt = h.runUntilTrue("broker 2 elected", 20000, () -> h.leader() == 2);
        assertThat(electedAt).isBetween(9000L, 11500L);
        assertThat(h.committed().leaderEpoch()).isEqualTo(1);
        assertThat(h.isr()).containsExactly(2, 3);

        h.runUntil(59999);
        assertThat(h.broker(1).leadingEpoch(T0)).as("the zombie still leads, in the old epoch").isZero();
        assertThat(h.broker(2).leadingEpoch(T0)).isEqualTo(1);
        assertThat(h.hw(1)).as("nobody fetches from the zombie: its high watermark is frozen").isEqualTo(frozenHw);
        long zombieLeo = h.leo(1);
        assertThat(zombieLeo).isGreaterThan(frozenHw);
        List<AckTracker.Ack> afterCut = acks.acks.stream().filter(a -> a.broker() == 1 && a.timeMs() > 1000).toList();
        assertThat(afterCut).as("acks=1 writes to the zombie are acknowledged").isNotEmpty()
                .allMatch(a -> a.producer().equals("zombie-one"))
                .allMatch(a -> a.baseOffset() >= frozenHw);
        assertThat(h.errors("zombie-all", "REQUEST_TIMED_OUT")).as("acks=all writes to the zombie time out")
                .isPositive();
        long epoch0End = h.log(2, T0).epochCache().startOffsetOf(1);
        assertThat(epoch0End).isLessThanOrEqualTo(frozenHw + 200);

        long truncatedAt = h.runUntilTrue("the zombie truncates", 100000, () -> h.leo(1) < zombieLeo);
        assertThat(truncatedAt).as("soon after the heal, once broker 1 has the new metadata").isBetween(60000L, 62000L);
        List<AckTracker.Ack> zombieAcks = acks.acks.stream().filter(a -> a.broker() == 1 && a.baseOffset() >= epoch0End)
                .toList();
        assertThat(zombieAcks).as("acknowledged by broker 1 beyond what broker 2 got: only acks=1 ones")
                .containsAll(afterCut).allMatch(a -> a.producer().equals("zombie-one"))
                .allMatch(a -> a.timeMs() <= truncatedAt);
        assertThat(h.leo(1)).as("truncated to where epoch 0 ends on the new leader").isEqualTo(epoch0End);
        long rejoinedAt = h.runUntilTrue("broker 1 rejoins the ISR", 100000, () -> h.isr().contains(1));
        assertThat(rejoinedAt).isGreaterThan(truncatedAt);

        h.runToEnd();
        var snap = h.snapshot();
        List<RecordBatch> finalLog = h.batches(2, T0);
        long zombieRecords = 0;
        for (AckTracker.Ack a : zombieAcks) {
            assertThat(AckTracker.contained(a, finalLog)).as("zombie ack at offset %d is gone", a.baseOffset()).isFalse();
            zombieRecords += a.count();
        }
        for (AckTracker.Ack a : acks.acks) {
            if (a.producer().equals("zombie-all")) {
                assertThat(AckTracker.contained(a, finalLog)).as("acks=all ack at %d ms kept", a.timeMs()).isTrue();
            }
        }
        assertThat(acks.records("zombie-all") + acks.records("zombie-one"))
                .isEqualTo(h.producer("zombie-all").acked() + h.producer("zombie-one").acked());
        assertThat(snap.records().lostAcked()).isEqualTo(zombieRecords);
        assertThat(snap.records().duplicated()).isZero();
        assertThat(Harness.describe(h.batches(1, T0))).isEqualTo(Harness.describe(finalLog));
        assertThat(Harness.describe(h.batches(3, T0))).isEqualTo(Harness.describe(finalLog));
        assertThat(h.leader()).isEqualTo(2);
        assertThat(h.broker(1).leadingEpoch(T0)).isEqualTo(-1);
    }
}
