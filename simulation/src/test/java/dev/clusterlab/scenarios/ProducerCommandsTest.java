package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Producer control through the timeline: rate, stop/start, restart with new settings. */
class ProducerCommandsTest {

    @Test
    void rateStopStartAndReconfigure() {
        Harness h = Harness.json(Json.acksAll("producer commands",
                """
                { "at": "10s", "action": "setRate", "producer": "p", "ratePerSec": 400 },
                { "at": "20s", "action": "stopProducer", "producer": "p" },
                { "at": "30s", "action": "startProducer", "producer": "p" },
                { "at": "40s", "action": "configureProducer", "producer": "p", "config": { "acks": "1" } }
                """, "50s"));
        h.runUntil(10000);
        long sentAt10 = h.producer("p").sent();
        long pid = h.producer("p").producerId();
        assertThat(h.producer("p").acks()).isEqualTo("all");
        h.runUntil(20000);
        long sentAt20 = h.producer("p").sent();
        assertThat(sentAt20 - sentAt10).as("400 records/s").isBetween(3990L, 4010L);
        h.runUntil(29000);
        assertThat(h.producer("p").sent()).as("stopped").isEqualTo(sentAt20);
        assertThat(h.producer("p").running()).isFalse();
        h.runUntil(39999);
        assertThat(h.producer("p").running()).isTrue();
        assertThat(h.producer("p").sent() - sentAt20).as("started again at 30 s").isBetween(3990L, 4010L);
        h.runUntil(45000);
        var p = h.producer("p");
        assertThat(p.acks()).isEqualTo("1");
        assertThat(p.producerId()).as("a restarted producer gets a new producer id").isNotEqualTo(pid);
        assertThat(p.running()).isTrue();
        h.runToEnd();
        var snap = h.snapshot();
        assertThat(snap.records().lostAcked()).isZero();
        assertThat(snap.records().acked()).isGreaterThan(snap.producers().get(0).sent() - 100);
    }
}
