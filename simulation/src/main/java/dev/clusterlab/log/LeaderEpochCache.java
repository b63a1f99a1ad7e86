package dev.clusterlab.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The leader-epoch cache of one replica (Kafka's LeaderEpochFileCache): epoch → start offset of
 * that epoch in this replica's log, in increasing order of both.
 */
public final class LeaderEpochCache {
    private final List<long[]> entries = new ArrayList<>(); // {epoch, startOffset}
    private int latestEpoch = -1;

    /** Records that epoch starts at startOffset; conflicting later entries are removed first. */
    public void assign(int epoch, long startOffset) {
        if (!entries.isEmpty()) {
            long[] last = entries.get(entries.size() - 1);
            if (last[0] == epoch && last[1] <= startOffset) {
                return;
            }
        }
        entries.removeIf(e -> e[0] >= epoch || e[1] >= startOffset);
        entries.add(new long[] {epoch, startOffset});
        entriesChanged();
    }

    public int latestEpoch() {
        return latestEpoch;
    }

    private void entriesChanged() {
        latestEpoch = entries.isEmpty() ? -1 : (int) entries.get(entries.size() - 1)[0];
    }

    /** Start offset of the given epoch, or -1 when unknown. */
    public long startOffsetOf(int epoch) {
        for (long[] e : entries) {
            if (e[0] == epoch) {
                return e[1];
            }
        }
        return -1;
    }

    /**
     * Kafka's endOffsetFor: for the latest epoch the log end offset; otherwise the start offset of
     * the next higher epoch, paired with the largest known epoch ≤ the requested one (or the
     * requested epoch itself when it is below every cached epoch). Undefined for an unknown
     * epoch above all cached ones.
     */
    public EpochEndOffset endOffsetFor(int requestedEpoch, long logEndOffset) {
        if (requestedEpoch < 0 || entries.isEmpty()) {
            return EpochEndOffset.UNDEFINED;
        }
        if (requestedEpoch == latestEpoch()) {
            return new EpochEndOffset(requestedEpoch, logEndOffset);
        }
        long[] floor = null;
        long[] higher = null;
        for (long[] e : entries) {
            if (e[0] <= requestedEpoch) {
                floor = e;
            } else {
                higher = e;
                break;
            }
        }
        if (higher == null) {
            return EpochEndOffset.UNDEFINED;
        }
        if (floor == null) {
            return new EpochEndOffset(requestedEpoch, higher[1]);
        }
        return new EpochEndOffset((int) floor[0], higher[1]);
    }

    /** Removes entries that start at or after endOffset (log truncated from the end). */
    public void truncateFromEnd(long endOffset) {
        if (endOffset < 0) {
            return;
        }
        entries.removeIf(e -> e[1] >= endOffset);
        entriesChanged();
    }

    /** The log now starts at startOffset: earlier entries collapse onto it. */
    public void truncateFromStart(long startOffset) {
        int lastBefore = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i)[1] <= startOffset) {
                lastBefore = i;
            }
        }
        if (lastBefore > 0) {
            entries.subList(0, lastBefore).clear();
        }
        if (!entries.isEmpty() && entries.get(0)[1] < startOffset) {
            entries.get(0)[1] = startOffset;
        }
        entriesChanged();
    }

    public void clear() {
        entries.clear();
        entriesChanged();
    }

    /** A copy of the entries as (epoch, startOffset) pairs, for snapshots and tests. */
    public List<EpochEndOffset> entries() {
        List<EpochEndOffset> out = new ArrayList<>(entries.size());
        for (long[] e : entries) {
            out.add(new EpochEndOffset((int) e[0], e[1]));
        }
        return out;
    }
}
