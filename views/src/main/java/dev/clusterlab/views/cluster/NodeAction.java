package dev.clusterlab.views.cluster;

import dev.clusterlab.fault.Command;

/**
 * One thing the user can do to a node from its menu. A disabled action carries the reason it is
 * impossible now, shown beside it, so nothing is silently ignored.
 */
public record NodeAction(String label, Command command, String disabledReason) {
    public static NodeAction enabled(String label, Command command) {
        return new NodeAction(label, command, null);
    }

    public static NodeAction disabled(String label, Command command, String reason) {
        return new NodeAction(label, command, reason);
    }

    public boolean isEnabled() {
        return disabledReason == null;
    }

    /** The menu text: the label, and for a disabled action why. */
    public String text() {
        return isEnabled() ? label : label + " (" + disabledReason + ")";
    }
}
