package dev.clusterlab.snapshot;

import java.util.List;

/**
 * A replica's log lost records: [newLogEndOffset, removedEndOffset) is gone. That is its suffix,
 * except for {@link Cause#RETENTION}, where it is the oldest records, below the new log start
 * offset ({@code removedEndOffset}): use {@link #removedStartOffset()} to read it either way.
 *
 * @param sequence  increases with every truncation the simulation records, so a view can tell new ones
 * @param removed   the removed batches, as far as they reach into the last window of offsets removed
 * @param atMs      simulated time
 */
public record Truncation(long sequence, int brokerId, Cause cause, long newLogEndOffset, long removedEndOffset,
                         List<LogBatch> removed, long atMs) {

    public Truncation {
        removed = List.copyOf(removed);
    }

    /** The first offset gone (the new log end offset, or for retention the old log start offset). */
    public long removedStartOffset() {
        return newLogEndOffset;
    }

    /** Why the records went away. */
    public enum Cause {
        /** A follower's log diverged from its leader's (KIP-101/KIP-279: truncate to the end of the common epoch). */
        FOLLOWER_TRUNCATION,
        /** The machine lost power: what the page cache had not written back is gone. */
        POWER_FAILURE,
        /** The broker's disk was wiped. */
        DISK_WIPE,
        /**
         * The broker's retention check deleted the oldest segments (UnifiedLog.deleteOldSegments:
         * older than retention.ms, beyond retention.bytes, or below the log start offset). Not a loss.
         */
        RETENTION
    }
}
