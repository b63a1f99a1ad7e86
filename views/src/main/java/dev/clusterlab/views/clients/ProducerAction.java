package dev.clusterlab.views.clients;

import dev.clusterlab.fault.Command;

/**
 * One thing the user can do to a producer. Start and Stop carry their command; Change rate and
 * Configure need input first (a dialog), so they carry none. A disabled action carries the reason
 * it is impossible now, shown beside it, so nothing is silently ignored.
 */
public record ProducerAction(Kind kind, String producer, Command command, String disabledReason) {
    public enum Kind {
        START("Start"), STOP("Stop"), CHANGE_RATE("Change rate…"), CONFIGURE("Configure…");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String label() {
        return kind.label();
    }

    public boolean isEnabled() {
        return disabledReason == null;
    }

    /** Whether the action asks for values (rate, settings) before it submits a command. */
    public boolean needsInput() {
        return kind == Kind.CHANGE_RATE || kind == Kind.CONFIGURE;
    }

    /** The menu text: the label, and for a disabled action why. */
    public String text() {
        return isEnabled() ? label() : label() + " (" + disabledReason + ")";
    }
}
