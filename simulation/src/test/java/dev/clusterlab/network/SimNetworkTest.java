package dev.clusterlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimNetworkTest {

    record Seq(int n) implements Message {
    }

    static final class Sink extends SimNode {
        final List<Integer> received = new ArrayList<>();
        final List<Long> at = new ArrayList<>();

        Sink(Simulation sim, String id) {
            super(sim, id);
        }

        @Override
        protected void onMessage(SimNode from, Message message) {
            received.add(((Seq) message).n());
            at.add(nowMs());
        }
    }

    private final Simulation sim = new Simulation(17);
    private final SimNetwork net = sim.network();
    private final Sink a = sim.register(new Sink(sim, "a"));
    private final Sink b = sim.register(new Sink(sim, "b"));
    private final Sink c = sim.register(new Sink(sim, "c"));

    private void startAll() {
        a.start();
        b.start();
        c.start();
    }

    @Test
    void everyLinkIsFifoEvenWithJitter() {
        net.setDefaults(new LinkSettings(10, 50, 0));
        startAll();
        for (int i = 0; i < 200; i++) {
            int n = i;
            a.schedule(i / 4, "Send", () -> a.send(b, new Seq(n)));
        }
        sim.runUntil(10_000);
        assertThat(b.received).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(b.received.get(i)).isEqualTo(i);
            assertThat(b.at.get(i)).isGreaterThanOrEqualTo(i / 4 + 10L).isLessThanOrEqualTo(i / 4 + 60L);
        }
        assertThat(b.at).isSorted();
        assertThat(b.at.stream().distinct().count()).as("jitter really varies the latency").isGreaterThan(10);
    }

    @Test
    void latencyIsPerDirectionAndHealRestoresTheDefault() {
        startAll();
        net.setLatency(a, b, 40);
        assertThat(net.latencyMs(a, b)).isEqualTo(40);
        assertThat(net.latencyMs(b, a)).isEqualTo(1);
        a.send(b, new Seq(1));
        b.send(a, new Seq(2));
        sim.runUntil(100);
        assertThat(b.at).containsExactly(40L);
        assertThat(a.at).containsExactly(1L);
        net.heal();
        assertThat(net.latencyMs(a, b)).isEqualTo(1);
    }

    @Test
    void cutsAreOneWayAndAddUpUntilHeal() {
        startAll();
        net.cut(a, b);
        net.cut(a, b);
        assertThat(net.isCut(a, b)).isTrue();
        assertThat(net.isCut(b, a)).isFalse();
        a.send(b, new Seq(1));
        b.send(a, new Seq(2));
        sim.runUntil(10);
        assertThat(b.received).isEmpty();
        assertThat(a.received).containsExactly(2);
        net.heal();
        assertThat(net.isCut(a, b)).isFalse();
        a.send(b, new Seq(3));
        sim.runUntil(20);
        assertThat(b.received).containsExactly(3);
    }

    @Test
    void messageInFlightWhenTheLinkIsCutIsLost() {
        net.setDefaults(new LinkSettings(10, 0, 0));
        startAll();
        a.send(b, new Seq(1));
        sim.runUntil(5);
        net.cut(a, b);
        sim.runUntil(20);
        net.heal();
        sim.runUntil(40);
        assertThat(b.received).isEmpty();
        assertThat(net.droppedMessages()).isEqualTo(1);
    }

    @Test
    void droppedMessagesAreNeverDelivered() {
        net.setDefaults(new LinkSettings(1, 0, 1.0));
        startAll();
        for (int i = 0; i < 50; i++) {
            a.send(b, new Seq(i));
        }
        sim.runUntil(100);
        assertThat(b.received).isEmpty();
        assertThat(net.sentMessages()).isEqualTo(50);
        assertThat(net.droppedMessages()).isEqualTo(50);
    }

    @Test
    void partialLossDeliversTheRestInOrder() {
        net.setDefaults(new LinkSettings(1, 5, 0.3));
        startAll();
        for (int i = 0; i < 1_000; i++) {
            a.send(c, new Seq(i));
        }
        sim.runUntil(1_000);
        assertThat(c.received.size() + net.droppedMessages()).isEqualTo(1_000);
        assertThat(net.droppedMessages()).isBetween(200L, 400L);
        assertThat(c.received).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void sameSeedSameDeliveries() {
        List<Long> first = deliveries(99);
        assertThat(deliveries(99)).isEqualTo(first);
        assertThat(deliveries(100)).isNotEqualTo(first);
    }

    private static List<Long> deliveries(long seed) {
        Simulation s = new Simulation(seed);
        s.network().setDefaults(new LinkSettings(2, 20, 0.2));
        Sink x = s.register(new Sink(s, "x"));
        Sink y = s.register(new Sink(s, "y"));
        x.start();
        y.start();
        for (int i = 0; i < 100; i++) {
            x.send(y, new Seq(i));
        }
        s.runUntil(1_000);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < y.received.size(); i++) {
            out.add(y.received.get(i) * 10_000L + y.at.get(i));
        }
        return out;
    }

    @Test
    void linkSettingsAreValidated() {
        assertThatThrownBy(() -> new LinkSettings(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkSettings(0, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
