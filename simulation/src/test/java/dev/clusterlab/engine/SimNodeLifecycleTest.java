package dev.clusterlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.network.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers and messages of a node through pause / resume and crash / restart (incarnations). */
class SimNodeLifecycleTest {

    record Ping(int n) implements Message {
    }

    static final class Recorder extends SimNode {
        final List<String> log = new ArrayList<>();

        Recorder(Simulation sim, String id) {
            super(sim, id);
        }

        void timer(long delayMs, String name) {
            schedule(delayMs, "Timer", () -> log.add(name + "@" + nowMs()));
        }

        @Override
        protected void onMessage(SimNode from, Message message) {
            log.add("msg" + ((Ping) message).n() + "@" + nowMs());
        }
    }

    private final Simulation sim = new Simulation(1);
    private final Recorder a = sim.register(new Recorder(sim, "a"));
    private final Recorder b = sim.register(new Recorder(sim, "b"));

    @Test
    void timersFireAtTheirTimeInOrder() {
        a.start();
        a.timer(20, "second");
        a.timer(10, "first");
        a.timer(20, "third");
        sim.runUntil(100);
        assertThat(a.log).containsExactly("first@10", "second@20", "third@20");
        assertThat(sim.nowMs()).isEqualTo(100);
        assertThat(sim.executedEvents()).isEqualTo(3);
        assertThat(sim.step()).isFalse();
    }

    @Test
    void cancelledTimerNeverRuns() {
        a.start();
        SimNode.Timer t = a.schedule(10, "Timer", () -> a.log.add("cancelled"));
        a.timer(20, "kept");
        t.cancel();
        sim.runUntil(100);
        assertThat(a.log).containsExactly("kept@20");
        assertThat(sim.executedEvents()).isEqualTo(1);
    }

    @Test
    void pausedNodeDefersItsEventsAndReplaysThemInOrderOnResume() {
        a.start();
        b.start();
        a.timer(10, "t1");
        a.timer(30, "t2");
        sim.runUntil(5);
        a.pause();
        b.send(a, new Ping(1));   // arrives at 6
        b.schedule(20, "Send", () -> b.send(a, new Ping(2)));
        sim.runUntil(50);
        assertThat(a.log).isEmpty();
        assertThat(a.status()).isEqualTo(NodeStatus.PAUSED);

        a.resume();
        a.timer(0, "afterResume");
        sim.runUntil(60);
        assertThat(a.log).containsExactly("msg1@50", "t1@50", "msg2@50", "t2@50", "afterResume@50");
    }

    @Test
    void crashDropsTheTimersAndMessagesOfTheOldIncarnation() {
        a.start();
        b.start();
        a.timer(10, "old");
        sim.runUntil(2);
        b.send(a, new Ping(1));   // in flight, arrives at 3
        a.stop();
        assertThat(a.incarnation()).isEqualTo(1);
        a.start();
        a.timer(10, "new");
        sim.runUntil(100);
        assertThat(a.log).containsExactly("new@12");
    }

    @Test
    void crashWhilePausedForgetsTheDeferredEvents() {
        a.start();
        a.timer(10, "deferred");
        a.pause();
        sim.runUntil(20);
        a.stop();
        a.start();
        sim.runUntil(40);
        assertThat(a.log).isEmpty();
    }

    @Test
    void downNodeNeitherSendsNorReceives() {
        b.start();
        b.send(a, new Ping(1)); // a is down
        sim.runUntil(10);
        a.start();
        sim.runUntil(20);
        assertThat(a.log).isEmpty();
        b.stop();
        b.send(a, new Ping(2));
        sim.runUntil(30);
        assertThat(a.log).isEmpty();
    }

    @Test
    void illegalTransitionsAreRefused() {
        assertThatThrownBy(a::stop).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(a::pause).isInstanceOf(IllegalStateException.class);
        a.start();
        assertThatThrownBy(a::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(a::resume).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listenersSeeEveryExecutedEventWithItsSequenceNumber() {
        List<Long> seqs = new ArrayList<>();
        sim.addListener((seq, event) -> seqs.add(seq));
        a.start();
        a.timer(1, "x");
        a.timer(2, "y");
        sim.runUntil(10);
        assertThat(seqs).containsExactly(0L, 1L);
    }
}
