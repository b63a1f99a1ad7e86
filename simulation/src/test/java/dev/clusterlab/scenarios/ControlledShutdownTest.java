package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.broker.BrokerProcessState;
import dev.clusterlab.engine.NodeStatus;
import org.junit.jupiter.api.Test;

/** shutdownBroker of the leader: leadership moves first, the broker stops (STOPPED), acks=all loses nothing. */
class ControlledShutdownTest {

    @Test
    void leadershipMovesBeforeTheLeaderStopsAndItRejoinsAfterRestart() {
        Harness h = Harness.json(Json.acksAll("controlled shutdown",
                """
                { "at": "10s", "action": "shutdownBroker", "broker": 1 },
                { "at": "30s", "action": "restartBroker", "broker": 1 }
                """, "60s"));
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(10000);
        assertThat(h.broker(1).processState()).isEqualTo(BrokerProcessState.PENDING_CONTROLLED_SHUTDOWN);
        assertThat(h.snapshot().brokers().get(0).state()).isEqualTo("CONTROLLED_SHUTDOWN");

        long movedAt = h.runUntilTrue("leadership leaves broker 1", 12000, () -> h.leader() != 1);
        assertThat(h.broker(1).status()).as("still running when leadership moved").isEqualTo(NodeStatus.UP);
        assertThat(h.leader()).isEqualTo(2);
        assertThat(h.isr()).containsExactly(2, 3);
        long stoppedAt = h.runUntilTrue("broker 1 stops", 15000, () -> h.broker(1).status() == NodeStatus.DOWN);
        assertThat(stoppedAt).isGreaterThanOrEqualTo(movedAt).isLessThan(10000 + 5000);
        assertThat(h.broker(1).processState()).isEqualTo(BrokerProcessState.STOPPED);
        assertThat(h.brokerRegistration(1).fenced()).isTrue();

        h.runUntil(29999);
        var snap = h.snapshot();
        assertThat(snap.brokers().get(0).state()).isEqualTo("STOPPED");
        long maxGap = 0;
        long last = 9000;
        for (AckTracker.Ack a : acks.between(9000, 30000)) {
            maxGap = Math.max(maxGap, a.timeMs() - last);
            last = a.timeMs();
        }
        assertThat(maxGap).as("at most a short blip in acknowledgements").isLessThan(1000);
        assertThat(h.errors("p", "REQUEST_TIMED_OUT")).isZero();

        long rejoinedAt = h.runUntilTrue("broker 1 rejoins the ISR", 60000, () -> h.isr().contains(1));
        assertThat(rejoinedAt).isGreaterThan(30000).isLessThan(40000);
        h.runToEnd();
        snap = h.snapshot();
        assertThat(snap.brokers().get(0).state()).isEqualTo("RUNNING");
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.records().duplicated()).isZero();
        assertThat(acks.records("p")).isEqualTo(h.producer("p").acked());
    }
}
