package dev.clusterlab.snapshot;

import java.util.List;

/**
 * The network as the live views draw it: the links between nodes that talk (each direction cut
 * or not, slowed or not) and, when the app tracks them, the messages in flight. Filled by the
 * live snapshot only; a report's snapshot is {@link #EMPTY}.
 *
 * @param defaultLatencyMs the scenario's latency of a link without an override
 * @param links            every pair of nodes that talk, controllers first, in node order
 * @param messages         messages in flight now or delivered since the previous live snapshot (so
 *                         that a view sees even a 1 ms message once), oldest first; empty unless
 *                         tracking is on
 * @param tracking         whether messages in flight are tracked at all
 */
public record NetworkSnapshot(long defaultLatencyMs, List<LinkSnapshot> links, List<MessageInFlight> messages,
                              boolean tracking) {
    public static final NetworkSnapshot EMPTY = new NetworkSnapshot(0, List.of(), List.of(), false);

    public NetworkSnapshot {
        links = List.copyOf(links);
        messages = List.copyOf(messages);
    }

    /** The link between two nodes, in either order, or null when they do not talk. */
    public LinkSnapshot link(String node, String other) {
        for (LinkSnapshot l : links) {
            if (l.joins(node, other)) {
                return l;
            }
        }
        return null;
    }

    /** Whether any link is cut or slowed, that is whether healing the network would change anything. */
    public boolean anyFault() {
        for (LinkSnapshot l : links) {
            if (l.anyCut() || l.slowed()) {
                return true;
            }
        }
        return false;
    }
}
