package dev.clusterlab.views.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.MessageInFlight;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dots follow the simulated clock but take a visible wall time to cross, and stand still with the clock. */
class MessageDotsTest {
    private static final long MS = 1_000_000L;
    private final MessageDots dots = new MessageDots(m -> MessageKind.of(m.type()));

    private static MessagesFrame frame(long nowMs, MessageInFlight... messages) {
        return new MessagesFrame(nowMs, List.of(messages), messages.length, "");
    }

    private double progressOfOnlyDot() {
        assertThat(dots.size()).isEqualTo(1);
        return dots.progress(dots.dots().iterator().next());
    }

    @Test
    void aOneMillisecondMessageStillTakesAVisibleTimeToCrossWhileTheClockRuns() {
        MessageInFlight fetch = new MessageInFlight(1, "2", "1", "FetchRequest", 100, 101);
        dots.show(frame(100, fetch), 0);
        dots.tick(0);
        assertThat(progressOfOnlyDot()).isZero();

        dots.show(frame(116), 16 * MS); // delivered: the next snapshot no longer lists it
        dots.tick(16 * MS);
        dots.show(frame(132), 200 * MS);
        dots.tick(200 * MS);
        assertThat(progressOfOnlyDot()).isCloseTo(200.0 / 450, org.assertj.core.data.Offset.offset(0.01));

        dots.show(frame(148), 460 * MS);
        dots.tick(460 * MS);
        assertThat(dots.size()).as("arrived and shown long enough").isZero();
    }

    @Test
    void aSlowMessageFollowsTheSimulatedClockFromWhereItIs() {
        MessageInFlight slow = new MessageInFlight(1, "2", "1", "FetchRequest", 1_000, 3_000);
        dots.show(frame(2_500, slow), 0);
        dots.tick(0);
        assertThat(progressOfOnlyDot()).isEqualTo(0.75);
        dots.show(frame(2_600, slow), 100 * MS);
        dots.tick(100 * MS);
        assertThat(progressOfOnlyDot()).as("never ahead of the clock").isEqualTo(0.8);
        assertThat(dots.dots().iterator().next().kind).isEqualTo(MessageKind.FETCH);
    }

    @Test
    void whileTheClockStandsStillTheDotsDo() {
        MessageInFlight fetch = new MessageInFlight(1, "2", "1", "FetchRequest", 100, 101);
        dots.show(frame(100, fetch), 0);
        dots.tick(0);
        dots.show(frame(116), 100 * MS);
        dots.tick(100 * MS);
        double moving = progressOfOnlyDot();
        dots.tick(400 * MS); // no new simulated time for 300 ms: paused
        dots.tick(2_000 * MS);
        assertThat(moving).isCloseTo(100.0 / 450, org.assertj.core.data.Offset.offset(0.001));
        assertThat(progressOfOnlyDot()).isEqualTo(moving);
        assertThat(dots.size()).as("still shown while paused").isEqualTo(1);
    }

    @Test
    void aRestartOrTooManyMessagesClearTheDots() {
        dots.show(frame(5_000, new MessageInFlight(1, "2", "1", "FetchRequest", 5_000, 5_001)), 0);
        dots.show(frame(0), 1);
        assertThat(dots.size()).isZero();

        dots.show(frame(10, new MessageInFlight(1, "2", "1", "FetchRequest", 10, 11)), 2);
        dots.show(new MessagesFrame(11, List.of(), 500, "too many"), 3);
        assertThat(dots.size()).isZero();
    }

    @Test
    void aDotSeenAfterAQuietSpellStartsAtItsSenderThoughTheLastTickIsLongAgo() {
        dots.show(frame(100, new MessageInFlight(1, "1001", "1002", "FetchRequest", 100, 101)), 0);
        for (long ms = 0; ms <= 480; ms += 16) {
            dots.show(frame(100 + ms), ms * MS);
            dots.tick(ms * MS);
        }
        assertThat(dots.size()).as("crossed").isZero(); // the view's timer stops: no ticks for a while
        for (long ms = 500; ms <= 2_000; ms += 16) {
            dots.show(frame(100 + ms), ms * MS);
        }

        dots.show(frame(2_116, new MessageInFlight(2, "1001", "1002", "FetchRequest", 2_110, 2_111)), 2_016 * MS);
        dots.tick(2_032 * MS); // the restarted timer's first frame
        assertThat(progressOfOnlyDot()).as("16 ms of its 450 ms crossing")
                .isCloseTo(16.0 / 450, org.assertj.core.data.Offset.offset(0.001));
    }
}
