package dev.clusterlab.controller.raft;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Hands committed entries to the listener exactly once per incarnation, in offset order: everything
 * below the high watermark that has not been delivered since the last start. Re-entrant calls (a listener
 * that appends, which may move the HW) are folded into the running loop.
 */
final class CommitDelivery {
    private long nextOffset;
    private boolean delivering;

    void reset() {
        nextOffset = 0;
        delivering = false;
    }

    boolean isDelivering() {
        return delivering;
    }

    long nextOffset() {
        return nextOffset;
    }

    /** Delivers log entries in [next, min(hw, log end)); hw is re-read after every callback. */
    void deliver(RaftLog log, LongSupplier highWatermark, Consumer<LogEntry> sink) {
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            while (nextOffset < Math.min(highWatermark.getAsLong(), log.endOffset())) {
                sink.accept(log.entry(nextOffset++));
            }
        } finally {
            delivering = false;
        }
    }
}
