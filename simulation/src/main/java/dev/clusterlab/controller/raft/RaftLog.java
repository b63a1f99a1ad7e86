package dev.clusterlab.controller.raft;

import dev.clusterlab.metadata.MetadataRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The replicated metadata log of one replica (no snapshots, so the log start offset is always 0 and an
 * entry's offset is its index) with its leader-epoch cache: for every epoch, the offset of its first entry
 * (Kafka's LeaderEpochFileCache). Lives in {@link RaftDisk}, so it survives a crash.
 */
final class RaftLog {
    private final ArrayList<LogEntry> entries = new ArrayList<>();
    private int[] cacheEpochs = new int[8];
    private long[] cacheStartOffsets = new long[8];
    private int cacheSize;

    long endOffset() {
        return entries.size();
    }

    /** The epoch of the last entry, 0 for an empty log (KafkaMetadataLog.lastFetchedEpoch). */
    int lastFetchedEpoch() {
        return cacheSize == 0 ? 0 : cacheEpochs[cacheSize - 1];
    }

    LogEntry entry(long offset) {
        return entries.get((int) offset);
    }

    /** Appends at the end offset; the entry's epoch must not go backwards. */
    LogEntry append(int epoch, MetadataRecord record) {
        if (epoch < lastFetchedEpoch()) {
            throw new IllegalStateException("append with epoch " + epoch + " below last epoch " + lastFetchedEpoch());
        }
        LogEntry entry = new LogEntry(entries.size(), epoch, record);
        appendEntry(entry);
        return entry;
    }

    /** Appends an entry fetched from the leader; its offset must be the end offset. */
    void appendEntry(LogEntry entry) {
        if (entry.offset() != entries.size()) {
            throw new IllegalStateException("entry at " + entry.offset() + " appended at end offset " + entries.size());
        }
        if (cacheSize == 0 || entry.epoch() > cacheEpochs[cacheSize - 1]) {
            if (cacheSize == cacheEpochs.length) {
                cacheEpochs = Arrays.copyOf(cacheEpochs, cacheSize * 2);
                cacheStartOffsets = Arrays.copyOf(cacheStartOffsets, cacheSize * 2);
            }
            cacheEpochs[cacheSize] = entry.epoch();
            cacheStartOffsets[cacheSize] = entry.offset();
            cacheSize++;
        } else if (entry.epoch() < cacheEpochs[cacheSize - 1]) {
            throw new IllegalStateException("entry epoch " + entry.epoch() + " below last epoch " + lastFetchedEpoch());
        }
        entries.add(entry);
    }

    /** Removes every entry at or above the offset. */
    void truncateTo(long offset) {
        if (offset >= entries.size()) {
            return;
        }
        entries.subList((int) offset, entries.size()).clear();
        while (cacheSize > 0 && cacheStartOffsets[cacheSize - 1] >= offset) {
            cacheSize--;
        }
    }

    /**
     * Where {@code epoch} ends in this log, as (largest known epoch ≤ epoch, start offset of the next
     * epoch): LeaderEpochFileCache.endOffsetFor plus KafkaMetadataLog's fallback to (end offset, last
     * epoch) when the epoch is above every cached one.
     */
    EpochEndOffset endOffsetForEpoch(int epoch) {
        if (cacheSize > 0 && cacheEpochs[cacheSize - 1] == epoch) {
            return new EpochEndOffset(epoch, endOffset());
        }
        int higher = 0;
        while (higher < cacheSize && cacheEpochs[higher] <= epoch) {
            higher++;
        }
        if (higher == cacheSize) {
            return new EpochEndOffset(lastFetchedEpoch(), endOffset());
        }
        if (higher == 0) {
            return new EpochEndOffset(epoch, cacheStartOffsets[0]);
        }
        return new EpochEndOffset(cacheEpochs[higher - 1], cacheStartOffsets[higher]);
    }

    /**
     * The leader's check of a follower's fetch position (KafkaMetadataLog.validateOffsetAndEpoch):
     * {@link EpochEndOffset#NONE} when (fetchOffset, lastFetchedEpoch) is consistent with this log,
     * otherwise the diverging epoch the follower must truncate to.
     */
    EpochEndOffset validateOffsetAndEpoch(long fetchOffset, int lastFetchedEpoch) {
        if (cacheSize > 0 && lastFetchedEpoch == cacheEpochs[cacheSize - 1] && fetchOffset <= endOffset()) {
            return EpochEndOffset.NONE; // the common case, without allocating
        }
        EpochEndOffset end = endOffsetForEpoch(lastFetchedEpoch);
        if (end.epoch() != lastFetchedEpoch || end.endOffset() < fetchOffset) {
            return end;
        }
        return EpochEndOffset.NONE;
    }

    /** The follower's truncation for a diverging epoch (ReplicatedLog.truncateToEndOffset); returns the new end. */
    long truncateToEndOffset(EpochEndOffset leaderEnd) {
        long truncationOffset;
        if (leaderEnd.epoch() == 0) {
            truncationOffset = Math.min(leaderEnd.endOffset(), endOffset());
        } else {
            EpochEndOffset localEnd = endOffsetForEpoch(leaderEnd.epoch());
            truncationOffset = localEnd.epoch() == leaderEnd.epoch()
                    ? Math.min(localEnd.endOffset(), leaderEnd.endOffset())
                    : localEnd.endOffset();
        }
        truncateTo(truncationOffset);
        return truncationOffset;
    }

    /** An immutable copy of the entries in [from, to). */
    List<LogEntry> copy(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        return List.copyOf(entries.subList((int) from, (int) to));
    }

    /** A read-only view of the entries in [from, to) (valid until the log changes). */
    List<LogEntry> view(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        return Collections.unmodifiableList(entries.subList((int) from, (int) to));
    }
}
