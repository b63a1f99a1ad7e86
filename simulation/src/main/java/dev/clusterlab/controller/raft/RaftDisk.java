package dev.clusterlab.controller.raft;

/**
 * What a Raft replica keeps on disk, so it survives a process crash: the metadata log (entries and their
 * epochs) and the quorum-state file (current epoch, the leader it knew, the candidate it voted for).
 * The host keeps this object across SimNode stop()/start() and replaces it with {@code new RaftDisk()}
 * on a disk wipe. Observers keep only committed entries here.
 */
public final class RaftDisk {
    private final RaftLog log = new RaftLog();
    private int epoch;
    private int leaderId = -1;
    private int votedId = -1;

    public RaftDisk() {
    }

    RaftLog log() {
        return log;
    }

    /** Writes the quorum-state file (Kafka's FileQuorumStateStore). */
    void writeElectionState(int epoch, int leaderId, int votedId) {
        this.epoch = epoch;
        this.leaderId = leaderId;
        this.votedId = votedId;
    }

    /** The epoch in the quorum-state file. */
    public int epoch() {
        return epoch;
    }

    /** The leader recorded in the quorum-state file, -1 if none. */
    public int leaderId() {
        return leaderId;
    }

    /** The candidate this replica voted for in {@link #epoch()}, -1 if none. */
    public int votedId() {
        return votedId;
    }

    public long logEndOffset() {
        return log.endOffset();
    }

    @Override
    public String toString() {
        return "RaftDisk(epoch=" + epoch + ", leaderId=" + leaderId + ", votedId=" + votedId
                + ", logEndOffset=" + log.endOffset() + ")";
    }
}
