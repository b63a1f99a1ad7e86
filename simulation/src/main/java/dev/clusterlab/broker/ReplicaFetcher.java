package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.protocol.Errors;

/**
 * The follower side of replication towards one leader broker (Kafka's ReplicaFetcherThread):
 * one Fetch in flight covering every partition this broker follows there; truncation on a
 * diverging epoch as KIP-279 says; back-off after errors.
 */
final class ReplicaFetcher {
    private final BrokerNode broker;
    private final int sourceBrokerId;
    private final Map<TopicPartition, Partition> partitions = new LinkedHashMap<>();
    private int nextCorrelationId;
    private int inFlightCorrelationId = -1;
    /** The incremental fetch session with the leader (Kafka's FetchSessionHandler): id 0 = none. */
    private int sessionId;
    private int nextSessionEpoch = FetchRequest.INITIAL_EPOCH;
    /** Partitions left since the last request that the leader's session still holds. */
    private final List<TopicPartition> forgottenPending = new ArrayList<>();
    /**
     * The request timeout is checked lazily: one timer per fetcher that re-arms itself at the
     * current request's deadline, instead of a timer created and cancelled for each of the
     * thousands of fetches per second.
     */
    private SimNode.Timer deadlineTimer;
    private long requestDeadlineMs = Long.MAX_VALUE;
    private SimNode.Timer backoff;

    private final int maxBytes;
    private final long maxWaitMs;
    private final int minBytes;
    private final long requestTimeoutMs;
    private final long backoffMs;

    ReplicaFetcher(BrokerNode broker, int sourceBrokerId) {
        this.broker = broker;
        this.sourceBrokerId = sourceBrokerId;
        this.maxBytes = broker.config().getInt("replica.fetch.max.bytes");
        this.maxWaitMs = broker.config().getLong("replica.fetch.wait.max.ms");
        this.minBytes = broker.config().getInt("replica.fetch.min.bytes");
        this.requestTimeoutMs = broker.config().getLong("replica.socket.timeout.ms");
        this.backoffMs = broker.config().getLong("replica.fetch.backoff.ms");
    }

    int sourceBrokerId() {
        return sourceBrokerId;
    }

    boolean isEmpty() {
        return partitions.isEmpty();
    }

    void addPartition(Partition p) {
        p.sentToLeader = null;
        partitions.put(p.tp, p);
        forgottenPending.remove(p.tp);
        maybeSend();
    }

    void removePartition(TopicPartition tp) {
        Partition p = partitions.remove(tp);
        if (p != null) {
            if (p.sentToLeader != null && sessionId != 0) {
                forgottenPending.add(tp);
            }
            p.sentToLeader = null;
        }
    }

    void shutdown() {
        resetSession();
        partitions.clear();
        cancelTimers();
        inFlightCorrelationId = -1;
    }

    private void cancelTimers() {
        if (deadlineTimer != null) {
            deadlineTimer.cancel();
            deadlineTimer = null;
        }
        if (backoff != null) {
            backoff.cancel();
            backoff = null;
        }
    }

    private void maybeSend() {
        if (inFlightCorrelationId >= 0 || backoff != null || partitions.isEmpty()) {
            return;
        }
        boolean full = sessionId == 0 || nextSessionEpoch == FetchRequest.INITIAL_EPOCH;
        List<FetchRequest.PartitionData> data = new ArrayList<>(full ? partitions.size() : 4);
        for (Partition p : partitions.values()) {
            PartitionLog log = p.log;
            FetchRequest.PartitionData sent = full ? null : p.sentToLeader;
            if (sent == null || sent.fetchOffset() != log.logEndOffset()
                    || sent.lastFetchedEpoch() != log.lastFetchedEpoch() || sent.currentLeaderEpoch() != p.leaderEpoch()
                    || sent.logStartOffset() != log.logStartOffset()) {
                FetchRequest.PartitionData d = new FetchRequest.PartitionData(p.tp, log.logEndOffset(),
                        log.lastFetchedEpoch(), p.leaderEpoch(), log.logStartOffset(), maxBytes);
                data.add(d);
                p.sentToLeader = d;
            }
        }
        List<TopicPartition> forgotten = full || forgottenPending.isEmpty() ? List.of() : List.copyOf(forgottenPending);
        forgottenPending.clear();
        int correlationId = nextCorrelationId++;
        inFlightCorrelationId = correlationId;
        broker.send(broker.simulation().node(sourceBrokerId), new FetchRequest(correlationId, broker.brokerId(),
                broker.brokerEpoch(), maxWaitMs, minBytes, full ? 0 : sessionId,
                full ? FetchRequest.INITIAL_EPOCH : nextSessionEpoch, data, forgotten));
        requestDeadlineMs = broker.nowMs() + requestTimeoutMs;
        if (deadlineTimer == null) {
            deadlineTimer = broker.schedule(requestTimeoutMs, "FetchTimeout", this::checkDeadline);
        }
    }

    /** The leader's process died: the fetch in flight fails now (a disconnect), then back off. */
    void connectionClosed() {
        if (inFlightCorrelationId >= 0) {
            onTimeout(inFlightCorrelationId);
        }
    }

    private void checkDeadline() {
        deadlineTimer = null;
        if (inFlightCorrelationId < 0) {
            return;
        }
        if (broker.nowMs() >= requestDeadlineMs) {
            onTimeout(inFlightCorrelationId);
        } else {
            deadlineTimer = broker.schedule(requestDeadlineMs - broker.nowMs(), "FetchTimeout", this::checkDeadline);
        }
    }

    private void onTimeout(int correlationId) {
        if (correlationId != inFlightCorrelationId) {
            return;
        }
        inFlightCorrelationId = -1;
        resetSession();
        backOff();
    }

    /** After a failed request the next one opens a new session with every partition (FetchSessionHandler.handleError). */
    private void resetSession() {
        sessionId = 0;
        nextSessionEpoch = FetchRequest.INITIAL_EPOCH;
        forgottenPending.clear();
        for (Partition p : partitions.values()) {
            p.sentToLeader = null;
        }
    }

    private void backOff() {
        backoff = broker.schedule(backoffMs, "FetchBackoff", () -> {
            backoff = null;
            maybeSend();
        });
    }

    void onResponse(FetchResponse response) {
        if (response.correlationId() != inFlightCorrelationId) {
            return;
        }
        inFlightCorrelationId = -1;
        if (response.error() != Errors.NONE) {
            resetSession(); // FETCH_SESSION_ID_NOT_FOUND / INVALID_FETCH_SESSION_EPOCH: start a full session
            maybeSend();
            return;
        }
        sessionId = response.sessionId();
        nextSessionEpoch = nextSessionEpoch == FetchRequest.INITIAL_EPOCH ? 1 : nextSessionEpoch + 1;
        boolean anyError = false;
        for (FetchResponse.PartitionData d : response.partitions()) {
            Partition p = partitions.get(d.topicPartition());
            FetchRequest.PartitionData sent = p == null ? null : p.sentToLeader;
            if (sent == null || sent.currentLeaderEpoch() != p.leaderEpoch()) {
                continue;
            }
            if (d.error() != Errors.NONE) {
                anyError |= handleError(p, d);
            } else if (d.divergingEpoch() != null) {
                truncateOnDivergence(p, d.divergingEpoch());
            } else {
                appendRecords(p, d);
            }
        }
        if (anyError) {
            backOff();
        } else {
            maybeSend();
        }
    }

    private void appendRecords(Partition p, FetchResponse.PartitionData d) {
        PartitionLog log = p.log;
        long now = broker.nowMs();
        List<RecordBatch> records = d.records();
        if (!records.isEmpty()) {
            p.refreshLogConfig();
        }
        for (int i = 0; i < records.size(); i++) {
            RecordBatch b = records.get(i);
            if (b.nextOffset() <= log.logEndOffset()) {
                continue;
            }
            if (b.baseOffset() != log.logEndOffset()) {
                break;
            }
            log.appendAsFollower(b, now);
        }
        log.updateHighWatermark(Math.min(d.highWatermark(), log.logEndOffset()));
        log.maybeIncrementLogStartOffset(d.logStartOffset());
    }

    /** KIP-279: truncate to the end of the largest common epoch, and refetch. */
    private void truncateOnDivergence(Partition p, EpochEndOffset diverging) {
        PartitionLog log = p.log;
        long leo = log.logEndOffset();
        long target;
        if (diverging.endOffset() < 0) {
            target = log.highWatermark();
        } else if (diverging.epoch() < 0) {
            target = Math.min(diverging.endOffset(), leo);
        } else {
            EpochEndOffset mine = log.epochCache().endOffsetFor(diverging.epoch(), leo);
            if (mine.isUndefined()) {
                target = Math.min(diverging.endOffset(), leo);
            } else if (mine.epoch() != diverging.epoch()) {
                target = Math.min(mine.endOffset(), leo);
            } else {
                target = Math.min(Math.min(mine.endOffset(), diverging.endOffset()), leo);
            }
        }
        broker.truncate(p, target);
    }

    /**
     * Returns true when the partition should back off. OFFSET_OUT_OF_RANGE is handled as Kafka's
     * AbstractFetcherThread.fetchOffsetAndTruncate does: a leader whose log ends below ours makes
     * us truncate to its end; a leader whose log starts past our end (retention deleted what we
     * lack) makes us truncate fully and start at its log start offset. Kafka asks the leader for
     * those offsets with ListOffsets; here the error response carries them.
     */
    private boolean handleError(Partition p, FetchResponse.PartitionData d) {
        if (d.error() == Errors.OFFSET_OUT_OF_RANGE) {
            PartitionLog log = p.log;
            if (d.logEndOffset() >= 0 && d.logEndOffset() < log.logEndOffset()) {
                broker.truncate(p, d.logEndOffset());
                return false;
            }
            if (d.logStartOffset() > log.logEndOffset()) {
                broker.truncateFullyAndStartAt(p, d.logStartOffset());
                return false;
            }
        }
        return true;
    }
}
