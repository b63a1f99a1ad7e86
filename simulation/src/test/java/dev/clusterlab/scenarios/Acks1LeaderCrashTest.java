package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.log.RecordBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.1 (samples/acks1-leader-crash.json): acks=1, broker 1's fetch responses cut
 * from 5 s, broker 1 crashes at 8 s and comes back at 30 s.
 */
class Acks1LeaderCrashTest {
    private static final long CUT_MS = 5000;
    private static final long CRASH_MS = 8000;
    private static final long RESTART_MS = 30000;

    @Test
    void recordsAckedDuringTheCutAreExactlyTheLostOnes() {
        Harness h = Harness.sample("acks1-leader-crash.json");
        AckTracker acks = new AckTracker();
        HeartbeatWatch heartbeats = new HeartbeatWatch();
        h.listen(acks);
        h.listen(heartbeats);
        h.at(50000, new Command.StopProducer("p"));

        h.runUntil(CUT_MS - 1);
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.isr()).containsExactly(1, 2, 3);
        assertThat(h.hw(1)).as("replicated before the cut").isPositive();

        h.runUntil(CRASH_MS - 1);
        long leo1 = h.leo(1);
        long leo2 = h.leo(2);
        long hw1 = h.hw(1);
        assertThat(h.leo(3)).as("followers stopped at the same offset").isEqualTo(leo2);
        assertThat(leo1).as("broker 1 kept acknowledging alone").isGreaterThan(leo2);
        assertThat(hw1).as("the high watermark stopped at what the followers had").isLessThanOrEqualTo(leo2);
        assertThat(h.isr()).as("less than 30 s: no ISR shrink").containsExactly(1, 2, 3);
        List<RecordBatch> unreplicated = h.batches(1, T0).stream().filter(b -> b.baseOffset() >= leo2).toList();
        long unreplicatedRecords = unreplicated.stream().mapToLong(RecordBatch::count).sum();
        assertThat(unreplicatedRecords).isEqualTo(leo1 - leo2);

        long electedAt = h.runUntilTrue("broker 2 elected", 25000, () -> h.leader() == 2);
        long lastHeartbeat = heartbeats.last(1);
        assertThat(lastHeartbeat).isLessThanOrEqualTo(CRASH_MS);
        assertThat(electedAt - lastHeartbeat).as("fenced broker.session.timeout.ms after its last heartbeat")
                .isBetween(9000L, 9200L);
        assertThat(h.committed().leaderEpoch()).isEqualTo(1);
        assertThat(h.isr()).containsExactly(2, 3);

        h.runUntil(RESTART_MS + 1);
        assertThat(h.log(2, T0).epochCache().startOffsetOf(1)).as("broker 2 writes epoch 1 from its own end")
                .isEqualTo(leo2);
        long truncatedAt = h.runUntilTrue("broker 1 truncates", 40000, () -> h.leo(1) < leo1);
        assertThat(h.leo(1)).as("truncated to the end of epoch 0 on broker 2").isEqualTo(leo2);
        assertThat(truncatedAt).isGreaterThan(RESTART_MS);

        h.runToEnd();
        var snap = h.snapshot();
        assertThat(acks.records("p")).as("tracker saw every ack").isEqualTo(h.producer("p").acked());
        List<RecordBatch> finalLog = h.batches(2, T0);
        long lostByTracker = 0;
        for (AckTracker.Ack a : acks.acks) {
            boolean kept = AckTracker.contained(a, finalLog);
            boolean duringCut = a.timeMs() >= CUT_MS && a.timeMs() <= CRASH_MS + 1;
            assertThat(kept).as("ack at %d ms (offset %d): lost exactly when acknowledged during the cut",
                    a.timeMs(), a.baseOffset()).isEqualTo(!duringCut);
            if (!kept) {
                lostByTracker += a.count();
                assertThat(a.baseOffset()).as("never below a high watermark").isGreaterThanOrEqualTo(hw1);
                assertThat(unreplicated).anyMatch(a::sameRecords);
            }
        }
        assertThat(snap.records().lostAcked()).isEqualTo(lostByTracker).isEqualTo(unreplicatedRecords)
                .isPositive();
        assertThat(Harness.describe(h.batches(1, T0))).as("broker 1 after rejoining, record by record")
                .isEqualTo(Harness.describe(finalLog));
        assertThat(Harness.describe(h.batches(3, T0))).isEqualTo(Harness.describe(finalLog));
        assertThat(h.isr()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(h.leader()).isEqualTo(2);
    }
}
