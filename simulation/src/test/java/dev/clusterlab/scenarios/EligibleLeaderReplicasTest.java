package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** KIP-966 eligible leader replicas: who enters the ELR and who leaves it on a restart. */
class EligibleLeaderReplicasTest {

    private static Harness cluster(String stopAction) {
        return Harness.json(Json.acksAll("elr " + stopAction,
                """
                { "at": "5s", "action": "crashBroker", "broker": 3 },
                { "at": "30s", "action": "%s", "broker": 2 },
                { "at": "50s", "action": "restartBroker", "broker": 2 }
                """.formatted(stopAction), "80s"));
    }

    @Test
    void aReplicaRemovedBelowMinIsrIsEligibleAndAnUncleanRestartDropsIt() {
        Harness h = cluster("crashBroker");
        h.runUntil(29999);
        assertThat(h.isr()).containsExactly(1, 2);
        assertThat(h.committed().elr()).as("ISR {1,2} meets min ISR 2: broker 3 is not eligible").isEmpty();
        h.runUntilTrue("broker 2 leaves the ISR", 45000, () -> !h.isr().contains(2));
        assertThat(h.isr()).containsExactly(1);
        assertThat(h.committed().elr()).containsExactly(2);
        long epoch = h.brokerRegistration(2).brokerEpoch();

        long reRegisteredAt = h.runUntilTrue("broker 2 registers again", 70000,
                () -> h.brokerRegistration(2).brokerEpoch() != epoch);
        assertThat(h.committed().elr()).as("restarted after an unclean shutdown: it may have lost data").isEmpty();
        assertThat(h.isr()).containsExactly(1);
        long rejoinedAt = h.runUntilTrue("broker 2 rejoins by catching up", 80000, () -> h.isr().contains(2));
        assertThat(rejoinedAt).isGreaterThan(reRegisteredAt);
        h.runToEnd();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }

    @Test
    void aCleanlyShutDownReplicaStaysEligibleAcrossItsRestart() {
        Harness h = cluster("shutdownBroker");
        h.runUntil(29999);
        assertThat(h.isr()).containsExactly(1, 2);
        h.runUntilTrue("broker 2 leaves the ISR", 45000, () -> !h.isr().contains(2));
        assertThat(h.isr()).containsExactly(1);
        assertThat(h.committed().elr()).containsExactly(2);
        long epoch = h.brokerRegistration(2).brokerEpoch();
        h.runUntil(45000);
        assertThat(h.broker(2).processState().name()).isEqualTo("STOPPED");

        h.runUntilTrue("broker 2 registers again", 70000, () -> h.brokerRegistration(2).brokerEpoch() != epoch);
        assertThat(h.committed().elr()).as("a clean shutdown keeps it eligible").containsExactly(2);
        h.runUntilTrue("broker 2 rejoins the ISR", 80000, () -> h.isr().contains(2));
        assertThat(h.committed().elr()).isEmpty();
        h.runToEnd();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }
}
