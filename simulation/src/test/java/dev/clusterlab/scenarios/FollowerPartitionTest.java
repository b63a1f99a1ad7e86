package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leader loses its followers but not the controllers (KAFKA-SEMANTICS 1.4): nobody is fenced,
 * the leader shrinks the ISR itself after replica.lag.time.max.ms, below min ISR the removed
 * followers become eligible (KIP-966) and acks=all is refused; after the heal they catch up and
 * rejoin.
 */
class FollowerPartitionTest {

    @Test
    void theLeaderShrinksTheIsrItselfAndTheFollowersRejoinAfterTheHeal() {
        Harness h = Harness.json(Json.acksAll("followers cut off",
                """
                { "at": "5s", "action": "partitionNetwork", "sides": [[1], [2, 3]] },
                { "at": "80s", "action": "healNetwork" }
                """, "110s"));
        AckTracker acks = new AckTracker();
        h.listen(acks);
        h.runUntil(5100);
        long frozenHw = h.hw(1);
        long shrunkAt = h.runUntilTrue("ISR shrinks", 60000, () -> h.isr().size() < 3);
        assertThat(shrunkAt).as("30-45 s after the followers were last caught up").isBetween(35000L, 50000L + 200);
        assertThat(h.isr()).containsExactly(1);
        assertThat(h.committed().elr()).as("removed below min ISR: eligible").containsExactly(2, 3);
        assertThat(h.leader()).isEqualTo(1);
        assertThat(h.committed().leaderEpoch()).isZero();
        for (int b = 1; b <= 3; b++) {
            assertThat(h.brokerRegistration(b).fenced()).as("broker %d still heartbeats", b).isFalse();
        }
        assertThat(h.hw(1)).as("no ack while the followers are cut off").isEqualTo(frozenHw);
        assertThat(acks.between(5100, shrunkAt)).isEmpty();

        h.runUntil(79999);
        assertThat(h.errors("p", "NOT_ENOUGH_REPLICAS") + h.errors("p", "REQUEST_TIMED_OUT")).isPositive();
        assertThat(acks.between(5100, 80000)).isEmpty();
        assertThat(h.leo(2)).isEqualTo(h.leo(3)).isLessThanOrEqualTo(frozenHw + 200);

        long rejoinedAt = h.runUntilTrue("followers rejoin", 110000, () -> h.isr().size() == 3);
        assertThat(rejoinedAt - 80000).as("fetch back-off and a round trip, not minutes").isLessThan(35000);
        assertThat(h.committed().elr()).isEmpty();
        h.runToEnd();
        var snap = h.snapshot();
        assertThat(acks.between(rejoinedAt, h.now())).isNotEmpty();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(h.log(1, T0).highWatermark()).isGreaterThan(frozenHw);
        assertThat(snap.invariants()).allMatch(i -> i.held());
        assertThat(List.of(h.leo(2), h.leo(3))).allMatch(l -> l > frozenHw);
    }
}
