package dev.clusterlab.views.cluster;

/** Something a menu or button offers; a disabled one says why, so nothing is silently ignored. */
public sealed interface NetworkAction permits NodeAction, LatencyAction {
    String label();

    String disabledReason();

    default boolean isEnabled() {
        return disabledReason() == null;
    }

    /** The menu text: the label, and for a disabled action why. */
    default String text() {
        return isEnabled() ? label() : label() + " (" + disabledReason() + ")";
    }
}
