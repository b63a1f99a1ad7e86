package dev.clusterlab.views.cluster;

import dev.clusterlab.fault.Command;
import java.util.List;

/**
 * "Set latency…": asks for a number of milliseconds first, then sets it in both directions
 * between from and to (two setLatency commands, as the contract's setLatency is one-way).
 */
public record LatencyAction(String label, List<String> from, List<String> to, String disabledReason)
        implements NetworkAction {
    /** The longest latency the dialog accepts: a minute is already far beyond every Kafka timeout. */
    public static final long MAX_LATENCY_MS = 60_000;

    public LatencyAction {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** The commands that set latencyMs both ways. */
    public List<Command> commands(long latencyMs) {
        return List.of(new Command.SetLatency(from, to, latencyMs), new Command.SetLatency(to, from, latencyMs));
    }

    /**
     * Why text is not a valid latency, or null when it is: a whole number of milliseconds from 0
     * to {@link #MAX_LATENCY_MS}.
     */
    public static String problemWith(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return "enter a latency in ms";
        }
        if (!t.chars().allMatch(Character::isDigit) || t.length() > 9) {
            return "a whole number of milliseconds, 0 to " + MAX_LATENCY_MS;
        }
        long ms = Long.parseLong(t);
        return ms > MAX_LATENCY_MS ? "at most " + MAX_LATENCY_MS + " ms" : null;
    }
}
