package dev.clusterlab.controller.raft;

import java.util.List;

/** The tally of one (pre-)vote round (Kafka's EpochElection): granted and rejected voters. */
final class EpochElection {
    private final int[] voters;
    private final boolean[] granted;
    private final boolean[] rejected;

    EpochElection(List<Integer> voters, int localId) {
        this.voters = VoterIds.toArray(voters);
        this.granted = new boolean[voters.size()];
        this.rejected = new boolean[voters.size()];
        granted[VoterIds.indexOf(this.voters, localId)] = true;
    }

    void recordVote(int voterId, boolean isGranted) {
        int i = VoterIds.indexOf(voters, voterId);
        if (i < 0) {
            return;
        }
        if (isGranted) {
            granted[i] = true;
            rejected[i] = false;
        } else if (!granted[i]) {
            rejected[i] = true;
        }
    }

    boolean isRecorded(int voterId) {
        int i = VoterIds.indexOf(voters, voterId);
        return granted[i] || rejected[i];
    }

    int majority() {
        return voters.length / 2 + 1;
    }

    boolean isVoteGranted() {
        return count(granted) >= majority();
    }

    /** True when the remaining voters can no longer make a majority. */
    boolean isVoteRejected() {
        return voters.length - count(rejected) < majority();
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EpochElection(");
        for (int i = 0; i < voters.length; i++) {
            sb.append(voters[i]).append(granted[i] ? "=granted " : rejected[i] ? "=rejected " : "=? ");
        }
        return sb.append(')').toString();
    }
}
