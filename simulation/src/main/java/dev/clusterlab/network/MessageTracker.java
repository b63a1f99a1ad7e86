package dev.clusterlab.network;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.snapshot.MessageInFlight;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Remembers the messages put on the wire so that the desktop app can draw them travelling. Only
 * the app turns it on: a headless run keeps none. Bounded: beyond capacity the oldest are
 * forgotten, so a fast run costs at most capacity records.
 */
final class MessageTracker {
    private final int capacity;
    private final ArrayDeque<Sent> messages = new ArrayDeque<>();
    private long seq;

    /** What is kept per message: cheap to make on every send; the snapshot's record is made only when asked. */
    private record Sent(long seq, SimNode from, SimNode to, Message message, long sentMs, long arrivalMs) {
        MessageInFlight inFlight() {
            return new MessageInFlight(seq, from.id(), to.id(), message.type(), sentMs, arrivalMs);
        }
    }

    MessageTracker(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    void sent(SimNode from, SimNode to, Message message, long sentMs, long arrivalMs) {
        if (messages.size() == capacity) {
            messages.removeFirst();
        }
        messages.addLast(new Sent(seq++, from, to, message, sentMs, arrivalMs));
    }

    /**
     * The messages that arrive after afterMs (in flight at some moment since then), oldest first;
     * the others are forgotten.
     */
    List<MessageInFlight> arrivingAfter(long afterMs) {
        List<MessageInFlight> out = new ArrayList<>(messages.size());
        for (Iterator<Sent> it = messages.iterator(); it.hasNext(); ) {
            Sent m = it.next();
            if (m.arrivalMs() <= afterMs) {
                it.remove();
            } else {
                out.add(m.inFlight());
            }
        }
        return out;
    }
}
