package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.metadata.PartitionRegistration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KAFKA-SEMANTICS 6.7: controller failover during a broker failure, and the majority-lost variant. */
class ControllerFailoverTest {

    /** samples/controller-failover.json: the active controller 1001 and broker 1 crash at 1 s. */
    @Test
    void theNewControllerFencesTheDeadBrokerASessionAfterItsOwnActivation() {
        Harness h = Harness.sample("controller-failover.json");
        ControllerWatch watch = new ControllerWatch(h);
        AckTracker acks = new AckTracker();
        h.listen(watch);
        h.listen(acks);

        h.runUntil(999);
        assertThat(h.activeController().nodeId()).isEqualTo(1001);
        int firstEpoch = h.activeController().controller().activeEpoch();
        h.runUntil(1000);
        assertThat(h.activeController()).isNull();

        long activatedAt = h.runUntilTrue("a new controller activates", 10000, () -> h.activeController() != null);
        ControllerNode next = h.activeController();
        assertThat(next.nodeId()).isIn(1002, 1003);
        assertThat(next.controller().activeEpoch()).isGreaterThan(firstEpoch);
        assertThat(activatedAt - 1000).as("fetch timeout 2 s + Pre-Vote and Vote + LeaderChange commit")
                .isBetween(2000L, 6000L);
        assertThat(h.leader()).as("broker 1 not fenced yet").isEqualTo(1);

        long fencedAt = h.runUntilTrue("broker 1 fenced", 30000, () -> h.leader() != 1);
        assertThat(fencedAt - activatedAt).as("session restarted at activation").isBetween(9000L - 500, 9000L + 500);
        assertThat(fencedAt - 1000).as("not 9 s after the crash").isGreaterThan(9000L + 2000);
        assertThat(h.leader()).isEqualTo(2);
        assertThat(h.isr()).containsExactly(2, 3);
        assertThat(h.brokerRegistration(1).fenced()).isTrue();

        h.runToEnd();
        assertThat(watch.conflicts).as("one active controller per epoch").isEmpty();
        assertThat(watch.activations).extracting(ControllerWatch.Activation::epoch).doesNotHaveDuplicates();
        assertThat(watch.activations).hasSize(2);
        assertThat(acks.between(fencedAt, h.now())).as("producers carry on with broker 2").isNotEmpty();
        var snap = h.snapshot();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.controller().failovers()).isEqualTo(1);
        assertThat(snap.controller().active()).isEqualTo(next.nodeId());
    }

    /** samples/controller-majority-lost.json: controllers 1001 and 1002 and follower broker 3 crash at 1 s. */
    @Test
    void withAMajorityOfControllersDownNoMetadataChanges() {
        Harness h = Harness.sample("controller-majority-lost.json");
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(999);
        PartitionRegistration before = h.committed();
        assertThat(before.isr()).containsExactly(1, 2, 3);

        h.runUntil(3000);
        ControllerNode survivor = h.controller(1003);
        long committedOffset = survivor.controller().committedImage().offset();
        long raftHw = survivor.raft().highWatermark();
        long brokerHw = h.hw(1);
        List<String> changes = new ArrayList<>();
        h.listen((long seq, SimEvent e) -> {
            if (!h.committed().equals(before) && changes.isEmpty()) {
                changes.add("t-0 changed at event " + seq + ": " + h.committed());
            }
        });

        h.runToEnd();
        assertThat(changes).isEmpty();
        assertThat(survivor.controller().committedImage().offset()).as("nothing is committed any more")
                .isEqualTo(committedOffset);
        assertThat(survivor.raft().highWatermark()).isEqualTo(raftHw);
        assertThat(survivor.isActiveController()).isFalse();
        assertThat(h.activeController()).isNull();
        assertThat(h.brokerRegistration(3).fenced()).as("broker 3 is never fenced").isFalse();
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.committed().leaderEpoch()).isZero();
        assertThat(h.hw(1)).as("the high watermark needs broker 3").isEqualTo(brokerHw);
        assertThat(h.leo(1)).isGreaterThan(brokerHw);
        assertThat(acks.between(3000, h.now())).as("no acks=all write is acknowledged")
                .noneMatch(a -> a.producer().equals("safe")).anyMatch(a -> a.producer().equals("fast"));
        assertThat(h.errors("safe", "REQUEST_TIMED_OUT")).isPositive();
        var snap = h.snapshot();
        assertThat(snap.records().invisibleAcked()).as("acks=1 writes acknowledged but invisible")
                .isEqualTo(acks.acks.stream().filter(a -> a.baseOffset() >= brokerHw).mapToLong(AckTracker.Ack::count).sum())
                .isPositive();
        assertThat(h.log(2, T0).logEndOffset()).as("broker 2 keeps replicating").isEqualTo(h.leo(1));
    }

    /** An active controller cut off from everybody resigns by check-quorum (1.5 x fetch timeout) and is replaced. */
    @Test
    void anIsolatedActiveControllerResignsAndIsReplaced() {
        Harness h = Harness.json(Json.acksAll("isolated controller",
                """
                { "at": "5s", "action": "isolate", "node": "1001" },
                { "at": "30s", "action": "healNetwork" }
                """, "60s"));
        ControllerWatch watch = new ControllerWatch(h);
        AckTracker acks = new AckTracker();
        h.listen(watch);
        h.listen(acks);
        h.runUntil(5000);
        ControllerNode old = h.controller(1001);
        assertThat(old.isActiveController()).isTrue();
        int oldEpoch = old.controller().activeEpoch();

        long resignedAt = h.runUntilTrue("1001 resigns", 15000, () -> !old.controller().isActive());
        assertThat(resignedAt - 5000).as("check-quorum: no fetch from a majority for 3 s")
                .isBetween(2500L, 3500L);
        long replacedAt = h.runUntilTrue("a new active controller", 15000,
                () -> h.activeController() != null && h.activeController() != old);
        assertThat(replacedAt - 5000).isBetween(2000L, 6000L);
        assertThat(h.activeController().controller().activeEpoch()).isGreaterThan(oldEpoch);

        h.runToEnd();
        assertThat(watch.conflicts).isEmpty();
        assertThat(old.controller().isActive()).isFalse();
        assertThat(old.raft().leaderId()).as("1001 follows the new leader after the heal")
                .isEqualTo(h.activeController().nodeId());
        for (int b = 1; b <= 3; b++) {
            assertThat(h.brokerRegistration(b).fenced()).as("sessions restarted at activation: broker %d", b).isFalse();
        }
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.committed().leaderEpoch()).isZero();
        assertThat(acks.between(5000, 30000)).as("data path unaffected").hasSizeGreaterThan(2000);
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }

    /** The majority-lost variant, then one controller returns: the quorum acts again and the backlog becomes visible. */
    @Test
    void whenTheQuorumReturnsTheDeadFollowerIsFencedASessionAfterActivation() {
        Harness h = Harness.sample("controller-majority-lost.json");
        h.at(40000, new dev.clusterlab.fault.Command.RestartController("1001"));
        h.runUntil(39999);
        assertThat(h.activeController()).isNull();
        long frozenHw = h.hw(1);
        assertThat(h.snapshot().records().invisibleAcked()).isPositive();

        long activatedAt = h.runUntilTrue("quorum back", 50000, () -> h.activeController() != null);
        assertThat(activatedAt).isGreaterThan(40000);
        long shrunkAt = h.runUntilTrue("broker 3 leaves the ISR", 70000, () -> !h.isr().contains(3));
        assertThat(shrunkAt - activatedAt).as("the leader's own AlterPartition (lagging > replica.lag.time.max.ms),"
                + " sent at its next isr-expiration check, comes before the fencing").isLessThan(15000 + 200);
        assertThat(h.brokerRegistration(3).fenced()).isFalse();
        assertThat(h.isr()).containsExactly(1, 2);
        long fencedAt = h.runUntilTrue("broker 3 fenced", 70000, () -> h.brokerRegistration(3).fenced());
        assertThat(fencedAt - activatedAt).as("a session after the activation").isBetween(9000L, 9000L + 200);
        assertThat(h.leader()).isEqualTo(1);
        h.runUntilTrue("the high watermark moves", 70000, () -> h.hw(1) > frozenHw);
        h.runUntil(Math.max(fencedAt, shrunkAt) + 2000);
        var snap = h.snapshot();
        assertThat(snap.records().invisibleAcked()).as("the acks=1 backlog is visible").isLessThan(100);
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.invariants()).allMatch(i -> i.held());
    }

    /** KIP-996 Pre-Vote: a follower controller coming back after a crash or an isolation does not disturb the leader. */
    @Test
    void aReturningFollowerControllerDoesNotBumpTheEpoch() {
        Harness h = Harness.json(Json.acksAll("returning follower controller",
                """
                { "at": "5s", "action": "crashController", "controller": "1002" },
                { "at": "20s", "action": "restartController", "controller": "1002" },
                { "at": "30s", "action": "isolate", "node": "1003" },
                { "at": "50s", "action": "healNetwork" }
                """, "70s"));
        ControllerWatch watch = new ControllerWatch(h);
        h.listen(watch);
        h.runUntil(4999);
        int epoch = h.activeController().controller().activeEpoch();
        h.runToEnd();
        assertThat(watch.activations).as("1001 stays active in its epoch throughout").hasSize(1);
        assertThat(h.activeController().nodeId()).isEqualTo(1001);
        assertThat(h.activeController().controller().activeEpoch()).isEqualTo(epoch);
        for (ControllerNode c : h.controllers()) {
            assertThat(c.raft().epoch()).as("controller %d", c.nodeId()).isEqualTo(epoch);
            assertThat(c.raft().leaderId()).isEqualTo(1001);
            assertThat(c.raft().highWatermark()).isEqualTo(h.controller(1001).raft().highWatermark());
        }
        assertThat(h.snapshot().controller().failovers()).isZero();
    }
}
