package dev.clusterlab.scenario;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scenario durations: {@code "250ms"}, {@code "10s"}, {@code "2m"}, {@code "1h"}, or a JSON integer of milliseconds. */
public final class Durations {
    private static final Pattern TEXT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /** Milliseconds of a duration text; throws IllegalArgumentException saying what is wrong. */
    public static long parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write a number with a unit "
                    + "ms, s, m or h (\"250ms\", \"10s\", \"2m\") or an integer of milliseconds");
        }
        long unitMs = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        BigDecimal ms = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMs));
        if (ms.signum() < 0) {
            throw new IllegalArgumentException("duration '" + text + "' must not be negative");
        }
        try {
            return ms.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration '" + text + "' is not a whole number of milliseconds "
                    + "or too large");
        }
    }

    /** The shortest exact text of a duration: 1500 → "1500ms", 10000 → "10s", 120000 → "2m". */
    public static String format(long ms) {
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms != 0 && ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }
}
