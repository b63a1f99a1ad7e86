package dev.clusterlab.snapshot;

/**
 * One record batch of a replica's log: its offsets, the leader epoch it was written in
 * (partitionLeaderEpoch) and the producer identity of its records (record i has sequence
 * baseSequence + i), which tells apart two different records at the same offset.
 */
public record LogBatch(long baseOffset, long lastOffset, int leaderEpoch, long producerId, int baseSequence) {

    public int count() {
        return (int) (lastOffset - baseOffset + 1);
    }

    /** Offset after the last record of this batch. */
    public long nextOffset() {
        return lastOffset + 1;
    }
}
