package dev.clusterlab.views.cluster;

import dev.clusterlab.fault.Command;

/**
 * One thing the user can do from a node's or a link's menu: one command. A disabled action
 * carries the reason it is impossible now, shown beside it, so nothing is silently ignored.
 */
public record NodeAction(String label, Command command, String disabledReason) implements NetworkAction {
    public static NodeAction enabled(String label, Command command) {
        return new NodeAction(label, command, null);
    }

    public static NodeAction disabled(String label, Command command, String reason) {
        return new NodeAction(label, command, reason);
    }
}
