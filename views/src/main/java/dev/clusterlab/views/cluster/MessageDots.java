package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.MessageInFlight;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each message's dot is on its link, frame by frame. A dot is never ahead of where the
 * simulated clock says the message is (interpolated between sentMs and arrivalMs at the
 * snapshot's nowMs), but takes at least {@link #MIN_TRAVEL_NANOS} of wall time to cross while the
 * clock runs, so that a 1 ms message on a default link can still be seen going by, while one on a
 * slowed link moves exactly with the clock. While the clock stands still (pause, single steps)
 * the dots stand still too. Plain Java, no toolkit.
 */
final class MessageDots {
    static final long MIN_TRAVEL_NANOS = 450_000_000L;
    /** The clock counts as running while a new simulated time arrived this recently. */
    static final long CLOCK_STILL_AFTER_NANOS = 250_000_000L;
    /** At most this many dots at once; the oldest go first. */
    static final int MAX_DOTS = 400;

    /** One message's dot. */
    static final class Dot {
        final MessageInFlight message;
        final MessageKind kind;
        private final boolean arrivedWhenSeen;
        /** Where it was when first seen: its wall-time crossing starts there. */
        private final double startProgress;
        /** The wall time it was first seen: it travels only from then on. */
        private final long seenNanos;
        private long travelledNanos;

        private Dot(MessageInFlight message, MessageKind kind, long seenAtMs, long seenNanos) {
            boolean arrivedWhenSeen = message.arrivalMs() <= seenAtMs;
            this.message = message;
            this.kind = kind;
            this.arrivedWhenSeen = arrivedWhenSeen;
            this.startProgress = arrivedWhenSeen ? 0 : message.progressAt(seenAtMs);
            this.seenNanos = seenNanos;
        }

        private double wallProgress() {
            return Math.min(1, startProgress + (1 - startProgress) * travelledNanos / (double) MIN_TRAVEL_NANOS);
        }
    }

    private final Map<Long, Dot> dots = new LinkedHashMap<>();
    private final Function<MessageInFlight, MessageKind> kinds;
    private long nowMs = Long.MIN_VALUE;
    private long clockMovedNanos = Long.MIN_VALUE / 2;
    private long lastTickNanos = Long.MIN_VALUE;

    /** kinds: a message's kind, for its colour. */
    MessageDots(Function<MessageInFlight, MessageKind> kinds) {
        this.kinds = kinds;
    }

    /** Takes a new snapshot's messages at wall time wallNanos. */
    void show(MessagesFrame frame, long wallNanos) {
        if (frame.nowMs() < nowMs) {
            dots.clear(); // a restart: sequence numbers start again
        }
        if (frame.nowMs() != nowMs) {
            nowMs = frame.nowMs();
            clockMovedNanos = wallNanos;
        }
        if (frame.messages().isEmpty() && !frame.note().isEmpty()) {
            dots.clear();
        }
        for (MessageInFlight m : frame.messages()) {
            dots.computeIfAbsent(m.seq(), seq -> new Dot(m, kinds.apply(m), nowMs, wallNanos));
        }
        for (Iterator<Long> it = dots.keySet().iterator(); dots.size() > MAX_DOTS; ) {
            it.next();
            it.remove();
        }
    }

    /**
     * Moves the dots on to wall time wallNanos and forgets those that have arrived. The view ticks
     * only while there are dots, so the previous tick may be long ago: a dot travels only for the
     * wall time since it was first seen (else a dot arriving after a quiet spell would already be
     * across, and gone before it is ever drawn).
     */
    void tick(long wallNanos) {
        long elapsed = lastTickNanos == Long.MIN_VALUE ? 0 : Math.max(0, wallNanos - lastTickNanos);
        lastTickNanos = wallNanos;
        boolean running = wallNanos - clockMovedNanos <= CLOCK_STILL_AFTER_NANOS;
        for (Iterator<Dot> it = dots.values().iterator(); it.hasNext(); ) {
            Dot d = it.next();
            if (running) {
                d.travelledNanos += Math.max(0, Math.min(elapsed, wallNanos - d.seenNanos));
            }
            if (d.wallProgress() >= 1 && d.message.arrivalMs() <= nowMs) {
                it.remove();
            }
        }
    }

    /** How far along its link a dot is: 0 at the sender, 1 at the receiver. */
    double progress(Dot d) {
        double wall = d.wallProgress();
        return d.arrivedWhenSeen ? wall : Math.min(wall, d.message.progressAt(nowMs));
    }

    Iterable<Dot> dots() {
        return dots.values();
    }

    int size() {
        return dots.size();
    }
}
