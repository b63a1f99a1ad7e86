package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.network.SimNetwork;
import dev.clusterlab.protocol.BrokerRegistrationResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

/** Restarting brokers: duplicate registration while the old session lives; a wiped disk refilled by replication. */
class BrokerRestartTest {

    record Registration(long timeMs, Errors error, long brokerEpoch) {
    }

    @Test
    void aRestartWhileTheOldSessionLivesIsRefusedUntilTheSessionExpires() {
        Harness h = Harness.json(Json.acksAll("quick restart",
                """
                { "at": "10s", "action": "crashBroker", "broker": 2 },
                { "at": "11s", "action": "restartBroker", "broker": 2 }
                """, "40s"));
        HeartbeatWatch heartbeats = new HeartbeatWatch();
        h.listen(heartbeats);
        List<Registration> responses = new ArrayList<>();
        h.listen((long seq, SimEvent e) -> {
            if (e instanceof SimNetwork.Delivery d && d.message() instanceof BrokerRegistrationResponse r
                    && e.node().id().equals("2")) {
                responses.add(new Registration(e.timeMs(), r.error(), r.brokerEpoch()));
            }
        });
        h.runUntil(10000);
        long oldEpoch = h.brokerRegistration(2).brokerEpoch();
        long sessionEnd = heartbeats.last(2) + 9000;

        h.runUntilTrue("broker 2 registered again", 40000,
                () -> h.brokerRegistration(2).brokerEpoch() != oldEpoch);
        h.runUntil(40000);
        List<Registration> refused = responses.stream()
                .filter(r -> r.error() == Errors.DUPLICATE_BROKER_REGISTRATION).toList();
        assertThat(refused).as("DUPLICATE_BROKER_REGISTRATION while the old session lives").isNotEmpty()
                .allMatch(r -> r.timeMs() > 11000 && r.timeMs() <= sessionEnd + 50);
        Registration accepted = responses.stream().filter(r -> r.error() == Errors.NONE).findFirst().orElseThrow();
        assertThat(accepted.timeMs()).as("accepted once the old session expired").isGreaterThanOrEqualTo(sessionEnd)
                .isLessThan(sessionEnd + 3000);
        assertThat(accepted.brokerEpoch()).isGreaterThan(oldEpoch);
        assertThat(responses).filteredOn(r -> r.timeMs() > accepted.timeMs()).allMatch(r -> r.error() == Errors.NONE);
        assertThat(h.brokerRegistration(2).fenced()).isFalse();
        assertThat(h.isr()).contains(2);
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }

    @Test
    void aWipedBrokerRestartsEmptyAndCatchesUpByReplication() {
        Harness h = Harness.json(Json.acksAll("wipe",
                """
                { "at": "10s", "action": "wipeBroker", "broker": 3 },
                { "at": "25s", "action": "restartBroker", "broker": 3 },
                { "at": "50s", "action": "stopProducer", "producer": "p" }
                """, "60s"));
        h.runUntil(9999);
        long leoBefore = h.leo(3);
        assertThat(leoBefore).isPositive();
        h.runUntil(10000);
        assertThat(h.log(3, T0)).as("the disk is gone").isNull();
        assertThat(h.broker(3).isUp()).isFalse();
        h.runUntil(24999);
        assertThat(h.broker(3).isUp()).as("stays down until restarted").isFalse();
        assertThat(h.isr()).containsExactly(1, 2);
        h.runUntil(25000);
        assertThat(h.leo(3)).isZero();
        assertThat(h.broker(3).disk().metadataLog().logEndOffset()).as("no metadata either").isZero();

        long rejoinedAt = h.runUntilTrue("broker 3 rejoins the ISR", 50000, () -> h.isr().contains(3));
        assertThat(h.leo(3)).isGreaterThan(leoBefore);
        assertThat(rejoinedAt).isLessThan(35000);
        h.runToEnd();
        assertThat(Harness.describe(h.batches(3, T0))).as("refilled record by record from the leader")
                .isEqualTo(Harness.describe(h.batches(1, T0)));
        assertThat(h.batches(3, T0).get(0).baseOffset()).isZero();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }
}
