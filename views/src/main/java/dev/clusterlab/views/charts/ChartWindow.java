package dev.clusterlab.views.charts;

/** How much simulated time the charts show, ending at the newest sample. */
public enum ChartWindow {
    ONE_MINUTE(60_000, "1 min"),
    FIVE_MINUTES(5 * 60_000, "5 min"),
    FIFTEEN_MINUTES(15 * 60_000, "15 min"),
    ONE_HOUR(60 * 60_000, "1 h");

    private final long durationMs;
    private final String label;

    ChartWindow(long durationMs, String label) {
        this.durationMs = durationMs;
        this.label = label;
    }

    public long durationMs() {
        return durationMs;
    }

    public String label() {
        return label;
    }

    /** The longest window: how much the charts keep. */
    static long longestMs() {
        long longest = 0;
        for (ChartWindow w : values()) {
            longest = Math.max(longest, w.durationMs);
        }
        return longest;
    }
}
