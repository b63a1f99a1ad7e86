package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;
import org.apache.kafka.common.protocol.Errors;

/**
 * Elections of one voter: pre-votes as Prospective (KIP-996), votes as Candidate, granting votes to
 * others, election timeouts and the backoff after a failed candidacy (Kafka's KafkaRaftClient
 * handleVoteRequest / handleVoteResponse / pollProspective / pollCandidate).
 */
final class VoterElections {
    private final RaftReplica r;
    private boolean candidateBackingOff;

    VoterElections(RaftReplica replica) {
        this.r = replica;
    }

    void onBecomeProspective() {
        candidateBackingOff = false;
        if (r.quorum.election().isVoteGranted()) {
            r.transitionToCandidate();
            return;
        }
        r.stateTimer.setDelay(r.randomElectionTimeoutMs());
        sendVoteRequests(true);
    }

    void onBecomeCandidate() {
        candidateBackingOff = false;
        if (r.quorum.election().isVoteGranted()) {
            r.transitionToLeader();
            return;
        }
        r.stateTimer.setDelay(r.randomElectionTimeoutMs());
        sendVoteRequests(false);
    }

    /** The pre-vote round ran out of time: back to following the known leader, or Unattached. */
    void onProspectiveTimeout() {
        prospectiveLost();
    }

    /** The candidacy ran out of time (or was rejected): back off, then start over as Prospective. */
    void onCandidateTimeout() {
        if (candidateBackingOff) {
            candidateBackingOff = false;
            r.transitionToProspective();
        } else {
            startBackoff();
        }
    }

    private void startBackoff() {
        candidateBackingOff = true;
        r.stateTimer.cancel();
        r.stateTimer.setDelay(binaryExponentialElectionBackoffMs(r.quorum.retries()));
    }

    /**
     * Exponential backoff with jitter, capped (RaftUtil.binaryExponentialElectionBackoffMs):
     * min(base × (1 + rand(2^retries)), backoff max + rand(base)).
     */
    long binaryExponentialElectionBackoffMs(int retries) {
        int base = RaftConfig.ELECTION_BACKOFF_BASE_MS;
        long exponential = (long) base * (1 + r.random.nextInt(2 << Math.min(10, Math.max(0, retries - 1))));
        return Math.min(exponential, r.config.electionBackoffMaxMs() + r.random.nextInt(base));
    }

    private void prospectiveLost() {
        if (r.quorum.hasLeader()) {
            r.transitionToFollower(r.quorum.epoch(), r.quorum.leaderId());
        } else {
            r.transitionToUnattached(r.quorum.epoch());
        }
    }

    private void sendVoteRequests(boolean preVote) {
        RaftLog log = r.disk.log();
        for (int voter : r.otherVoters()) {
            long correlationId = r.requests.onSend(voter, r.node.nowMs());
            r.send(voter, new VoteRequest(r.nodeId, r.quorum.epoch(), log.lastFetchedEpoch(), log.endOffset(),
                    preVote, correlationId));
        }
    }

    void handleVoteRequest(SimNode from, VoteRequest request) {
        boolean illegalEpoch = request.preVote() ? request.lastEpoch() > request.candidateEpoch()
                : request.lastEpoch() >= request.candidateEpoch();
        if (illegalEpoch || request.lastEndOffset() < 0 || request.lastEpoch() < 0
                || !r.voterIds.contains(request.candidateId())) {
            respond(from, request, Errors.INVALID_REQUEST, false);
            return;
        }
        if (request.candidateEpoch() < r.quorum.epoch()) {
            respond(from, request, Errors.FENCED_LEADER_EPOCH, false);
            return;
        }
        if (request.candidateEpoch() > r.quorum.epoch()) {
            r.transitionToUnattached(request.candidateEpoch());
        }
        RaftLog log = r.disk.log();
        boolean logUpToDate = request.lastEpoch() > log.lastFetchedEpoch()
                || (request.lastEpoch() == log.lastFetchedEpoch() && request.lastEndOffset() >= log.endOffset());
        boolean granted = r.quorum.canGrantVote(request.candidateId(), logUpToDate, request.preVote());
        if (granted && !request.preVote() && r.quorum.votedId() < 0) {
            if (r.quorum.is(QuorumStateName.Unattached)) {
                r.transitionToVoted(request.candidateId());
            } else if (r.quorum.is(QuorumStateName.Prospective)) {
                r.quorum.recordVoteWhileProspective(request.candidateId());
            }
        }
        respond(from, request, Errors.NONE, granted);
    }

    private void respond(SimNode to, VoteRequest request, Errors error, boolean granted) {
        r.node.send(to, new VoteResponse(error, r.quorum.leaderId(), r.quorum.epoch(), granted, request.preVote(),
                request.correlationId()));
    }

    void handleVoteResponse(SimNode from, VoteResponse response) {
        int source = Integer.parseInt(from.id());
        if (!r.requests.onResponse(source, response.correlationId())) {
            return;
        }
        if (r.handleCommonResponse(response.error(), response.leaderId(), response.leaderEpoch())) {
            return;
        }
        if (response.error() != Errors.NONE) {
            return;
        }
        boolean prospective = r.quorum.is(QuorumStateName.Prospective);
        boolean candidate = r.quorum.is(QuorumStateName.Candidate);
        if (!(prospective && response.preVote()) && !(candidate && !response.preVote())) {
            return;
        }
        EpochElection election = r.quorum.election();
        election.recordVote(source, response.voteGranted());
        if (election.isVoteGranted()) {
            if (prospective) {
                r.transitionToCandidate();
            } else {
                r.transitionToLeader();
            }
        } else if (election.isVoteRejected()) {
            if (prospective) {
                prospectiveLost();
            } else if (!candidateBackingOff) {
                startBackoff();
            }
        }
    }
}
