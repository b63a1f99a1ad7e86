package dev.clusterlab.controller.raft;

import dev.clusterlab.engine.SimNode;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The follower side of a voter: keeps one long-poll Raft fetch in flight to the leader, appends what comes
 * back (or truncates on a diverging epoch), learns the high watermark, and turns Prospective when no fetch
 * has succeeded for controller.quorum.fetch.timeout.ms (Kafka's pollFollowerAsVoter).
 */
final class VoterFetcher {
    private final RaftReplica r;
    private final LazyTimer fetchTimer;
    private final LazyTimer retryTimer;

    VoterFetcher(RaftReplica replica) {
        this.r = replica;
        this.fetchTimer = new LazyTimer(replica.node, "RaftFetchTimeout", this::onFetchTimeout);
        this.retryTimer = new LazyTimer(replica.node, "RaftFetchRetry", this::sendFetch);
    }

    void reset() {
        fetchTimer.reset();
        retryTimer.reset();
    }

    void onBecomeFollower() {
        fetchTimer.setDelay(r.config.fetchTimeoutMs());
        sendFetch();
    }

    /** Leaving Follower: no more fetching (a late response is stale: the request tracker was reset). */
    void stop() {
        fetchTimer.cancel();
        retryTimer.cancel();
    }

    /** EndQuorumEpoch from our leader: start the election after the given backoff instead. */
    void overrideFetchTimeout(long timeoutMs) {
        fetchTimer.cancel();
        fetchTimer.setDelay(timeoutMs);
    }

    private void onFetchTimeout() {
        if (r.quorum.is(QuorumStateName.Follower)) {
            r.transitionToProspective();
        }
    }

    private void sendFetch() {
        if (!r.quorum.is(QuorumStateName.Follower)) {
            return;
        }
        int leaderId = r.quorum.leaderId();
        if (r.requests.isInflight(leaderId)
                && !r.requests.hasTimedOut(leaderId, r.node.nowMs(), r.config.requestTimeoutMs())) {
            return;
        }
        RaftLog log = r.disk.log();
        long correlationId = r.requests.onSend(leaderId, r.node.nowMs());
        r.send(leaderId, new RaftFetchRequest(r.nodeId, r.quorum.epoch(), log.endOffset(), log.lastFetchedEpoch(),
                r.followerHighWatermark, RaftConfig.FETCH_MAX_WAIT_MS, correlationId));
    }

    private void retryAfterBackoff() {
        if (r.quorum.is(QuorumStateName.Follower)) {
            retryTimer.setDelay(RaftConfig.RETRY_BACKOFF_MS);
        }
    }

    void handleFetchResponse(SimNode from, RaftFetchResponse response) {
        int source = Integer.parseInt(from.id());
        if (!r.requests.onResponse(source, response.correlationId())) {
            return;
        }
        if (r.handleCommonResponse(response.error(), response.leaderId(), response.leaderEpoch())) {
            retryAfterBackoff();
            return;
        }
        if (!r.quorum.is(QuorumStateName.Follower) || source != r.quorum.leaderId()) {
            return;
        }
        if (response.error() != Errors.NONE) {
            retryAfterBackoff();
            return;
        }
        RaftLog log = r.disk.log();
        if (response.divergingEpoch().isPresent()) {
            long truncation = log.truncateToEndOffset(response.divergingEpoch());
            if (truncation < r.followerHighWatermark) {
                throw new IllegalStateException("replica " + r.nodeId + ": leader requested truncation to "
                        + truncation + ", below the high watermark " + r.followerHighWatermark);
            }
        } else {
            appendAll(log, response.records());
            if (response.highWatermark() >= 0) {
                long hw = Math.min(log.endOffset(), response.highWatermark());
                if (hw > r.followerHighWatermark) {
                    r.followerHighWatermark = hw;
                }
            }
        }
        r.quorum.markFetchedFromLeader();
        fetchTimer.setDelay(r.config.fetchTimeoutMs());
        r.deliverCommitted();
        sendFetch();
    }

    private static void appendAll(RaftLog log, List<LogEntry> records) {
        for (LogEntry e : records) {
            if (e.offset() == log.endOffset()) {
                log.appendEntry(e);
            } else if (e.offset() > log.endOffset()) {
                throw new IllegalStateException("gap in fetched entries at " + e.offset() + ", log end " + log.endOffset());
            }
        }
    }
}
