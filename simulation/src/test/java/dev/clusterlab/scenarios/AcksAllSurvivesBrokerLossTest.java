package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.RecordBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.2 (samples/acks-all-survives-broker-loss.json): acks=all, min ISR 2;
 * follower 3 dies at 5 s, leader 1 at 30 s.
 */
class AcksAllSurvivesBrokerLossTest {

    @Test
    void acksWaitForTheFencingOfADeadFollowerThenResume() {
        Harness h = Harness.sample("acks-all-survives-broker-loss.json");
        AckTracker acks = new AckTracker();
        HeartbeatWatch heartbeats = new HeartbeatWatch();
        h.listen(acks);
        h.listen(heartbeats);

        h.runUntil(4999);
        assertThat(acks.between(4000, 5000)).as("acks flow before the crash").isNotEmpty();
        int partitionEpochBefore = h.committed().partitionEpoch();

        h.runUntil(5100);
        long frozenHw = h.hw(1);
        long fencedAt = h.runUntilTrue("broker 3 leaves the ISR", 20000, () -> !h.isr().contains(3));
        assertThat(fencedAt - heartbeats.last(3)).as("fenced a session timeout after its last heartbeat")
                .isBetween(9000L, 9200L);
        assertThat(h.isr()).containsExactly(1, 2);
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.committed().leaderEpoch()).as("an ISR change bumps only the partition epoch").isZero();
        assertThat(h.committed().partitionEpoch()).isGreaterThan(partitionEpochBefore);
        assertThat(h.committed().elr()).as("ISR {1,2} is not below min.insync.replicas").isEmpty();
        assertThat(acks.between(5100, fencedAt)).as("acks=all waits while broker 3 is dead but unfenced")
                .isEmpty();
        assertThat(h.log(1, T0).highWatermark()).as("the high watermark needs broker 3").isEqualTo(frozenHw);

        h.runUntil(fencedAt + 1000);
        assertThat(acks.between(fencedAt, fencedAt + 1000)).as("acks resume once the ISR is {1,2}").isNotEmpty();
        assertThat(h.hw(1)).isGreaterThan(frozenHw);

        h.runUntil(30000);
        long electedAt = h.runUntilTrue("broker 2 takes over", 45000, () -> h.leader() == 2);
        assertThat(electedAt - heartbeats.last(1)).isBetween(9000L, 9200L);
        assertThat(h.isr()).containsExactly(2);
        assertThat(h.committed().elr()).as("broker 1 left the ISR below min ISR: eligible").containsExactly(1);
        assertThat(h.committed().leaderEpoch()).isEqualTo(1);
        List<RecordBatch> onBroker2 = h.batches(2, T0);
        for (AckTracker.Ack a : acks.acks) {
            assertThat(AckTracker.contained(a, onBroker2)).as("ack at %d ms is on the new leader", a.timeMs())
                    .isTrue();
        }

        long newLeaderStart = h.now();
        h.runToEnd();
        var snap = h.snapshot();
        assertThat(acks.records("safe")).isEqualTo(h.producer("safe").acked());
        assertThat(acks.between(newLeaderStart, Long.MAX_VALUE)).as("ISR {2} < min ISR 2: nothing acknowledged")
                .isEmpty();
        assertThat(h.errors("safe", "NOT_ENOUGH_REPLICAS")).isPositive();
        assertThat(h.leo(2)).as("refused before append: nothing written on the new leader")
                .isEqualTo(onBroker2.isEmpty() ? 0 : onBroker2.get(onBroker2.size() - 1).nextOffset());
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.records().duplicated()).isZero();
    }
}
