package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.MetadataRecord.LeaderChangeRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The leader side of a voter: serving Raft fetches (divergence check, long poll, HW advance), appending,
 * announcing itself with BeginQuorumEpoch, check-quorum, and resigning with EndQuorumEpoch. Also answers
 * the BeginQuorumEpoch / EndQuorumEpoch requests every voter receives.
 */
final class LeaderDuties {
    private final RaftReplica r;
    private final FetchPurgatory purgatory;
    private final LazyTimer beginQuorumTimer;
    private final LazyTimer checkQuorumTimer;
    private final LazyTimer lingerTimer;
    /** Records accepted by append() but not yet in the log (Kafka's BatchAccumulator, drained after the linger). */
    private final List<MetadataRecord> accumulated = new ArrayList<>();

    LeaderDuties(RaftReplica replica) {
        this.r = replica;
        this.purgatory = new FetchPurgatory(replica.node, this::answerFetch);
        this.beginQuorumTimer = new LazyTimer(replica.node, "RaftBeginQuorumEpochTimer", this::onBeginQuorumTimer);
        this.checkQuorumTimer = new LazyTimer(replica.node, "RaftCheckQuorumTimer", this::onCheckQuorumTimer);
        this.lingerTimer = new LazyTimer(replica.node, "RaftAppendLinger", this::drainAccumulated);
    }

    void reset() {
        purgatory.reset();
        beginQuorumTimer.reset();
        checkQuorumTimer.reset();
        lingerTimer.reset();
        accumulated.clear();
    }

    /** Writes the LeaderChangeRecord at the epoch start offset, then announces the new epoch. */
    void onBecomeLeader(LeaderChangeRecord leaderChange) {
        RaftLog log = r.disk.log();
        long epochStartOffset = log.endOffset();
        r.leader = new LeaderState(r.nodeId, r.quorum.epoch(), epochStartOffset, r.voterIds, r.node.nowMs(),
                r.config.checkQuorumTimeoutMs());
        log.append(r.quorum.epoch(), leaderChange);
        onLocalAppend();
        sendBeginQuorumEpoch(r.otherVoters());
        beginQuorumTimer.setDelay(r.config.beginQuorumEpochTimeoutMs());
        checkQuorumTimer.setDue(r.leader.checkQuorumDeadlineMs());
    }

    /** The replica stops leading: parked fetches are answered (with NOT_LEADER_OR_FOLLOWER), timers stop. */
    void onLeaveLeader() {
        beginQuorumTimer.cancel();
        checkQuorumTimer.cancel();
        lingerTimer.cancel();
        accumulated.clear(); // never written, as Kafka drops its accumulator: those offsets go to later records
        purgatory.completeAll();
    }

    /**
     * Accepts a record and returns the offset it will have. Like Kafka's BatchAccumulator, records wait
     * controller.quorum.append.linger.ms (25) after the first one, then go into the log as one batch.
     */
    long append(MetadataRecord record) {
        long offset = r.disk.log().endOffset() + accumulated.size();
        accumulated.add(record);
        if (accumulated.size() == 1) {
            lingerTimer.setDelay(RaftConfig.APPEND_LINGER_MS);
        }
        return offset;
    }

    private void drainAccumulated() {
        if (r.leader == null || accumulated.isEmpty()) {
            return;
        }
        RaftLog log = r.disk.log();
        for (MetadataRecord record : accumulated) {
            log.append(r.quorum.epoch(), record);
        }
        accumulated.clear();
        onLocalAppend();
    }

    private void onLocalAppend() {
        if (r.leader.updateLocalEndOffset(r.disk.log().endOffset())) {
            r.deliverCommitted();
        }
        completeParkedFetches();
    }

    private void completeParkedFetches() {
        LeaderState l = r.leader;
        if (l == null || purgatory.isEmpty()) {
            return;
        }
        long leo = r.disk.log().endOffset();
        long hw = l.highWatermark();
        purgatory.completeWhere(req -> req.highWatermark() < hw
                || (l.isVoter(req.replicaId()) ? req.fetchOffset() < leo : req.fetchOffset() < hw));
    }

    // ---- Raft Fetch (served by the leader; every other replica answers with the leader it knows) ----

    void handleFetchRequest(SimNode from, RaftFetchRequest request) {
        serveFetch(from, request, true, true);
    }

    /**
     * A parked fetch is answered: re-evaluated when there is news (as KafkaRaftClient re-runs
     * tryCompleteFetchRequest), but on expiry it just gets the empty answer computed on arrival, so an
     * expiry does not count as a fresh fetch for check-quorum.
     */
    private void answerFetch(SimNode from, RaftFetchRequest request, boolean expired) {
        serveFetch(from, request, false, !expired);
    }

    private void serveFetch(SimNode from, RaftFetchRequest request, boolean mayPark, boolean updateState) {
        Errors error = validateLeaderOnlyRequest(request.currentLeaderEpoch());
        if (error == Errors.NONE && (request.fetchOffset() < 0 || request.lastFetchedEpoch() < 0
                || request.lastFetchedEpoch() > request.currentLeaderEpoch())) {
            error = Errors.INVALID_REQUEST;
        }
        if (error != Errors.NONE) {
            respond(from, request, error, List.of(), EpochEndOffset.NONE);
            return;
        }
        LeaderState l = r.leader;
        boolean voter = l.isVoter(request.replicaId());
        if (voter && updateState) {
            l.updateCheckQuorumForFollowingVoter(request.replicaId(), r.node.nowMs());
            checkQuorumTimer.setDue(l.checkQuorumDeadlineMs());
        }
        RaftLog log = r.disk.log();
        EpochEndOffset diverging = log.validateOffsetAndEpoch(request.fetchOffset(), request.lastFetchedEpoch());
        if (diverging.isPresent()) {
            respond(from, request, Errors.NONE, List.of(), diverging);
            return;
        }
        if (voter && updateState && l.updateReplicaState(request.replicaId(), request.fetchOffset())) {
            onHighWatermarkAdvanced();
            if (r.leader != l) { // a listener callback changed the state: answer as the new state would
                serveFetch(from, request, false, false);
                return;
            }
        }
        // Voters get uncommitted entries. Observers only get entries below the high watermark, so an
        // observer's log holds committed entries only and never diverges (it never has to truncate).
        long limit = voter ? log.endOffset() : Math.max(l.highWatermark(), request.fetchOffset());
        long to = Math.min(limit, request.fetchOffset() + RaftConfig.MAX_FETCH_ENTRIES);
        List<LogEntry> records = log.copy(request.fetchOffset(), to);
        if (records.isEmpty() && mayPark && request.maxWaitMs() > 0 && request.highWatermark() >= l.highWatermark()) {
            purgatory.park(from, request, r.node.nowMs());
            return;
        }
        respond(from, request, Errors.NONE, records, EpochEndOffset.NONE);
    }

    private void onHighWatermarkAdvanced() {
        r.deliverCommitted();
        completeParkedFetches();
    }

    private Errors validateLeaderOnlyRequest(int requestEpoch) {
        if (requestEpoch < r.quorum.epoch()) {
            return Errors.FENCED_LEADER_EPOCH;
        } else if (requestEpoch > r.quorum.epoch()) {
            return Errors.UNKNOWN_LEADER_EPOCH;
        } else if (r.leader == null) {
            return Errors.NOT_LEADER_OR_FOLLOWER;
        }
        return Errors.NONE;
    }

    private void respond(SimNode to, RaftFetchRequest request, Errors error, List<LogEntry> records,
                         EpochEndOffset diverging) {
        long hw = r.leader != null && error == Errors.NONE ? r.leader.highWatermark() : -1;
        r.node.send(to, new RaftFetchResponse(error, r.quorum.leaderId(), r.quorum.epoch(), hw, records, diverging,
                request.correlationId()));
    }

    // ---- BeginQuorumEpoch and check-quorum ----

    private void sendBeginQuorumEpoch(List<Integer> voters) {
        for (int voter : voters) {
            if (!r.requests.isInflight(voter)
                    || r.requests.hasTimedOut(voter, r.node.nowMs(), r.config.requestTimeoutMs())) {
                long correlationId = r.requests.onSend(voter, r.node.nowMs());
                r.send(voter, new BeginQuorumEpochRequest(r.nodeId, r.quorum.epoch(), correlationId));
            }
        }
    }

    private void onBeginQuorumTimer() {
        if (r.leader == null) {
            return;
        }
        sendBeginQuorumEpoch(r.leader.votersNeedingBeginQuorumEpoch(r.node.nowMs(), r.config.beginQuorumEpochTimeoutMs()));
        beginQuorumTimer.setDelay(r.config.beginQuorumEpochTimeoutMs());
    }

    /** Check-quorum: no fetches from a majority within 1.5 × fetch timeout → resign (zombie protection). */
    private void onCheckQuorumTimer() {
        if (r.leader == null) {
            return;
        }
        if (r.node.nowMs() >= r.leader.checkQuorumDeadlineMs()) {
            r.transitionToResigned();
        } else {
            checkQuorumTimer.setDue(r.leader.checkQuorumDeadlineMs());
        }
    }

    void handleBeginQuorumEpochRequest(SimNode from, BeginQuorumEpochRequest request) {
        if (request.leaderEpoch() < r.quorum.epoch()) {
            r.node.send(from, new BeginQuorumEpochResponse(Errors.FENCED_LEADER_EPOCH, r.quorum.leaderId(),
                    r.quorum.epoch(), request.correlationId()));
            return;
        }
        r.maybeTransition(request.leaderId(), request.leaderEpoch());
        r.node.send(from, new BeginQuorumEpochResponse(Errors.NONE, r.quorum.leaderId(), r.quorum.epoch(),
                request.correlationId()));
    }

    void handleBeginQuorumEpochResponse(SimNode from, BeginQuorumEpochResponse response) {
        int source = Integer.parseInt(from.id());
        if (!r.requests.onResponse(source, response.correlationId())) {
            return;
        }
        if (!r.handleCommonResponse(response.error(), response.leaderId(), response.leaderEpoch())
                && response.error() == Errors.NONE && r.leader != null) {
            r.leader.ackBeginQuorumEpoch(source);
        }
    }

    // ---- Resigned and EndQuorumEpoch ----

    /** A resigned leader tells the voters (most up-to-date successor first) and waits an election timeout. */
    void onBecomeResigned(List<Integer> preferredSuccessors) {
        for (int voter : r.otherVoters()) {
            long correlationId = r.requests.onSend(voter, r.node.nowMs());
            r.send(voter, new EndQuorumEpochRequest(r.nodeId, r.quorum.epoch(), preferredSuccessors, correlationId));
        }
        r.stateTimer.setDelay(r.randomElectionTimeoutMs());
    }

    void handleEndQuorumEpochRequest(SimNode from, EndQuorumEpochRequest request) {
        if (request.leaderEpoch() < r.quorum.epoch()) {
            r.node.send(from, new EndQuorumEpochResponse(Errors.FENCED_LEADER_EPOCH, r.quorum.leaderId(),
                    r.quorum.epoch(), request.correlationId()));
            return;
        }
        r.maybeTransition(request.leaderId(), request.leaderEpoch());
        if (r.quorum.is(QuorumStateName.Follower) && r.quorum.leaderId() == request.leaderId()) {
            List<Integer> successors = request.preferredSuccessors();
            r.fetcher.overrideFetchTimeout(strictExponentialElectionBackoffMs(successors.indexOf(r.nodeId),
                    successors.size()));
        }
        r.node.send(from, new EndQuorumEpochResponse(Errors.NONE, r.quorum.leaderId(), r.quorum.epoch(),
                request.correlationId()));
    }

    void handleEndQuorumEpochResponse(SimNode from, EndQuorumEpochResponse response) {
        int source = Integer.parseInt(from.id());
        if (r.requests.onResponse(source, response.correlationId())) {
            r.handleCommonResponse(response.error(), response.leaderId(), response.leaderEpoch());
        }
    }

    /** The first preferred successor starts at once, the others wait longer (strictExponentialElectionBackoffMs). */
    private long strictExponentialElectionBackoffMs(int position, int total) {
        long max = r.config.electionBackoffMaxMs();
        if (position == 0) {
            return 0;
        } else if (position < 0 || position >= total) {
            return max;
        }
        long base = max >> (total - 1);
        return Math.min(max, base << (position - 1));
    }
}
