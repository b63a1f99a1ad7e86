package dev.clusterlab.log;

/** An (epoch, end offset) pair as the leader epoch cache answers it; (-1, -1) is undefined. */
public record EpochEndOffset(int epoch, long endOffset) {
    public static final EpochEndOffset UNDEFINED = new EpochEndOffset(-1, -1);

    public boolean isUndefined() {
        return epoch < 0 || endOffset < 0;
    }
}
