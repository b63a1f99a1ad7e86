package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.3 (samples/not-enough-replicas.json): brokers 1 and 3 die at 2 s, ISR {2}
 * with min ISR 2; an acks=1 producer starts at 40 s; broker 1 returns at 100 s.
 */
class NotEnoughReplicasTest {

    @Test
    void acks1WritesStayInvisibleUntilTheIsrRecovers() {
        Harness h = Harness.sample("not-enough-replicas.json");
        AckTracker acks = new AckTracker();
        h.listen(acks);

        h.runUntil(20000);
        assertThat(h.leader()).isEqualTo(2);
        assertThat(h.isr()).containsExactly(2);
        assertThat(h.committed().elr()).as("only the member removed below min ISR is eligible (KIP-966): the"
                + " first one fenced left while ISR {2, other} still met min ISR").hasSize(1).isSubsetOf(1, 3);
        long hwFrozen = h.hw(2);

        // broker 1's process died: its connections were reset, so the producer failed its requests at
        // once (NETWORK_EXCEPTION) and found the new leader as soon as the controller elected it
        h.runUntil(34000);
        long leoAt20 = h.leo(2);
        long refusedAt20 = h.errors("safe", "NOT_ENOUGH_REPLICAS");
        assertThat(h.errors("safe", "NETWORK_EXCEPTION")).isPositive();
        assertThat(h.errors("safe", "REQUEST_TIMED_OUT")).isZero();
        assertThat(refusedAt20).isPositive();
        assertThat(h.hw(2)).isEqualTo(hwFrozen);

        h.runUntil(39999);
        assertThat(h.leo(2)).as("NOT_ENOUGH_REPLICAS is answered before anything is appended").isEqualTo(leoAt20);
        assertThat(h.errors("safe", "NOT_ENOUGH_REPLICAS")).as("the producer keeps retrying")
                .isGreaterThan(refusedAt20);
        assertThat(h.producer("fast").acked()).isZero();

        h.runUntil(99999);
        var snap = h.snapshot();
        long fastAcked = h.producer("fast").acked();
        assertThat(fastAcked).as("acks=1 is acknowledged below min ISR").isPositive();
        assertThat(h.leo(2)).isGreaterThan(leoAt20);
        assertThat(h.hw(2)).as("strict min ISR: the high watermark is frozen").isEqualTo(hwFrozen);
        assertThat(snap.records().invisibleAcked()).as("every acks=1 record is invisible").isEqualTo(fastAcked);
        assertThat(acks.between(20000, 100000)).allMatch(a -> a.producer().equals("fast"));

        long rejoinedAt = h.runUntilTrue("broker 1 rejoins the ISR", 125000,
                () -> h.isr().contains(1));
        assertThat(rejoinedAt).isGreaterThan(100000);
        assertThat(h.isr()).containsExactly(2, 1);
        assertThat(h.committed().elr()).doesNotContain(1);
        h.runUntilTrue("the high watermark moves", 125000, () -> h.hw(2) > hwFrozen);
        h.runUntil(rejoinedAt + 1000);
        assertThat(h.hw(2)).as("the buffered acks=1 records became visible").isGreaterThanOrEqualTo(h.leo(2) - 200);
        assertThat(acks.between(rejoinedAt, rejoinedAt + 1000)).as("acks=all accepted again")
                .anyMatch(a -> a.producer().equals("safe"));

        h.runToEnd();
        snap = h.snapshot();
        assertThat(snap.records().invisibleAcked()).isZero();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.records().committed()).isGreaterThanOrEqualTo(snap.records().acked());
    }
}
