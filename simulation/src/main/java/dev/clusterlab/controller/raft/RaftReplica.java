package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.MetadataRecord.LeaderChangeRecord;
import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * One voter of the KRaft controller quorum (Kafka's KafkaRaftClient for a voter), hosted inside a
 * controller node. Elections with Pre-Vote (KIP-996), pull replication with divergence truncation, the
 * "commit an entry of your own epoch first" rule and check-quorum follow Kafka 4.x. The election logic
 * lives in {@link VoterElections}, serving fetches and leader duties in {@link LeaderDuties}, the follower's
 * fetching in {@link VoterFetcher}; this class holds the state and its transitions.
 *
 * <p>Wiring: call {@link #start()} from the node's onStart (also after a restart), offer every message to
 * {@link #handle(SimNode, Message)} from onMessage. Only the {@link RaftDisk} survives a crash.
 */
public final class RaftReplica {
    final SimNode node;
    final int nodeId;
    final List<Integer> voterIds;
    final RaftConfig config;
    final RaftDisk disk;
    final SimRandom random;
    final RaftListener listener;
    final QuorumState quorum;
    final RequestTracker requests;
    final LazyTimer stateTimer;
    final CommitDelivery delivery = new CommitDelivery();
    final VoterElections elections;
    final LeaderDuties leaderDuties;
    final VoterFetcher fetcher;
    LeaderState leader;
    long followerHighWatermark = -1;
    private int pendingLostEpoch = -1;
    private int knownLeaderId = -2;
    private int knownEpoch = -1;

    public RaftReplica(SimNode node, int nodeId, List<Integer> voterIds, RaftConfig config, RaftDisk disk,
                       SimRandom random, RaftListener listener) {
        if (!voterIds.contains(nodeId)) {
            throw new IllegalArgumentException("replica " + nodeId + " is not one of the voters " + voterIds);
        }
        this.node = node;
        this.nodeId = nodeId;
        this.voterIds = List.copyOf(voterIds);
        this.config = config;
        this.disk = disk;
        this.random = random;
        this.listener = listener;
        this.quorum = new QuorumState(nodeId, this.voterIds, disk);
        this.requests = new RequestTracker(this.voterIds);
        this.stateTimer = new LazyTimer(node, "RaftStateTimeout", this::onStateTimeout);
        this.elections = new VoterElections(this);
        this.leaderDuties = new LeaderDuties(this);
        this.fetcher = new VoterFetcher(this);
    }

    /** (Re)starts from what is on the disk: in-memory state of the previous incarnation is gone. */
    public void start() {
        stateTimer.reset();
        leaderDuties.reset();
        fetcher.reset();
        requests.resetAll();
        delivery.reset();
        leader = null;
        followerHighWatermark = -1;
        knownLeaderId = -2;
        knownEpoch = -1;
        pendingLostEpoch = -1;
        QuorumStateName initial = quorum.initialize();
        fireLeaderKnownIfChanged();
        switch (initial) {
            case Unattached, Voted -> {
                if (voterIds.size() == 1) {
                    transitionToProspective();
                } else {
                    stateTimer.setDelay(randomElectionTimeoutMs());
                }
            }
            case Follower -> fetcher.onBecomeFollower();
            case Candidate -> elections.onBecomeCandidate();
            case Resigned -> leaderDuties.onBecomeResigned(otherVoters());
            default -> throw new IllegalStateException("unexpected initial state " + initial);
        }
    }

    /** Handles a Raft message; returns false (and does nothing) for any other message. */
    public boolean handle(SimNode from, Message message) {
        if (message instanceof RaftFetchRequest m) {
            leaderDuties.handleFetchRequest(from, m);
        } else if (message instanceof RaftFetchResponse m) {
            fetcher.handleFetchResponse(from, m);
        } else if (message instanceof VoteRequest m) {
            elections.handleVoteRequest(from, m);
        } else if (message instanceof VoteResponse m) {
            elections.handleVoteResponse(from, m);
        } else if (message instanceof BeginQuorumEpochRequest m) {
            leaderDuties.handleBeginQuorumEpochRequest(from, m);
        } else if (message instanceof BeginQuorumEpochResponse m) {
            leaderDuties.handleBeginQuorumEpochResponse(from, m);
        } else if (message instanceof EndQuorumEpochRequest m) {
            leaderDuties.handleEndQuorumEpochRequest(from, m);
        } else if (message instanceof EndQuorumEpochResponse m) {
            leaderDuties.handleEndQuorumEpochResponse(from, m);
        } else {
            return false;
        }
        return true;
    }

    /** Appends a record to the log (leader only) and returns its offset; it is committed later. */
    public long append(MetadataRecord record) {
        if (leader == null || !quorum.is(QuorumStateName.Leader)) {
            throw new IllegalStateException("replica " + nodeId + " is not the leader (" + quorum + ")");
        }
        return leaderDuties.append(record);
    }

    public boolean isLeader() {
        return quorum.is(QuorumStateName.Leader);
    }

    public int leaderId() {
        return quorum.leaderId();
    }

    public int epoch() {
        return quorum.epoch();
    }

    public QuorumStateName state() {
        return quorum.name();
    }

    /** The high watermark this replica knows (-1 if unknown, e.g. a new leader before its first commit). */
    public long highWatermark() {
        return leader != null ? leader.highWatermark() : followerHighWatermark;
    }

    public long logEndOffset() {
        return disk.log().endOffset();
    }

    /** A read-only view of up to max committed entries from fromOffset (valid until the log changes). */
    public List<LogEntry> committedEntries(long fromOffset, int max) {
        long end = Math.min(Math.max(highWatermark(), 0), Math.min(logEndOffset(), fromOffset + max));
        return disk.log().view(Math.max(0, fromOffset), end);
    }

    @Override
    public String toString() {
        return "RaftReplica(" + nodeId + ", " + quorum + ", leo=" + logEndOffset() + ", hw=" + highWatermark() + ")";
    }

    // ---- transitions (each asserts the table in QuorumStateName and persists the election state) ----

    void transitionToUnattached(int newEpoch) {
        long remaining = remainingElectionTimeMsForUnattached();
        leaveState();
        int voted = newEpoch == quorum.epoch() ? quorum.votedId() : -1;
        quorum.transition(voted >= 0 ? QuorumStateName.Voted : QuorumStateName.Unattached, newEpoch, -1, voted);
        requests.resetAll();
        stateTimer.setDelay(remaining);
        afterTransition();
    }

    void transitionToVoted(int candidateId) {
        leaveState();
        quorum.transition(QuorumStateName.Voted, quorum.epoch(), -1, candidateId);
        afterTransition();
        stateTimer.setDelay(randomElectionTimeoutMs());
    }

    void transitionToFollower(int newEpoch, int newLeaderId) {
        if (newLeaderId == nodeId || !voterIds.contains(newLeaderId)) {
            throw new IllegalStateException("replica " + nodeId + " cannot follow " + newLeaderId);
        }
        leaveState();
        int voted = newEpoch == quorum.epoch() ? quorum.votedId() : -1;
        quorum.transition(QuorumStateName.Follower, newEpoch, newLeaderId, voted);
        requests.resetAll();
        afterTransition();
        fetcher.onBecomeFollower();
    }

    void transitionToProspective() {
        int retries = quorum.is(QuorumStateName.Candidate) ? quorum.retries() + 1 : 1;
        leaveState();
        quorum.transition(QuorumStateName.Prospective, quorum.epoch(), quorum.leaderId(), quorum.votedId());
        quorum.setRetries(retries);
        requests.resetAll();
        afterTransition();
        elections.onBecomeProspective();
    }

    void transitionToCandidate() {
        int retries = quorum.retries();
        leaveState();
        quorum.transition(QuorumStateName.Candidate, quorum.epoch() + 1, -1, nodeId);
        quorum.setRetries(retries);
        requests.resetAll();
        afterTransition();
        elections.onBecomeCandidate();
    }

    void transitionToLeader() {
        leaveState();
        quorum.transition(QuorumStateName.Leader, quorum.epoch(), nodeId, quorum.votedId());
        requests.resetAll();
        afterTransition();
        leaderDuties.onBecomeLeader(new LeaderChangeRecord(nodeId, quorum.epoch(), voterIds));
    }

    void transitionToResigned() {
        List<Integer> successors = leader.nonLeaderVotersByDescendingFetchOffset();
        leaveState();
        quorum.transition(QuorumStateName.Resigned, quorum.epoch(), nodeId, quorum.votedId());
        requests.resetAll();
        afterTransition();
        leaderDuties.onBecomeResigned(successors);
    }

    /** Cleans up the state being left: a leader fails its parked fetches and tells the controller. */
    private void leaveState() {
        stateTimer.cancel();
        fetcher.stop();
        if (leader != null) {
            LeaderState old = leader;
            leader = null;
            leaderDuties.onLeaveLeader();
            if (old.isActivated()) {
                pendingLostEpoch = old.epoch(); // reported once the new state is in place
            }
        }
    }

    /** Kafka's transitionToUnattached keeps the remaining election time of Candidate/Unattached/Resigned. */
    private long remainingElectionTimeMsForUnattached() {
        QuorumStateName s = quorum.name();
        boolean keep = s == QuorumStateName.Candidate || s == QuorumStateName.Unattached
                || s == QuorumStateName.Voted || s == QuorumStateName.Resigned
                || (s == QuorumStateName.Prospective && !quorum.election().isVoteRejected());
        if (keep && stateTimer.isSet()) {
            return Math.max(0, stateTimer.dueMs() - node.nowMs());
        }
        return randomElectionTimeoutMs();
    }

    /**
     * Reacts to the leader and epoch carried by any request or response (Kafka's maybeTransition): a
     * higher epoch means follow its leader (or become Unattached if it has none); the leader of our own
     * epoch, if we did not know it yet, means follow it.
     */
    void maybeTransition(int otherLeaderId, int otherEpoch) {
        if (otherLeaderId == nodeId && !(otherEpoch == quorum.epoch() && quorum.leaderId() == nodeId)) {
            return; // a stale or inconsistent claim that we lead: nothing to learn from it
        }
        if (otherEpoch > quorum.epoch()) {
            if (otherLeaderId >= 0 && otherLeaderId != nodeId) {
                transitionToFollower(otherEpoch, otherLeaderId);
            } else {
                transitionToUnattached(otherEpoch);
            }
        } else if (otherEpoch == quorum.epoch() && otherLeaderId >= 0 && !quorum.hasLeader()) {
            transitionToFollower(otherEpoch, otherLeaderId);
        }
    }

    /**
     * The part of response handling shared by every RPC (Kafka's maybeHandleCommonResponse). Returns true
     * if the response was fully handled here, false if the caller should go on with it.
     */
    boolean handleCommonResponse(Errors error, int otherLeaderId, int otherEpoch) {
        if (otherEpoch < quorum.epoch() || error == Errors.UNKNOWN_LEADER_EPOCH) {
            return true;
        }
        if (otherEpoch > quorum.epoch() || error == Errors.FENCED_LEADER_EPOCH
                || error == Errors.NOT_LEADER_OR_FOLLOWER) {
            maybeTransition(otherLeaderId, otherEpoch);
            return true;
        }
        if (otherLeaderId >= 0 && otherLeaderId != nodeId && !quorum.hasLeader()) {
            transitionToFollower(otherEpoch, otherLeaderId);
            return error != Errors.NONE;
        }
        return false;
    }

    /** Delivers newly committed entries, then (once its LeaderChangeRecord is delivered) activates the leader. */
    void deliverCommitted() {
        if (delivery.isDelivering()) {
            return; // a listener callback appended: the running delivery loop picks the rest up
        }
        delivery.deliver(disk.log(), this::highWatermark, listener::onCommitted);
        LeaderState l = leader;
        if (l != null && !l.isActivated() && l.highWatermark() > l.epochStartOffset()
                && delivery.nextOffset() > l.epochStartOffset()) {
            l.markActivated();
            listener.onBecameLeader(l.epoch());
        }
    }

    /** Listener callbacks of a transition, run once the new state is in place. */
    private void afterTransition() {
        if (pendingLostEpoch >= 0) {
            int lost = pendingLostEpoch;
            pendingLostEpoch = -1;
            listener.onLostLeadership(lost);
        }
        fireLeaderKnownIfChanged();
    }

    void fireLeaderKnownIfChanged() {
        int leaderId = quorum.leaderId();
        int epoch = quorum.epoch();
        if (leaderId != knownLeaderId || epoch != knownEpoch) {
            knownLeaderId = leaderId;
            knownEpoch = epoch;
            listener.onLeaderKnown(leaderId, epoch);
        }
    }

    private void onStateTimeout() {
        switch (quorum.name()) {
            case Unattached, Voted -> transitionToProspective();
            case Prospective -> elections.onProspectiveTimeout();
            case Candidate -> elections.onCandidateTimeout();
            case Resigned -> transitionToUnattached(quorum.epoch() + 1);
            default -> throw new IllegalStateException("state timer fired in " + quorum);
        }
    }

    long randomElectionTimeoutMs() {
        long t = config.electionTimeoutMs();
        return t + random.nextLong(t);
    }

    List<Integer> otherVoters() {
        return voterIds.stream().filter(id -> id != nodeId).toList();
    }

    SimNode nodeOf(int id) {
        SimNode n = node.simulation().node(id);
        if (n == null) {
            throw new IllegalStateException("no node " + id + " in the simulation");
        }
        return n;
    }

    void send(int to, Message message) {
        node.send(nodeOf(to), message);
    }
}
