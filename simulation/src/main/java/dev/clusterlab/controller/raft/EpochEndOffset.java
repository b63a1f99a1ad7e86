package dev.clusterlab.controller.raft;

/**
 * Kafka's FetchResponse {@code DivergingEpoch} (an EpochEndOffset): the largest epoch the leader has that is
 * at most the follower's last fetched epoch, and where that epoch ends in the leader's log. {@link #NONE}
 * (-1, -1) means "no divergence".
 */
public record EpochEndOffset(int epoch, long endOffset) {
    public static final EpochEndOffset NONE = new EpochEndOffset(-1, -1);

    public boolean isPresent() {
        return epoch >= 0;
    }
}
