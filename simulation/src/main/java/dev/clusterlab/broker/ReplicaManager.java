package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.protocol.ProduceRequest;
import dev.clusterlab.protocol.ProduceResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/**
 * The replicas one broker hosts (Kafka's ReplicaManager): turns metadata changes into
 * become-leader / become-follower transitions, serves Produce and Fetch, runs the fetchers and
 * the ISR expiration task.
 */
final class ReplicaManager {
    private final BrokerNode broker;
    private final Map<TopicPartition, Partition> partitions = new LinkedHashMap<>();
    private final Map<Integer, ReplicaFetcher> fetchers = new TreeMap<>();
    /** The incremental fetch session of each follower broker (KIP-227), by broker id. */
    private final Map<Integer, FetchSession> sessions = new HashMap<>();
    /** Bumped whenever a replica is added or removed here, so sessions re-resolve their partitions. */
    private int partitionsVersion;
    private int nextFetchSessionId = 1;
    /** The parked fetch of each follower broker (one fetch in flight per follower), by broker id. */
    private final Map<Integer, DelayedFetch> parkedByFollower = new HashMap<>();
    private final Map<Integer, SimNode.Timer> maxWaitTimers = new HashMap<>();
    private final ProduceTimeouts produceTimeouts;

    ReplicaManager(BrokerNode broker) {
        this.broker = broker;
        this.produceTimeouts = new ProduceTimeouts(broker);
    }

    Map<TopicPartition, Partition> partitions() {
        return partitions;
    }

    Partition partition(TopicPartition tp) {
        return partitions.get(tp);
    }

    /** Brings every hosted replica in line with the (new) metadata image. */
    void applyImage(MetadataImage previous, MetadataImage image) {
        int me = broker.brokerId();
        for (TopicImage topic : image.topics().values()) {
            TopicImage before = previous.topic(topic.name());
            if (before == topic) {
                continue;
            }
            for (int p = 0; p < topic.partitions().size(); p++) {
                PartitionRegistration reg = topic.partitions().get(p);
                PartitionRegistration old = before == null ? null : before.partition(p);
                TopicPartition tp = TopicPartition.of(topic.name(), p);
                if (reg == null || (reg == old && partitions.containsKey(tp))) {
                    continue;
                }
                if (reg.replicas().contains(me)) {
                    applyPartition(tp, reg);
                } else if (partitions.containsKey(tp)) {
                    removeReplica(tp, true);
                }
            }
        }
        for (TopicPartition tp : new ArrayList<>(partitions.keySet())) {
            if (image.topic(tp.topic()) == null) {
                removeReplica(tp, true);
            }
        }
    }

    private void applyPartition(TopicPartition tp, PartitionRegistration reg) {
        Partition p = partitions.get(tp);
        if (p == null) {
            PartitionLog log = broker.disk().getOrCreateLog(tp);
            p = new Partition(tp, log, broker);
            partitions.put(tp, p);
            partitionsVersion++;
        }
        if (reg.leader() == broker.brokerId()) {
            removeFromFetchers(tp);
            p.makeLeader(reg);
        } else {
            boolean changed = p.makeFollower(reg);
            if (changed) {
                removeFromFetchers(tp);
                if (reg.leader() >= 0) {
                    fetcherFor(reg.leader()).addPartition(p);
                }
            }
        }
    }

    private void removeReplica(TopicPartition tp, boolean deleteLog) {
        Partition p = partitions.remove(tp);
        if (p != null) {
            partitionsVersion++;
            removeFromFetchers(tp);
            p.stop();
        }
        if (deleteLog) {
            broker.disk().deleteLog(tp);
        }
    }

    private ReplicaFetcher fetcherFor(int leaderId) {
        return fetchers.computeIfAbsent(leaderId, id -> new ReplicaFetcher(broker, id));
    }

    private void removeFromFetchers(TopicPartition tp) {
        for (ReplicaFetcher f : fetchers.values()) {
            f.removePartition(tp);
        }
    }

    void onFetchResponse(int sourceBrokerId, FetchResponse response) {
        ReplicaFetcher f = fetchers.get(sourceBrokerId);
        if (f != null) {
            f.onResponse(response);
        }
    }

    /** The connection to a broker was reset: its fetcher's request in flight fails at once. */
    void connectionClosed(int brokerId) {
        ReplicaFetcher f = fetchers.get(brokerId);
        if (f != null) {
            f.connectionClosed();
        }
    }

    /** Everything in memory goes (process stop). */
    void shutdown() {
        for (ReplicaFetcher f : fetchers.values()) {
            f.shutdown();
        }
        fetchers.clear();
        parkedByFollower.clear();
        maxWaitTimers.values().forEach(SimNode.Timer::cancel);
        maxWaitTimers.clear();
        sessions.clear();
        for (Partition p : partitions.values()) {
            p.stop();
        }
        partitions.clear();
    }

    /** The isr-expiration task (every replica.lag.time.max.ms / 2). */
    void shrinkIsrs() {
        for (Partition p : partitions.values()) {
            p.maybeShrinkIsr();
        }
    }

    // ---------------------------------------------------------------- produce

    void handleProduce(SimNode from, ProduceRequest request) {
        List<TopicPartition> tps = new ArrayList<>(request.data().size());
        for (ProduceRequest.PartitionData d : request.data()) {
            tps.add(d.topicPartition());
        }
        DelayedProduce delayed = new DelayedProduce(request.correlationId(), tps,
                response -> broker.send(from, response));
        List<Runnable> parks = new ArrayList<>();
        List<Partition> appended = new ArrayList<>(request.data().size());
        for (int i = 0; i < request.data().size(); i++) {
            ProduceRequest.PartitionData d = request.data().get(i);
            Partition p = partitions.get(d.topicPartition());
            if (p == null || !p.isLeader()) {
                delayed.setResult(i, notLeader(d.topicPartition()));
                continue;
            }
            Partition.AppendResult r = p.appendAsLeader(d.batch(), request.acks());
            if (r.error() == Errors.NONE) {
                appended.add(p);
            }
            if (r.error() != Errors.NONE || request.acks() != -1) {
                delayed.setResult(i, new ProduceResponse.PartitionResponse(d.topicPartition(), r.error(),
                        r.baseOffset(), -1, -1));
            } else {
                DelayedProduce.Waiter w = delayed.await(i, r.baseOffset(), r.nextOffset());
                parks.add(() -> p.awaitHighWatermark(w));
            }
        }
        completeFetchesWatching(appended);
        if (request.acks() == 0) {
            return;
        }
        if (!parks.isEmpty()) {
            produceTimeouts.add(delayed, request.timeoutMs());
        }
        parks.forEach(Runnable::run);
        delayed.maybeComplete();
    }

    private ProduceResponse.PartitionResponse notLeader(TopicPartition tp) {
        PartitionRegistration reg = broker.image().partition(tp);
        if (reg == null) {
            return new ProduceResponse.PartitionResponse(tp, Errors.UNKNOWN_TOPIC_OR_PARTITION, -1, -1, -1);
        }
        return new ProduceResponse.PartitionResponse(tp, Errors.NOT_LEADER_OR_FOLLOWER, -1, reg.leader(),
                reg.leaderEpoch());
    }

    // ---------------------------------------------------------------- fetch (leader side)

    void handleFetch(SimNode from, FetchRequest request) {
        FetchSession session;
        boolean full = request.sessionEpoch() == FetchRequest.INITIAL_EPOCH;
        if (full) {
            session = new FetchSession(nextFetchSessionId++, request);
            sessions.put(request.replicaId(), session);
        } else {
            session = sessions.get(request.replicaId());
            if (session == null || session.id != request.sessionId()) {
                broker.send(from, new FetchResponse(request.correlationId(), Errors.FETCH_SESSION_ID_NOT_FOUND, 0,
                        List.of()));
                return;
            }
            if (session.nextEpoch() != request.sessionEpoch()) {
                broker.send(from, new FetchResponse(request.correlationId(), Errors.INVALID_FETCH_SESSION_EPOCH, 0,
                        List.of()));
                return;
            }
            session.update(request);
        }
        DelayedFetch fetch = new DelayedFetch(from, request, session, full);
        List<FetchSession.Cached> listed = new ArrayList<>(4);
        List<FetchResponse.PartitionData> data = read(fetch, true, listed);
        boolean respondNow = request.maxWaitMs() <= 0;
        for (FetchResponse.PartitionData d : data) {
            if (d.error() != Errors.NONE || d.divergingEpoch() != null || !d.records().isEmpty()) {
                respondNow = true;
                break;
            }
        }
        if (respondNow) {
            FetchSession.markSent(data, listed);
            broker.send(from, new FetchResponse(request.correlationId(), Errors.NONE, session.id, data));
            return;
        }
        DelayedFetch previous = parkedByFollower.put(request.replicaId(), fetch);
        if (previous != null) {
            completeParked(previous);
        }
        fetch.deadlineMs = broker.nowMs() + request.maxWaitMs();
        if (!maxWaitTimers.containsKey(request.replicaId())) {
            int follower = request.replicaId();
            maxWaitTimers.put(follower, broker.schedule(request.maxWaitMs(), "FetchMaxWait",
                    () -> checkMaxWait(follower)));
        }
    }

    /**
     * Reads every partition of the session (so each follower's fetch state is updated, as Kafka
     * does for a session's partitions) and keeps, for an incremental answer, only what changed.
     */
    private List<FetchResponse.PartitionData> read(DelayedFetch fetch, boolean updateFetchState,
                                                   List<FetchSession.Cached> listed) {
        FetchRequest request = fetch.request;
        List<FetchResponse.PartitionData> data = new ArrayList<>(fetch.full ? request.partitions().size() : 4);
        for (FetchSession.Cached c : fetch.session.partitions()) {
            FetchRequest.PartitionData p = c.request;
            if (c.partitionsVersion != partitionsVersion) {
                c.partition = partitions.get(p.topicPartition());
                c.partitionsVersion = partitionsVersion;
            }
            Partition partition = c.partition;
            if (!updateFetchState && !fetch.full && partition != null && partition.hasNothingNewFor(request.replicaId(), c)) {
                continue; // completing a parked fetch: only partitions with news are read again
            }
            FetchResponse.PartitionData d = partition == null
                    ? new FetchResponse.PartitionData(p.topicPartition(), Errors.NOT_LEADER_OR_FOLLOWER, -1, -1, -1,
                    null, List.of())
                    : partition.fetchAsLeader(request.replicaId(), request.replicaBrokerEpoch(), p, updateFetchState,
                    fetch.full ? null : c);
            if (d != null && (fetch.full || c.mustInclude(d))) {
                data.add(d);
                listed.add(c);
            }
        }
        return data;
    }

    /**
     * After the whole produce request is appended (Kafka completes delayed fetches in the actions
     * it runs after a request), parked follower fetches watching those partitions complete, each
     * once, with everything appended.
     */
    private void completeFetchesWatching(List<Partition> appended) {
        if (appended.isEmpty()) {
            return;
        }
        if (parkedByFollower.isEmpty()) {
            return;
        }
        List<DelayedFetch> complete = null;
        for (Partition p : appended) {
            for (int i = 0; i < p.followerCount(); i++) {
                DelayedFetch f = parkedByFollower.get(p.followerId(i));
                if (f != null && f.watches(p.tp) && (complete == null || !complete.contains(f))) {
                    if (complete == null) {
                        complete = new ArrayList<>(4);
                    }
                    complete.add(f);
                }
            }
        }
        if (complete != null) {
            for (DelayedFetch f : complete) {
                completeParked(f);
            }
        }
    }

    /**
     * The long poll's maxWaitMs, checked lazily: one timer per follower re-arms itself at the
     * deadline of that follower's parked fetch, instead of a timer per fetch.
     */
    private void checkMaxWait(int follower) {
        maxWaitTimers.remove(follower);
        DelayedFetch parked = parkedByFollower.get(follower);
        if (parked == null) {
            return;
        }
        if (broker.nowMs() >= parked.deadlineMs) {
            completeParked(parked);
        } else {
            maxWaitTimers.put(follower, broker.schedule(parked.deadlineMs - broker.nowMs(), "FetchMaxWait",
                    () -> checkMaxWait(follower)));
        }
    }

    private void completeParked(DelayedFetch parked) {
        if (parked.done) {
            return;
        }
        parked.done = true;
        parkedByFollower.remove(parked.request.replicaId(), parked);
        List<FetchSession.Cached> listed = new ArrayList<>(4);
        List<FetchResponse.PartitionData> data = read(parked, false, listed);
        FetchSession.markSent(data, listed);
        broker.send(parked.from, new FetchResponse(parked.request.correlationId(), Errors.NONE, parked.session.id,
                data));
    }
}
