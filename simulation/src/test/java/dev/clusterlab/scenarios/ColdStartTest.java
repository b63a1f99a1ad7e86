package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.snapshot.BrokerSnapshot;
import org.junit.jupiter.api.Test;

/** cluster.start "cold": controllers elect, brokers register and are unfenced, topics are created, producers get acks. */
class ColdStartTest {

    @Test
    void aColdClusterFormsItselfAndServesProducers() {
        Harness h = Harness.json(Json.scenario("cold start", 3, ", \"start\": \"cold\"",
                "{ \"min.insync.replicas\": 2 }", "{ \"acks\": \"all\" }", "", "30s"));
        ControllerWatch watch = new ControllerWatch(h);
        AckTracker acks = new AckTracker();
        h.listen(watch);
        h.listen(acks);
        assertThat(h.activeController()).isNull();

        long activatedAt = h.runUntilTrue("a controller activates", 10000, () -> h.activeController() != null);
        assertThat(activatedAt).as("an election from empty disks").isPositive().isLessThan(6000);
        assertThat(h.activeController().controller().activeEpoch()).isPositive();

        long unfencedAt = h.runUntilTrue("every broker unfenced", 15000, () -> {
            for (int b = 1; b <= 3; b++) {
                BrokerRegistration r = h.brokerRegistration(b);
                if (r == null || r.fenced()) {
                    return false;
                }
            }
            return true;
        });
        assertThat(unfencedAt).isGreaterThan(activatedAt);
        assertThat(h.brokerRegistration(1).brokerEpoch()).isNotEqualTo(h.brokerRegistration(2).brokerEpoch());
        assertThat(h.brokerRegistration(1).incarnationId()).doesNotStartWith("bootstrap");

        long createdAt = h.runUntilTrue("topic t created", 20000, () -> h.committed() != null);
        assertThat(createdAt).isGreaterThanOrEqualTo(unfencedAt);
        assertThat(h.committed().replicas()).containsExactly(1, 2, 3);
        assertThat(h.isr()).containsExactly(1, 2, 3);
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.producer("p").acked()).as("no ack before the topic exists").isZero();

        h.runUntilTrue("first ack", 25000, () -> !acks.acks.isEmpty());
        assertThat(acks.acks.get(0).timeMs()).isGreaterThan(createdAt);
        assertThat(acks.acks.get(0).baseOffset()).isZero();

        h.runToEnd();
        var snap = h.snapshot();
        assertThat(snap.brokers()).extracting(BrokerSnapshot::state).containsExactly("RUNNING", "RUNNING", "RUNNING");
        assertThat(snap.producers().get(0).acked()).isGreaterThan(2000);
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.controller().failovers()).isZero();
        assertThat(watch.conflicts).isEmpty();
        assertThat(snap.invariants()).allMatch(i -> i.held(), "every invariant holds");
    }
}
