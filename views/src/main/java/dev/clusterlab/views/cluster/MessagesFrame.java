package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.MessageInFlight;
import java.util.List;

/**
 * The messages one snapshot lists, as the view draws them.
 *
 * @param nowMs    the snapshot's simulated time, at which positions are interpolated
 * @param messages the messages to draw (empty when hidden)
 * @param inFlight how many the snapshot listed
 * @param note     why none are drawn (tracking off, too many at this speed), or empty
 */
public record MessagesFrame(long nowMs, List<MessageInFlight> messages, int inFlight, String note) {
    public static final MessagesFrame NONE = new MessagesFrame(0, List.of(), 0, "");

    public MessagesFrame {
        messages = List.copyOf(messages);
    }
}
