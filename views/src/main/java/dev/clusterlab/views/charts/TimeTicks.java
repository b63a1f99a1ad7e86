package dev.clusterlab.views.charts;

import java.util.ArrayList;
import java.util.List;

/** The time axis: round tick times within a window, labelled in simulated minutes and seconds. */
public final class TimeTicks {
    private static final long[] STEPS_MS = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
        600_000, 900_000, 1_800_000, 3_600_000};

    private TimeTicks() {
    }

    /** Tick times in [fromMs, toMs], multiples of the smallest round step that gives at most maxTicks. */
    public static List<Long> between(long fromMs, long toMs, int maxTicks) {
        long span = Math.max(1, toMs - fromMs);
        long step = STEPS_MS[STEPS_MS.length - 1];
        for (long s : STEPS_MS) {
            if (span / s + 1 <= maxTicks) {
                step = s;
                break;
            }
        }
        List<Long> ticks = new ArrayList<>();
        for (long t = Math.floorDiv(fromMs + step - 1, step) * step; t <= toMs; t += step) {
            if (t >= 0) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    /** Simulated time as the clock shows it, to the second: {@code 4:05}, {@code 1:02:00}. */
    public static String label(long timeMs) {
        long s = Math.floorDiv(timeMs, 1000);
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(java.util.Locale.ROOT, "%d:%02d", m, sec);
    }
}
