package dev.clusterlab.snapshot;

/** The recent events and commands for the timeline view. Filled by the live snapshot only. */
public record TimelineSnapshot() {
    public static final TimelineSnapshot EMPTY = new TimelineSnapshot();
}
