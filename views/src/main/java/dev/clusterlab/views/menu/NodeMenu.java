package dev.clusterlab.views.menu;

import dev.clusterlab.views.cluster.ClusterViewModel;
import dev.clusterlab.views.cluster.NodeAction;
import dev.clusterlab.views.cluster.NodeTile;
import java.util.List;

/**
 * One broker's or controller's submenu of the Cluster menu: the same actions, in the same order
 * and with the same disabled reasons, as its tile's context menu. Built when the menu opens.
 */
public record NodeMenu(String title, List<NodeAction> actions) {

    public NodeMenu {
        actions = List.copyOf(actions);
    }

    /** A submenu per node, controllers first, as the tiles are ordered. */
    public static List<NodeMenu> of(ClusterViewModel cluster) {
        return cluster.tiles().stream().map(t -> new NodeMenu(title(t), cluster.actions(t))).toList();
    }

    private static String title(NodeTile t) {
        return t.title() + " (" + t.state() + (t.active() ? ", active" : "") + ")";
    }
}
