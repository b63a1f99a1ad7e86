package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Preferred leader election on demand, and the controller's automatic leader rebalance. */
class LeaderBalanceTest {

    @Test
    void electPreferredLeadersMovesLeadershipBackToTheFirstReplica() {
        Harness h = Harness.json(Json.scenario("preferred election", 3,
                ", \"config\": { \"auto.leader.rebalance.enable\": false }", "{ \"min.insync.replicas\": 2 }",
                "{ \"acks\": \"all\" }",
                """
                { "at": "5s", "action": "crashBroker", "broker": 1 },
                { "at": "20s", "action": "restartBroker", "broker": 1 },
                { "at": "50s", "action": "electPreferredLeaders", "topic": "t" }
                """, "70s"));
        h.runUntil(20000);
        assertThat(h.leader()).isEqualTo(2);
        int epochAfterFailover = h.committed().leaderEpoch();
        h.runUntilTrue("broker 1 rejoins the ISR", 50000, () -> h.isr().contains(1));
        h.runUntil(49999);
        assertThat(h.leader()).as("no automatic rebalance").isEqualTo(2);
        long movedAt = h.runUntilTrue("preferred leader elected", 51000, () -> h.leader() == 1);
        assertThat(movedAt).isBetween(50000L, 50300L);
        assertThat(h.committed().leaderEpoch()).isEqualTo(epochAfterFailover + 1);
        assertThat(h.isr()).containsExactlyInAnyOrder(1, 2, 3);
        h.runToEnd();
        var snap = h.snapshot();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(h.producer("p").believedLeaders()).containsEntry(0, 1);
    }

    @Test
    void automaticRebalanceRunsEveryLeaderImbalanceCheckInterval() {
        Harness h = Harness.json(Json.scenario("auto rebalance", 3,
                ", \"config\": { \"leader.imbalance.check.interval.seconds\": 30 }", "{ \"min.insync.replicas\": 2 }",
                "{ \"acks\": \"all\" }",
                """
                { "at": "5s", "action": "crashBroker", "broker": 1 },
                { "at": "20s", "action": "restartBroker", "broker": 1 }
                """, "100s"));
        h.runUntil(20000);
        assertThat(h.leader()).isEqualTo(2);
        long rejoinedAt = h.runUntilTrue("broker 1 rejoins the ISR", 60000, () -> h.isr().contains(1));
        long movedAt = h.runUntilTrue("leadership back on broker 1", 100000, () -> h.leader() == 1);
        assertThat(movedAt).as("the first periodic check after broker 1 is back in the ISR")
                .isGreaterThan(rejoinedAt).isLessThanOrEqualTo(rejoinedAt + 30000 + 300);
        assertThat(movedAt % 30000).as("on the 30 s schedule from activation").isLessThan(300);
        h.runToEnd();
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }
}
