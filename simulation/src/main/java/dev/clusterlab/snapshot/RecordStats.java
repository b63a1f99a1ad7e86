package dev.clusterlab.snapshot;

/** Record accounting as the report's {@code records} section defines it. */
public record RecordStats(long acked, long lostAcked, long invisibleAcked, long committed, long duplicated) {
}
