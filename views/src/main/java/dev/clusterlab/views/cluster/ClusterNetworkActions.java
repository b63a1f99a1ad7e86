package dev.clusterlab.views.cluster;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.LinkDirection;
import dev.clusterlab.snapshot.LinkSnapshot;
import dev.clusterlab.snapshot.NetworkSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The network actions offered on a selection of nodes or on one link, as the commands the
 * contract has: partitionNetwork (symmetric), partitionOneWay, setLatency (both ways), and
 * healNetwork (which heals every cut and latency: the contract has no per-link heal). An action
 * that would change nothing is disabled with the reason.
 */
final class ClusterNetworkActions {
    static final String SELECT_FIRST = "select nodes first: Ctrl+click or Ctrl+Space";

    /** Every node in the picture, in order, with the name a menu shows for it. */
    private final Map<String, String> names;
    private final NetworkSnapshot network;

    ClusterNetworkActions(Map<String, String> names, NetworkSnapshot network) {
        this.names = names;
        this.network = network;
    }

    List<NetworkAction> forSelection(List<String> selection) {
        List<String> rest = new ArrayList<>();
        for (String n : names.keySet()) {
            if (!selection.contains(n)) {
                rest.add(n);
            }
        }
        String none = selection.isEmpty() ? SELECT_FIRST : rest.isEmpty() ? "the selection is every node" : null;
        List<String> from = List.copyOf(selection);
        List<NetworkAction> actions = new ArrayList<>();
        actions.add(action("Partition selection from the rest", new Command.PartitionNetwork(List.of(from, rest)),
                none != null ? none : allCut(from, rest, true) ? "already partitioned from the rest" : null));
        actions.add(action("Cut selection → rest (one-way)", new Command.PartitionOneWay(from, rest),
                none != null ? none : allCut(from, rest, false) ? "already cut" : null));
        actions.add(action("Cut rest → selection (one-way)", new Command.PartitionOneWay(rest, from),
                none != null ? none : allCut(rest, from, false) ? "already cut" : null));
        actions.add(new LatencyAction("Set latency between selection and rest…", from, rest, none));
        if (selection.size() == 2 && network.link(selection.get(0), selection.get(1)) != null) {
            actions.addAll(linkOnly(selection.get(0), selection.get(1)));
        }
        actions.add(heal());
        return actions;
    }

    List<NetworkAction> forLink(String a, String b) {
        List<NetworkAction> actions = new ArrayList<>(linkOnly(a, b));
        actions.add(heal());
        return actions;
    }

    private List<NetworkAction> linkOnly(String a, String b) {
        LinkSnapshot link = network.link(a, b);
        boolean aToB = link != null && link.direction(a).cut();
        boolean bToA = link != null && link.direction(b).cut();
        String na = name(a);
        String nb = name(b);
        List<NetworkAction> actions = new ArrayList<>();
        actions.add(action("Cut " + na + " ⇄ " + nb + " both ways",
                new Command.PartitionNetwork(List.of(List.of(a), List.of(b))),
                aToB && bToA ? "already cut both ways" : null));
        actions.add(action("Cut " + na + " → " + nb, new Command.PartitionOneWay(List.of(a), List.of(b)),
                aToB ? "already cut" : null));
        actions.add(action("Cut " + nb + " → " + na, new Command.PartitionOneWay(List.of(b), List.of(a)),
                bToA ? "already cut" : null));
        actions.add(new LatencyAction("Set latency " + na + " ⇄ " + nb + "…", List.of(a), List.of(b), null));
        return actions;
    }

    private NodeAction heal() {
        return action("Heal network (every cut and latency)", new Command.HealNetwork(),
                network.anyFault() ? null : "no link is cut or slowed");
    }

    /** Whether every link from a node of from to a node of to is cut (and, if both, back too); false without links. */
    private boolean allCut(List<String> from, List<String> to, boolean both) {
        boolean any = false;
        for (String f : from) {
            for (String t : to) {
                LinkSnapshot link = network.link(f, t);
                if (link == null) {
                    continue;
                }
                any = true;
                LinkDirection there = link.direction(f);
                LinkDirection back = link.direction(t);
                if (!there.cut() || (both && !back.cut())) {
                    return false;
                }
            }
        }
        return any;
    }

    private String name(String ref) {
        return names.getOrDefault(ref, ref);
    }

    private static NodeAction action(String label, Command command, String reason) {
        return reason == null ? NodeAction.enabled(label, command) : NodeAction.disabled(label, command, reason);
    }

    /** The names menus show: "broker 2", "controller 1001", or a producer's id. */
    static Function<NodeTile, String> tileName() {
        return t -> (t.kind() == NodeTile.Kind.BROKER ? "broker " : "controller ") + t.id();
    }
}
