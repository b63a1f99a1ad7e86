package dev.clusterlab.controller.raft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the leader of one epoch tracks (Kafka's LeaderState): each voter's end offset as learned from its
 * fetches, the high watermark, which voters acknowledged BeginQuorumEpoch, and the check-quorum timer.
 */
final class LeaderState {
    private final int localId;
    private final int epoch;
    private final long epochStartOffset;
    private final List<Integer> voters;
    private final int[] voterArray;
    private final long[] endOffsets;
    private final long[] sortScratch;
    private final long[] lastFetchMs;
    private final boolean[] beginQuorumAcked;
    private final boolean[] fetchedSinceCheck;
    private final long checkQuorumTimeoutMs;
    private long checkQuorumDeadlineMs;
    private long highWatermark = -1;
    private boolean activated;

    LeaderState(int localId, int epoch, long epochStartOffset, List<Integer> voters, long nowMs,
                long checkQuorumTimeoutMs) {
        this.localId = localId;
        this.epoch = epoch;
        this.epochStartOffset = epochStartOffset;
        this.voters = voters;
        this.voterArray = VoterIds.toArray(voters);
        this.endOffsets = new long[voters.size()];
        this.sortScratch = new long[voters.size()];
        this.lastFetchMs = new long[voters.size()];
        this.beginQuorumAcked = new boolean[voters.size()];
        this.fetchedSinceCheck = new boolean[voters.size()];
        Arrays.fill(endOffsets, -1);
        Arrays.fill(lastFetchMs, Long.MIN_VALUE / 2);
        beginQuorumAcked[VoterIds.indexOf(voterArray, localId)] = true;
        this.checkQuorumTimeoutMs = checkQuorumTimeoutMs;
        this.checkQuorumDeadlineMs = nowMs + checkQuorumTimeoutMs;
    }

    int epoch() {
        return epoch;
    }

    long epochStartOffset() {
        return epochStartOffset;
    }

    /** -1 until a majority has the leader's first entry of this epoch. */
    long highWatermark() {
        return highWatermark;
    }

    boolean isActivated() {
        return activated;
    }

    void markActivated() {
        activated = true;
    }

    boolean isVoter(int replicaId) {
        return VoterIds.indexOf(voterArray, replicaId) >= 0;
    }

    /** The leader's own end offset changed (it appended); returns true if the HW advanced. */
    boolean updateLocalEndOffset(long endOffset) {
        endOffsets[VoterIds.indexOf(voterArray, localId)] = endOffset;
        return maybeUpdateHighWatermark();
    }

    /**
     * A voter sent a fetch (LeaderState.updateCheckQuorumForFollowingVoter): once a majority of the voters
     * other than the leader has fetched since the last reset, the check-quorum timer starts over.
     * Observers never count.
     */
    void updateCheckQuorumForFollowingVoter(int replicaId, long nowMs) {
        int i = VoterIds.indexOf(voterArray, replicaId);
        if (i < 0 || replicaId == localId) {
            return;
        }
        lastFetchMs[i] = nowMs;
        if (!fetchedSinceCheck[i]) {
            fetchedSinceCheck[i] = true;
            if (fetchedCount() >= voters.size() / 2) {
                Arrays.fill(fetchedSinceCheck, false);
                checkQuorumDeadlineMs = nowMs + checkQuorumTimeoutMs;
            }
        }
    }

    /** A voter fetched from fetchOffset, so it has everything below it; returns true if the HW advanced. */
    boolean updateReplicaState(int replicaId, long fetchOffset) {
        int i = VoterIds.indexOf(voterArray, replicaId);
        if (i < 0 || replicaId == localId) {
            return false;
        }
        endOffsets[i] = fetchOffset; // as Kafka: taken as is (only a wiped disk makes it go back)
        return maybeUpdateHighWatermark();
    }

    /**
     * HW = the end offset reached by a majority of voters (sorted descending, index ⌊n/2⌋), but only once it
     * is beyond the epoch start offset: a new leader first commits an entry of its own epoch (its
     * LeaderChangeRecord) before it exposes anything older. The HW never goes back.
     */
    private boolean maybeUpdateHighWatermark() {
        System.arraycopy(endOffsets, 0, sortScratch, 0, endOffsets.length);
        Arrays.sort(sortScratch);
        long candidate = sortScratch[sortScratch.length - 1 - voters.size() / 2];
        if (candidate > epochStartOffset && candidate > highWatermark) {
            highWatermark = candidate;
            return true;
        }
        return false;
    }

    /** When the leader must resign unless a majority fetches before (Long.MAX_VALUE for a single voter). */
    long checkQuorumDeadlineMs() {
        return voters.size() == 1 ? Long.MAX_VALUE : checkQuorumDeadlineMs;
    }

    void ackBeginQuorumEpoch(int voterId) {
        int i = VoterIds.indexOf(voterArray, voterId);
        if (i >= 0) {
            beginQuorumAcked[i] = true;
        }
    }

    /** Voters to (re)send BeginQuorumEpoch to: not acknowledged and not fetched within the timeout. */
    List<Integer> votersNeedingBeginQuorumEpoch(long nowMs, long beginQuorumEpochTimeoutMs) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            int id = voters.get(i);
            if (id != localId && (!beginQuorumAcked[i] || nowMs - lastFetchMs[i] >= beginQuorumEpochTimeoutMs)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The other voters, most up to date first (the preferred successors of a resigning leader). */
    List<Integer> nonLeaderVotersByDescendingFetchOffset() {
        List<Integer> out = new ArrayList<>();
        for (int id : voters) {
            if (id != localId) {
                out.add(id);
            }
        }
        out.sort(Comparator.comparingLong((Integer id) -> -endOffsets[voters.indexOf(id)]).thenComparing(id -> id));
        return out;
    }

    private int fetchedCount() {
        int n = 0;
        for (boolean f : fetchedSinceCheck) {
            if (f) {
                n++;
            }
        }
        return n;
    }
}
