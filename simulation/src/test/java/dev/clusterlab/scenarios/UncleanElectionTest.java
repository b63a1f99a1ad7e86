package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.RecordBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.4: broker 1's followers stop getting its fetch responses at 5 s, the ISR
 * shrinks to {1}, broker 1 crashes at 60 s. Unclean (samples/unclean-election.json: the topic
 * allows it at 75 s) and clean (samples/clean-election-waits-offline.json: broker 1 returns at
 * 120 s) variants.
 */
class UncleanElectionTest {

    @Test
    void uncleanElectionAtThePeriodicScanLosesCommittedRecords() {
        Harness h = Harness.sample("unclean-election.json");
        AckTracker acks = new AckTracker();
        HeartbeatWatch heartbeats = new HeartbeatWatch();
        h.listen(acks);
        h.listen(heartbeats);

        long shrunkAt = h.runUntilTrue("ISR shrinks to {1}", 60000, () -> h.isr().equals(List.of(1)));
        assertThat(shrunkAt).as("replica.lag.time.max.ms, checked every half of it")
                .isBetween(5000L + 30000, 5000L + 45000 + 200);
        assertThat(h.leader()).isEqualTo(1);

        h.runUntil(59999);
        long leo1 = h.leo(1);
        long leo2 = h.leo(2);
        assertThat(h.hw(1)).as("min ISR 1: broker 1 commits alone").isEqualTo(leo1);
        assertThat(leo2).isLessThan(leo1);
        long committedBeyondBroker2 = acks.acks.stream().filter(a -> a.baseOffset() >= leo2)
                .mapToLong(AckTracker.Ack::count).sum();
        assertThat(committedBeyondBroker2).isPositive();

        long offlineAt = h.runUntilTrue("t-0 goes offline", 75000, () -> h.leader() == -1);
        assertThat(offlineAt - heartbeats.last(1)).isBetween(9000L, 9200L);
        int offlineEpoch = h.committed().leaderEpoch();
        assertThat(h.isr()).as("ELR on: the last ISR member moves to the ELR").isEmpty();
        assertThat(h.committed().elr()).containsExactly(1);

        h.runUntil(75000);
        assertThat(h.leader()).as("unclean election is off until 75 s").isEqualTo(-1);
        long electedAt = h.runUntilTrue("unclean election", 400000, () -> h.leader() == 2);
        assertThat(electedAt).as("picked up by the periodic scan (every 300 s from activation), not at once")
                .isBetween(300000L, 300000L + 300);
        assertThat(electedAt - 75000).isLessThanOrEqualTo(300000L);
        assertThat(h.isr()).containsExactly(2);
        assertThat(h.committed().leaderEpoch()).isEqualTo(offlineEpoch + 1);
        assertThat(h.committed().recovering()).as("KIP-704").isTrue();

        h.at(305000, new dev.clusterlab.fault.Command.RestartBroker(1));
        h.runUntil(305000);
        h.runUntilTrue("the returning broker 1 truncates", 330000, () -> h.leo(1) < leo1);
        assertThat(h.leo(1)).as("truncated to where its old epoch ends on the new leader").isEqualTo(leo2);
        h.runToEnd();
        var snap = h.snapshot();
        List<String> log1 = Harness.describe(h.batches(1, T0));
        List<String> log2 = Harness.describe(h.batches(2, T0));
        int common = Math.min(log1.size(), log2.size());
        assertThat(common).isGreaterThan(0);
        assertThat(log1.subList(0, common)).as("broker 1 now copies broker 2").isEqualTo(log2.subList(0, common));
        assertThat(h.log(2, T0).epochCache().startOffsetOf(offlineEpoch + 1)).as("new writes reuse offsets")
                .isEqualTo(leo2);
        List<RecordBatch> finalLog = h.batches(2, T0);
        long lost = 0;
        for (AckTracker.Ack a : acks.acks) {
            boolean kept = AckTracker.contained(a, finalLog);
            assertThat(kept).as("ack at offset %d", a.baseOffset()).isEqualTo(a.baseOffset() < leo2 || a.timeMs() > electedAt);
            lost += kept ? 0 : a.count();
        }
        assertThat(snap.records().lostAcked()).isEqualTo(lost).isEqualTo(committedBeyondBroker2);
        assertThat(snap.partitions().get(0).isr()).contains(2);
    }

    @Test
    void withoutUncleanElectionThePartitionWaitsForBroker1AndLosesNothing() {
        Harness h = Harness.sample("clean-election-waits-offline.json");
        h.runUntil(59999);
        long leo1 = h.leo(1);
        assertThat(h.isr()).containsExactly(1);
        long offlineAt = h.runUntilTrue("t-0 goes offline", 75000, () -> h.leader() == -1);
        long backAt = h.runUntilTrue("t-0 has a leader again", 200000, () -> h.leader() != -1);
        assertThat(offlineAt).isLessThan(70000);
        assertThat(backAt).as("offline until broker 1 returns at 120 s").isGreaterThan(120000);
        assertThat(h.leader()).as("the last known leader / ELR member").isEqualTo(1);
        assertThat(h.leo(1)).as("broker 1 kept its whole log").isGreaterThanOrEqualTo(leo1);
        h.runToEnd();
        var snap = h.snapshot();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(h.leo(1)).isGreaterThan(leo1);
        assertThat(h.isr()).contains(1, 2, 3);
    }

    @Test
    void withUncleanElectionAlreadyEnabledTheFencingElectsAtOnce() {
        Harness h = Harness.json(Json.scenario("unclean at fencing", 3, "",
                "{ \"min.insync.replicas\": 1, \"unclean.leader.election.enable\": true }", "{ \"acks\": \"all\" }",
                """
                { "at": "5s", "action": "partitionOneWay", "from": 1, "to": [2, 3] },
                { "at": "60s", "action": "crashBroker", "broker": 1 },
                { "at": "61s", "action": "healNetwork" }
                """, "120s")).allowViolation("noAckedRecordLost") /* an unclean election loses committed data */;
        HeartbeatWatch heartbeats = new HeartbeatWatch();
        h.listen(heartbeats);
        h.runUntilTrue("ISR shrinks to {1}", 60000, () -> h.isr().equals(List.of(1)));
        h.runUntil(60000);
        long leo2 = h.leo(2);
        int epoch = h.committed().leaderEpoch();
        long electedAt = h.runUntilTrue("a new leader", 120000, () -> h.leader() != 1);
        assertThat(h.leader()).as("no offline phase: elected in the fencing itself").isEqualTo(2);
        assertThat(electedAt - heartbeats.last(1)).isBetween(9000L, 9200L);
        assertThat(h.isr()).containsExactly(2);
        assertThat(h.committed().elr()).isEmpty();
        assertThat(h.committed().leaderEpoch()).isEqualTo(epoch + 1);
        assertThat(h.committed().recovering()).isTrue();
        long recoveredAt = h.runUntilTrue("leader recovery done (KIP-704)", 120000, () -> !h.committed().recovering());
        assertThat(recoveredAt - electedAt).isLessThan(1000);
        h.runUntilTrue("broker 3 rejoins", 120000, () -> h.isr().contains(3));
        h.runToEnd();
        assertThat(h.log(2, T0).epochCache().startOffsetOf(epoch + 1)).isEqualTo(leo2);
        assertThat(h.snapshot().records().lostAcked()).isPositive();
        assertThat(h.snapshot().invariants().get(0).held()).isFalse();
    }
}
