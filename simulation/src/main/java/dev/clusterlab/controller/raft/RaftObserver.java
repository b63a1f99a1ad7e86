package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.network.Message;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * A broker's view of the metadata log: an observer that fetches {@code __cluster_metadata} from the
 * controller quorum leader and never votes (Kafka's KafkaRaftClient without a voter id). It finds the
 * leader by fetching from a voter (round robin from a seeded start) and following the leader and epoch
 * in the answers (NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH, ...), and moves to the next voter when a
 * request times out. The leader sends observers committed entries only, so its {@link RaftDisk} holds
 * only committed entries, which it delivers again first after every start.
 */
public final class RaftObserver {
    private final SimNode node;
    private final int nodeId;
    private final List<Integer> voterIds;
    private final RaftConfig config;
    private final RaftDisk disk;
    private final SimRandom random;
    private final ObserverListener listener;
    private final RequestTracker requests;
    private final LazyTimer requestTimer;
    private final LazyTimer retryTimer;
    private final CommitDelivery delivery = new CommitDelivery();
    private long highWatermark;
    private int leaderId = -1;
    private int epoch;
    private int nextVoterIndex;
    private int target = -1;
    private int attemptsWithoutLeader;

    public RaftObserver(SimNode node, int nodeId, List<Integer> voterIds, RaftConfig config, RaftDisk disk,
                        SimRandom random, ObserverListener listener) {
        if (voterIds.isEmpty() || voterIds.contains(nodeId)) {
            throw new IllegalArgumentException("observer " + nodeId + " needs voters other than itself: " + voterIds);
        }
        this.node = node;
        this.nodeId = nodeId;
        this.voterIds = List.copyOf(voterIds);
        this.config = config;
        this.disk = disk;
        this.random = random;
        this.listener = listener;
        this.requests = new RequestTracker(this.voterIds);
        this.requestTimer = new LazyTimer(node, "RaftObserverRequestTimeout", this::onRequestTimeout);
        this.retryTimer = new LazyTimer(node, "RaftObserverFetchRetry", this::sendFetch);
    }

    /** (Re)starts: delivers the committed entries on disk, then fetches from a voter. */
    public void start() {
        requestTimer.reset();
        retryTimer.reset();
        requests.resetAll();
        delivery.reset();
        epoch = disk.epoch();
        leaderId = disk.leaderId();
        highWatermark = disk.log().endOffset();
        nextVoterIndex = random.nextInt(voterIds.size());
        attemptsWithoutLeader = 0;
        target = -1;
        listener.onLeaderKnown(leaderId, epoch);
        delivery.deliver(disk.log(), () -> highWatermark, listener::onCommitted);
        sendFetch();
    }

    public boolean handle(SimNode from, Message message) {
        if (message instanceof RaftFetchResponse response) {
            handleFetchResponse(from, response);
            return true;
        }
        return false;
    }

    public int leaderId() {
        return leaderId;
    }

    public int leaderEpoch() {
        return epoch;
    }

    public long highWatermark() {
        return highWatermark;
    }

    public long logEndOffset() {
        return disk.log().endOffset();
    }

    private void sendFetch() {
        if (target >= 0 && requests.isInflight(target)) {
            return;
        }
        target = leaderId >= 0 ? leaderId : voterIds.get(nextVoterIndex);
        RaftLog log = disk.log();
        long correlationId = requests.onSend(target, node.nowMs());
        node.send(nodeOf(target), new RaftFetchRequest(nodeId, epoch, log.endOffset(), log.lastFetchedEpoch(),
                highWatermark, RaftConfig.FETCH_MAX_WAIT_MS, correlationId));
        requestTimer.setDelay(config.requestTimeoutMs());
    }

    /** No answer within controller.quorum.request.timeout.ms: forget the leader, try the next voter. */
    private void onRequestTimeout() {
        if (target < 0 || !requests.isInflight(target)) {
            return;
        }
        long due = requests.sentAtMs(target) + config.requestTimeoutMs();
        if (node.nowMs() < due) {
            requestTimer.setDue(due);
            return;
        }
        requests.clear(target);
        if (leaderId == target) {
            learn(-1, epoch);
        }
        rotateVoter();
        sendFetch();
    }

    private void handleFetchResponse(SimNode from, RaftFetchResponse response) {
        int source = Integer.parseInt(from.id());
        if (!requests.onResponse(source, response.correlationId())) {
            return;
        }
        if (response.leaderEpoch() > epoch) {
            learn(response.leaderId(), response.leaderEpoch());
        } else if (response.leaderEpoch() == epoch && response.leaderId() >= 0 && leaderId < 0) {
            learn(response.leaderId(), epoch);
        }
        if (response.error() == Errors.NONE && source == leaderId && response.leaderId() == source) {
            attemptsWithoutLeader = 0;
            applyFromLeader(response);
            sendFetch();
        } else if (leaderId >= 0 && leaderId != source) {
            sendFetch(); // the answer named the leader: go there at once
        } else {
            if (leaderId == source) {
                learn(-1, epoch); // our leader is not leading any more and knows of no other
            }
            rotateVoter();
            attemptsWithoutLeader++;
            // Try the next voter quickly, but after a full round without a leader wait a long-poll
            // interval, so that a quorum without a leader does not make observers spin.
            retryTimer.setDelay(attemptsWithoutLeader % voterIds.size() == 0
                    ? RaftConfig.FETCH_MAX_WAIT_MS : RaftConfig.RETRY_BACKOFF_MS);
        }
    }

    private void applyFromLeader(RaftFetchResponse response) {
        if (response.divergingEpoch().isPresent()) {
            throw new IllegalStateException("observer " + nodeId + " holds only committed entries, yet leader "
                    + leaderId + " reported a diverging epoch " + response.divergingEpoch());
        }
        RaftLog log = disk.log();
        for (LogEntry e : response.records()) {
            if (e.offset() == log.endOffset()) {
                log.appendEntry(e);
            }
        }
        if (response.highWatermark() > highWatermark) {
            highWatermark = Math.min(log.endOffset(), response.highWatermark());
        }
        delivery.deliver(log, () -> highWatermark, listener::onCommitted);
    }

    private void learn(int newLeaderId, int newEpoch) {
        if (newLeaderId == leaderId && newEpoch == epoch) {
            return;
        }
        leaderId = newLeaderId;
        epoch = newEpoch;
        disk.writeElectionState(epoch, leaderId, -1);
        listener.onLeaderKnown(leaderId, epoch);
    }

    private void rotateVoter() {
        nextVoterIndex = (nextVoterIndex + 1) % voterIds.size();
    }

    private SimNode nodeOf(int id) {
        SimNode n = node.simulation().node(id);
        if (n == null) {
            throw new IllegalStateException("no node " + id + " in the simulation");
        }
        return n;
    }

    @Override
    public String toString() {
        return "RaftObserver(" + nodeId + ", leader=" + leaderId + ", epoch=" + epoch + ", leo=" + logEndOffset()
                + ", hw=" + highWatermark + ")";
    }
}
