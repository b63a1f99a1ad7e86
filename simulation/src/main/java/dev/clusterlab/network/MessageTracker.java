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
    private final ArrayDeque<MessageInFlight> messages = new ArrayDeque<>();
    private long seq;

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
        messages.addLast(new MessageInFlight(seq++, from.id(), to.id(), message.type(), sentMs, arrivalMs));
    }

    /**
     * The messages that arrive after afterMs (in flight at some moment since then), oldest first;
     * the others are forgotten.
     */
    List<MessageInFlight> arrivingAfter(long afterMs) {
        List<MessageInFlight> out = new ArrayList<>(messages.size());
        for (Iterator<MessageInFlight> it = messages.iterator(); it.hasNext(); ) {
            MessageInFlight m = it.next();
            if (m.arrivalMs() <= afterMs) {
                it.remove();
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
