package dev.clusterlab.views.replicalog;

import dev.clusterlab.snapshot.LogBatch;
import dev.clusterlab.snapshot.Truncation;
import java.util.ArrayList;
import java.util.List;

/**
 * The records lost by recent truncations, kept for {@link #FADE_NANOS} of wall time so the view can
 * show them going away. Which truncations are new is told by their sequence numbers; wall time
 * comes from the caller, so tests need no real clock.
 */
final class TruncationFades {
    /** How long a lost record stays on screen, fading (wall time, whatever the simulation speed). */
    static final long FADE_NANOS = 1_500_000_000L;
    /** At most this many records fade at once per truncation (a wiped disk may lose thousands). */
    static final int MAX_RECORDS_PER_TRUNCATION = 500;

    private record Fade(int brokerId, RecordCell cell, long sinceNanos, boolean deleted) {
    }

    private final List<Fade> fades = new ArrayList<>();
    private long lastSequence;

    /** Starts a fade for every record of the truncations not seen yet; true if there were any. */
    boolean take(List<Truncation> truncations, long nowNanos) {
        if (truncations.isEmpty()) {
            return false;
        }
        if (truncations.get(truncations.size() - 1).sequence() < lastSequence) {
            lastSequence = 0; // a restarted simulation numbers its truncations from 1 again
        }
        boolean added = false;
        for (Truncation t : truncations) {
            if (t.sequence() <= lastSequence) {
                continue;
            }
            lastSequence = t.sequence();
            added = true;
            int budget = MAX_RECORDS_PER_TRUNCATION;
            for (int i = t.removed().size() - 1; i >= 0 && budget > 0; i--) {
                LogBatch b = t.removed().get(i);
                for (long o = b.lastOffset(); o >= b.baseOffset() && budget > 0; o--, budget--) {
                    fades.add(new Fade(t.brokerId(), ReplicaLogViewModel.cell(b, o), nowNanos,
                            t.cause() == Truncation.Cause.RETENTION));
                }
            }
        }
        return added;
    }

    /** What is still fading at nowNanos, oldest loss first; forgets what has faded out. */
    List<FadingRecord> at(long nowNanos) {
        fades.removeIf(f -> nowNanos - f.sinceNanos() >= FADE_NANOS);
        List<FadingRecord> out = new ArrayList<>(fades.size());
        for (Fade f : fades) {
            out.add(new FadingRecord(f.brokerId(), f.cell(), (double) (nowNanos - f.sinceNanos()) / FADE_NANOS,
                    f.deleted()));
        }
        return out;
    }

    /** The highest offset still fading (or about to), -1 if none. */
    long maxOffset() {
        long max = -1;
        for (Fade f : fades) {
            max = Math.max(max, f.cell().offset());
        }
        return max;
    }

    /** The lowest offset still fading (or about to), -1 if none. */
    long minOffset() {
        long min = -1;
        for (Fade f : fades) {
            min = min < 0 ? f.cell().offset() : Math.min(min, f.cell().offset());
        }
        return min;
    }

    boolean isEmpty() {
        return fades.isEmpty();
    }

    /** Another partition: nothing of the old one fades on, and its sequence numbers are not this one's. */
    void clear() {
        fades.clear();
        lastSequence = 0;
    }
}
