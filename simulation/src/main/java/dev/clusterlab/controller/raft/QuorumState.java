package dev.clusterlab.controller.raft;

import java.util.List;

/**
 * The current quorum state of one voter (Kafka's QuorumState): its name, epoch, known leader and vote,
 * with every transition checked against {@link QuorumStateName}'s table and written to the quorum-state
 * file in {@link RaftDisk} before it takes effect. Nominee tallies and follower flags live here too.
 */
final class QuorumState {
    private final int localId;
    private final List<Integer> voters;
    private final RaftDisk disk;
    private QuorumStateName name;
    private int epoch;
    private int leaderId = -1;
    private int votedId = -1;
    private EpochElection election;
    private int retries;
    private boolean hasFetchedFromLeader;

    QuorumState(int localId, List<Integer> voters, RaftDisk disk) {
        this.localId = localId;
        this.voters = voters;
        this.disk = disk;
    }

    /**
     * The state after a (re)start, as in QuorumState.initialize: an epoch behind the log's last epoch
     * restarts Unattached in the log's epoch; a former leader restarts Resigned (it must not vote again in
     * its own epoch); a former candidate restarts Candidate; a voter restarts Voted, Follower or Unattached.
     */
    QuorumStateName initialize() {
        name = null;
        election = null;
        retries = 0;
        hasFetchedFromLeader = false;
        int lastLogEpoch = disk.log().lastFetchedEpoch();
        epoch = disk.epoch();
        leaderId = disk.leaderId();
        votedId = disk.votedId();
        QuorumStateName initial;
        if (epoch < lastLogEpoch) {
            epoch = lastLogEpoch;
            leaderId = -1;
            votedId = -1;
            initial = QuorumStateName.Unattached;
        } else if (leaderId == localId) {
            initial = QuorumStateName.Resigned;
        } else if (votedId == localId) {
            initial = QuorumStateName.Candidate;
            election = new EpochElection(voters, localId);
            retries = 1;
        } else if (leaderId >= 0) {
            initial = QuorumStateName.Follower;
        } else if (votedId >= 0) {
            initial = QuorumStateName.Voted;
        } else {
            initial = QuorumStateName.Unattached;
        }
        name = initial;
        disk.writeElectionState(epoch, leaderId, votedId);
        return initial;
    }

    /** Moves to the next state; epochs never go back and a vote is never changed within an epoch. */
    void transition(QuorumStateName next, int newEpoch, int newLeaderId, int newVotedId) {
        if (name != null && !name.canTransitionTo(next)) {
            throw new IllegalStateException("replica " + localId + ": illegal transition " + name + " -> " + next
                    + " (epoch " + epoch + " -> " + newEpoch + ")");
        }
        if (newEpoch < epoch) {
            throw new IllegalStateException("replica " + localId + ": epoch would go back from " + epoch + " to "
                    + newEpoch + " in " + name + " -> " + next);
        }
        if (newEpoch == epoch && votedId >= 0 && newVotedId != votedId) {
            throw new IllegalStateException("replica " + localId + ": vote of epoch " + epoch + " for " + votedId
                    + " would change to " + newVotedId);
        }
        disk.writeElectionState(newEpoch, newLeaderId, newVotedId);
        name = next;
        epoch = newEpoch;
        leaderId = newLeaderId;
        votedId = newVotedId;
        election = next == QuorumStateName.Prospective || next == QuorumStateName.Candidate
                ? new EpochElection(voters, localId) : null;
        hasFetchedFromLeader = false;
    }

    /** Grants this epoch's vote without leaving Prospective (Kafka's prospectiveAddVotedState). */
    void recordVoteWhileProspective(int candidateId) {
        if (name != QuorumStateName.Prospective || votedId >= 0) {
            throw new IllegalStateException("cannot add a vote for " + candidateId + " in " + name + ", voted " + votedId);
        }
        votedId = candidateId;
        disk.writeElectionState(epoch, leaderId, votedId);
    }

    /**
     * Whether this replica can grant a (pre-)vote to a candidate, per state (canGrantVote of Kafka's
     * UnattachedState/ProspectiveState, FollowerState, CandidateState, LeaderState, ResignedState).
     */
    boolean canGrantVote(int candidateId, boolean isLogUpToDate, boolean preVote) {
        switch (name) {
            case Unattached, Voted, Prospective:
                if (preVote) {
                    return isLogUpToDate;
                } else if (votedId >= 0) {
                    return votedId == candidateId;
                } else if (leaderId >= 0) {
                    return false;
                }
                return isLogUpToDate;
            case Follower:
                // KIP-996: a follower that has fetched from its leader in this epoch rejects pre-votes.
                return preVote && !hasFetchedFromLeader && isLogUpToDate;
            case Candidate:
                return preVote && isLogUpToDate;
            default:
                return false;
        }
    }

    QuorumStateName name() {
        return name;
    }

    int epoch() {
        return epoch;
    }

    int leaderId() {
        return leaderId;
    }

    int votedId() {
        return votedId;
    }

    boolean hasLeader() {
        return leaderId >= 0;
    }

    EpochElection election() {
        return election;
    }

    int retries() {
        return retries;
    }

    void setRetries(int retries) {
        this.retries = retries;
    }

    boolean hasFetchedFromLeader() {
        return hasFetchedFromLeader;
    }

    void markFetchedFromLeader() {
        hasFetchedFromLeader = true;
    }

    boolean is(QuorumStateName state) {
        return name == state;
    }

    @Override
    public String toString() {
        return name + "(epoch=" + epoch + ", leader=" + leaderId + ", voted=" + votedId + ")";
    }
}
