package dev.clusterlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    static final class Named extends SimEvent {
        final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public SimNode node() {
            return null;
        }

        @Override
        public void fire() {
        }

        @Override
        public String type() {
            return name;
        }
    }

    @Test
    void eventsComeOutByTimeThenInTheOrderTheyWereAdded() {
        EventQueue q = new EventQueue();
        q.add(new Named("c@5"), 5);
        q.add(new Named("a@1"), 1);
        q.add(new Named("d@5"), 5);
        q.add(new Named("b@1"), 1);
        q.add(new Named("e@5"), 5);
        q.add(new Named("z@0"), 0);
        List<String> out = new ArrayList<>();
        while (!q.isEmpty()) {
            out.add(q.poll().type());
        }
        assertThat(out).containsExactly("z@0", "a@1", "b@1", "c@5", "d@5", "e@5");
        assertThat(q.poll()).isNull();
        assertThat(q.peek()).isNull();
    }

    @Test
    void orderHoldsForManyEventsBeyondTheInitialCapacity() {
        EventQueue q = new EventQueue();
        SimRandom random = new SimRandom(3);
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            q.add(new Named(Integer.toString(i)), random.nextInt(50));
        }
        assertThat(q.size()).isEqualTo(n);
        long lastTime = -1;
        long lastSeq = -1;
        while (!q.isEmpty()) {
            SimEvent e = q.poll();
            if (e.timeMs() == lastTime) {
                assertThat(e.queueSeq).isGreaterThan(lastSeq);
            } else {
                assertThat(e.timeMs()).isGreaterThan(lastTime);
            }
            lastTime = e.timeMs();
            lastSeq = e.queueSeq;
        }
    }

    @Test
    void peekShowsTheNextEventWithoutRemovingIt() {
        EventQueue q = new EventQueue();
        Named late = new Named("late");
        Named early = new Named("early");
        q.add(late, 9);
        q.add(early, 2);
        assertThat(q.peek()).isSameAs(early);
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.poll()).isSameAs(early);
        assertThat(q.poll()).isSameAs(late);
    }
}
