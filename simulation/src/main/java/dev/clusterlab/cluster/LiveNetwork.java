package dev.clusterlab.cluster;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.network.SimNetwork;
import dev.clusterlab.snapshot.LinkDirection;
import dev.clusterlab.snapshot.LinkSnapshot;
import dev.clusterlab.snapshot.MessageInFlight;
import dev.clusterlab.snapshot.NetworkSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds the network part of the live snapshot: the links between the nodes that talk, rebuilt
 * only when a cut or a latency changed (otherwise the previous list is reused), and the tracked
 * messages in flight at some moment since the previous live snapshot, or since a time the caller
 * names (the desktop app: the last snapshot it drew, so that the snapshots it skipped lose no
 * message).
 */
final class LiveNetwork {
    private final ClusterNodes nodes;
    private final SimNetwork network;
    private long linksVersion = -1;
    private List<LinkSnapshot> links = List.of();
    private long previousNowMs = -1;

    LiveNetwork(ClusterNodes nodes, SimNetwork network) {
        this.nodes = nodes;
        this.network = network;
    }

    /** The network now, with the messages in flight at some moment since the previous snapshot. */
    NetworkSnapshot snapshot(long nowMs) {
        return snapshot(nowMs, -1);
    }

    /**
     * The network now, with the messages in flight at some moment after afterMs; afterMs negative
     * or ahead of nowMs (a time of a simulation since replaced): since the previous snapshot.
     */
    NetworkSnapshot snapshot(long nowMs, long afterMs) {
        if (linksVersion != network.linkStateVersion()) {
            links = buildLinks();
            linksVersion = network.linkStateVersion();
        }
        long after = previousNowMs < 0 || previousNowMs > nowMs ? nowMs : previousNowMs;
        if (afterMs >= 0 && afterMs <= nowMs) {
            after = afterMs;
        }
        previousNowMs = nowMs;
        List<MessageInFlight> messages = network.messagesArrivingAfter(after);
        return new NetworkSnapshot(network.defaults().latencyMs(), links, messages, network.tracksMessages());
    }

    private List<LinkSnapshot> buildLinks() {
        List<LinkSnapshot> out = new ArrayList<>();
        allPairs(nodes.controllers.values(), LinkSnapshot.Kind.RAFT, out);
        for (SimNode c : nodes.controllers.values()) {
            for (SimNode b : nodes.brokers.values()) {
                out.add(link(c, b, LinkSnapshot.Kind.CONTROL));
            }
        }
        allPairs(nodes.brokers.values(), LinkSnapshot.Kind.REPLICATION, out);
        for (SimNode b : nodes.brokers.values()) {
            for (SimNode p : nodes.producers.values()) {
                out.add(link(b, p, LinkSnapshot.Kind.CLIENT));
            }
        }
        return List.copyOf(out);
    }

    private void allPairs(Collection<? extends SimNode> group, LinkSnapshot.Kind kind, List<LinkSnapshot> out) {
        List<SimNode> list = new ArrayList<>(group);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                out.add(link(list.get(i), list.get(j), kind));
            }
        }
    }

    private LinkSnapshot link(SimNode a, SimNode b, LinkSnapshot.Kind kind) {
        return new LinkSnapshot(a.id(), b.id(), kind, direction(a, b), direction(b, a));
    }

    private LinkDirection direction(SimNode from, SimNode to) {
        return new LinkDirection(network.isCut(from, to), network.latencyMs(from, to),
                network.hasLatencyOverride(from, to));
    }
}
