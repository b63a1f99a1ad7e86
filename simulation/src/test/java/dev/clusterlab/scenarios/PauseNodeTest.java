package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.NodeStatus;
import org.junit.jupiter.api.Test;

/** pauseNode / resumeNode: a frozen process is fenced or replaced, and comes back as a zombie. */
class PauseNodeTest {

    @Test
    void aPausedLeaderIsFencedAndResumesAsAZombieThatTruncates() {
        Harness h = Harness.json(Json.scenario("paused leader", 3, "", "{ \"min.insync.replicas\": 1 }",
                "{ \"acks\": \"1\" }",
                """
                { "at": "5s", "action": "pauseNode", "node": 1 },
                { "at": "30s", "action": "resumeNode", "node": 1 },
                { "at": "50s", "action": "stopProducer", "producer": "p" }
                """, "60s")).allowViolation("noAckedRecordLost") /* the zombie's acks=1 writes are lost */;
        HeartbeatWatch heartbeats = new HeartbeatWatch();
        h.listen(heartbeats);
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(5000);
        assertThat(h.broker(1).status()).isEqualTo(NodeStatus.PAUSED);
        assertThat(h.snapshot().brokers().get(0).state()).isEqualTo("PAUSED");
        long leoAtPause = h.leo(1);

        long electedAt = h.runUntilTrue("broker 2 elected", 20000, () -> h.leader() == 2);
        assertThat(electedAt - heartbeats.last(1)).isBetween(9000L, 9200L);
        assertThat(h.brokerRegistration(1).fenced()).isTrue();
        assertThat(h.leo(1)).as("a paused process does nothing").isEqualTo(leoAtPause);

        h.runUntil(30000);
        assertThat(h.broker(1).status()).isEqualTo(NodeStatus.UP);
        assertThat(h.broker(1).leadingEpoch(T0)).as("resumes with its old state: leader of epoch 0").isZero();
        long epoch0End = h.log(2, T0).epochCache().startOffsetOf(1);
        long zombieAppendedTo = h.runUntilTrue("the zombie learns it lost leadership", 40000,
                () -> h.broker(1).leadingEpoch(T0) != 0);
        long leoAsZombie = h.leo(1);
        assertThat(zombieAppendedTo).isLessThan(32000);
        h.runUntilTrue("the zombie truncates", 40000, () -> h.leo(1) < leoAsZombie);
        assertThat(h.leo(1)).as("back to where epoch 0 ends on broker 2").isEqualTo(epoch0End);
        h.runUntilTrue("broker 1 rejoins the ISR", 50000, () -> h.isr().contains(1));
        h.runToEnd();
        assertThat(Harness.describe(h.batches(1, T0))).isEqualTo(Harness.describe(h.batches(2, T0)));
        assertThat(h.log(1, T0).epochCache().startOffsetOf(1)).isEqualTo(epoch0End);
        var snap = h.snapshot();
        assertThat(snap.brokers().get(0).state()).isEqualTo("RUNNING");
        var zombieAcks = acks.acks.stream().filter(a -> a.broker() == 1 && a.baseOffset() >= epoch0End).toList();
        assertThat(zombieAcks).as("on resume it acknowledges the requests queued while it was frozen").isNotEmpty()
                .allMatch(a -> a.timeMs() >= 30000 && a.timeMs() <= zombieAppendedTo + 1)
                .noneMatch(a -> AckTracker.contained(a, h.batches(2, T0)));
        assertThat(snap.records().lostAcked()).as("exactly the zombie's acknowledged writes are lost")
                .isEqualTo(zombieAcks.stream().mapToLong(AckTracker.Ack::count).sum())
                .isEqualTo(leoAsZombie - epoch0End);
    }

    @Test
    void aPausedActiveControllerIsReplacedAndStepsDownAfterResuming() {
        Harness h = Harness.json(Json.acksAll("paused controller",
                """
                { "at": "5s", "action": "pauseNode", "node": "active" },
                { "at": "20s", "action": "resumeNode", "node": "1001" }
                """, "40s"));
        ControllerWatch watch = new ControllerWatch(h);
        h.listen(watch);
        h.runUntil(5000);
        ControllerNode old = h.controller(1001);
        assertThat(old.status()).isEqualTo(NodeStatus.PAUSED);
        int oldEpoch = old.controller().activeEpoch();

        long activatedAt = h.runUntilTrue("failover", 15000, () -> h.activeController() != null);
        assertThat(activatedAt - 5000).isBetween(2000L, 6000L);
        ControllerNode next = h.activeController();
        assertThat(next.nodeId()).isNotEqualTo(1001);
        int newEpoch = next.controller().activeEpoch();
        assertThat(newEpoch).isGreaterThan(oldEpoch);

        h.runUntil(20000);
        assertThat(old.status()).isEqualTo(NodeStatus.UP);
        long steppedDownAt = h.runUntilTrue("the old controller steps down", 30000,
                () -> !old.controller().isActive());
        assertThat(steppedDownAt - 20000).isLessThan(3500);
        h.runToEnd();
        assertThat(old.raft().epoch()).isGreaterThanOrEqualTo(newEpoch);
        assertThat(old.raft().leaderId()).isEqualTo(h.activeController().nodeId());
        assertThat(watch.conflicts).as("one active controller per epoch").isEmpty();
        var snap = h.snapshot();
        assertThat(snap.controller().failovers()).isEqualTo(1);
        assertThat(snap.invariants()).allMatch(i -> i.held());
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(h.leader()).as("the brokers never noticed").isEqualTo(1);
    }

    @Test
    void aPauseShorterThanTheSessionTimeoutChangesNothing() {
        Harness h = Harness.json(Json.acksAll("short pause",
                """
                { "at": "5s", "action": "pauseNode", "node": 1 },
                { "at": "10s", "action": "resumeNode", "node": 1 },
                { "at": "30s", "action": "stopProducer", "producer": "p" }
                """, "40s"));
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(9999);
        assertThat(acks.between(5002, 10000)).as("nothing is answered while frozen").isEmpty();
        assertThat(h.brokerRegistration(1).fenced()).as("5 s < broker.session.timeout.ms").isFalse();
        h.runToEnd();
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.committed().leaderEpoch()).isZero();
        assertThat(h.isr()).containsExactly(1, 2, 3);
        assertThat(acks.between(10000, 11000)).as("the queued requests are answered on resume").isNotEmpty();
        var snap = h.snapshot();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.records().acked()).isEqualTo(snap.producers().get(0).sent());
        assertThat(h.errors("p", "REQUEST_TIMED_OUT")).isZero();
    }
}
