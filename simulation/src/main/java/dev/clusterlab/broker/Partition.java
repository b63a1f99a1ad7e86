package dev.clusterlab.broker;

import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.ProducerStateTable;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.EffectiveConfig;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * One partition replica on one broker (Kafka's Partition): as leader it tracks the followers,
 * the ISR, the high watermark and waiting acks=all produces; as follower it is fed by a
 * {@link ReplicaFetcher}.
 */
final class Partition {
    enum Role { NONE, LEADER, FOLLOWER, OFFLINE }

    final TopicPartition tp;
    final PartitionLog log;
    private final BrokerContext ctx;
    private Role role = Role.NONE;
    private int leaderId = -1;
    private int leaderEpoch = -1;
    private int partitionEpoch = -1;
    private List<Integer> replicas = List.of();
    private List<Integer> isr = List.of();
    /** Bit per broker id (ids below 64) of the ISR and of the maximal ISR: membership tests on the fetch path. */
    private long isrMask;
    private long maximalIsrMask;
    private ReplicaState[] remotes = new ReplicaState[0];
    private int[] remoteIds = new int[0];
    private long leaderEpochStartOffset;
    private PendingIsrChange pending;
    private final List<DelayedProduce.Waiter> waiting = new ArrayList<>();

    /** As a follower: the fetch state the leader's fetch session holds for this partition (null = not in it). */
    FetchRequest.PartitionData sentToLeader;

    /** An AlterPartition in flight: the ISR proposed; for the HW the maximal ISR counts. */
    record PendingIsrChange(List<Integer> proposedIsr, List<Integer> maximalIsr) {
    }

    Partition(TopicPartition tp, PartitionLog log, BrokerContext ctx) {
        this.tp = tp;
        this.log = log;
        this.ctx = ctx;
    }

    Role role() {
        return role;
    }

    boolean isLeader() {
        return role == Role.LEADER;
    }

    int leaderId() {
        return leaderId;
    }

    int leaderEpoch() {
        return leaderEpoch;
    }

    int partitionEpoch() {
        return partitionEpoch;
    }

    List<Integer> isr() {
        return isr;
    }

    PendingIsrChange pending() {
        return pending;
    }

    // ---------------------------------------------------------------- role changes

    /** Applies the metadata's view of this partition when this broker is its leader. */
    void makeLeader(PartitionRegistration reg) {
        long now = ctx.nowMs();
        boolean isNewLeader = role != Role.LEADER || leaderEpoch != reg.leaderEpoch();
        if (isNewLeader) {
            role = Role.LEADER;
            leaderId = ctx.brokerId();
            leaderEpoch = reg.leaderEpoch();
            log.assignEpochStart(leaderEpoch);
            leaderEpochStartOffset = log.logEndOffset();
            setRemotes(new ReplicaState[0]);
            setPending(null);
        }
        if (isNewLeader || reg.partitionEpoch() > partitionEpoch) {
            partitionEpoch = reg.partitionEpoch();
            isr = reg.isr();
            replicas = reg.replicas();
            setPending(null);
            isrChanged();
        }
        List<ReplicaState> updated = new ArrayList<>(replicas.size());
        for (int r : replicas) {
            if (r == ctx.brokerId()) {
                continue;
            }
            ReplicaState s = remote(r);
            if (s == null) {
                s = new ReplicaState(r);
                s.resetForNewLeader(now, isr.contains(r));
            }
            updated.add(s);
        }
        setRemotes(updated.toArray(new ReplicaState[0]));
        if (isNewLeader) {
            ctx.events().becameLeader(ctx.brokerId(), tp, leaderEpoch);
        }
        maybeIncrementHighWatermark();
    }

    /** Applies the metadata when another broker leads (or nobody does). Returns true if the leader or epoch changed. */
    boolean makeFollower(PartitionRegistration reg) {
        boolean changed = role == Role.LEADER || role == Role.NONE || leaderEpoch != reg.leaderEpoch()
                || leaderId != reg.leader();
        if (role == Role.LEADER) {
            resignLeadership(reg.leader(), reg.leaderEpoch());
        }
        role = reg.leader() < 0 ? Role.OFFLINE : Role.FOLLOWER;
        leaderId = reg.leader();
        leaderEpoch = reg.leaderEpoch();
        partitionEpoch = reg.partitionEpoch();
        isr = reg.isr();
        replicas = reg.replicas();
        isrChanged();
        return changed;
    }

    /** The replica is no longer hosted here (deleted, reassigned away, broker stopping). */
    void stop() {
        if (role == Role.LEADER) {
            resignLeadership(-1, -1);
        }
        role = Role.NONE;
    }

    private void resignLeadership(int newLeader, int newEpoch) {
        setRemotes(new ReplicaState[0]);
        setPending(null);
        List<DelayedProduce.Waiter> w = new ArrayList<>(waiting);
        waiting.clear();
        for (DelayedProduce.Waiter waiter : w) {
            waiter.complete(Errors.NOT_LEADER_OR_FOLLOWER, newLeader, newEpoch);
        }
    }

    // ---------------------------------------------------------------- produce (leader)

    private MetadataImage minIsrImage;
    private int minIsr;

    /** Effective min.insync.replicas: min(config, replication factor), cached per metadata image. */
    int effectiveMinIsr() {
        MetadataImage image = ctx.image();
        if (image != minIsrImage) {
            int configured = Integer.parseInt(EffectiveConfig.topicValueOnBroker(image, ctx.config(), tp.topic(),
                    ctx.brokerId(), "min.insync.replicas"));
            minIsr = Math.min(configured, Math.max(1, replicas.size()));
            minIsrImage = image;
        }
        return minIsr;
    }

    /**
     * Whether a follower's parked fetch would learn nothing new about this partition: still its
     * leader in the epoch the follower fetches with, no data past its fetch offset, and the high
     * watermark and log start offset it was last told. (A follower removed from the replicas in
     * the meantime hears of it in the answer to its next fetch.)
     */
    boolean hasNothingNewFor(int replicaId, FetchSession.Cached c) {
        FetchRequest.PartitionData p = c.request;
        return log.logEndOffset() == p.fetchOffset() && log.highWatermark() == c.sentHighWatermark
                && role == Role.LEADER && p.currentLeaderEpoch() == leaderEpoch
                && log.logStartOffset() == c.sentLogStartOffset;
    }

    /** Result of a leader append: an error, or the base offset (of the original batch for a duplicate). */
    record AppendResult(Errors error, long baseOffset, long nextOffset) {
    }

    private MetadataImage logConfigImage;

    /**
     * Gives the log the topic's segment.bytes and segment.ms as this broker applies them, re-read
     * when the metadata changes: an alterConfig takes effect at the next append, as in Kafka.
     */
    void refreshLogConfig() {
        MetadataImage image = ctx.image();
        if (image != logConfigImage) {
            logConfigImage = image;
            log.configureSegments(
                    Long.parseLong(EffectiveConfig.topicValueOnBroker(image, ctx.config(), tp.topic(), ctx.brokerId(),
                            "segment.bytes")),
                    Long.parseLong(EffectiveConfig.topicValueOnBroker(image, ctx.config(), tp.topic(), ctx.brokerId(),
                            "segment.ms")));
        }
    }

    AppendResult appendAsLeader(RecordBatch batch, short acks) {
        if (role != Role.LEADER) {
            return new AppendResult(Errors.NOT_LEADER_OR_FOLLOWER, -1, -1);
        }
        if (acks == -1 && isr.size() < effectiveMinIsr()) {
            return new AppendResult(Errors.NOT_ENOUGH_REPLICAS, -1, -1);
        }
        ProducerStateTable.Check check = log.producerState().check(batch);
        switch (check) {
            case DUPLICATE -> {
                long offset = log.producerState().duplicateOffset();
                return new AppendResult(Errors.NONE, offset, offset + batch.count());
            }
            case OUT_OF_ORDER_SEQUENCE -> {
                return new AppendResult(Errors.OUT_OF_ORDER_SEQUENCE_NUMBER, -1, -1);
            }
            case INVALID_PRODUCER_EPOCH -> {
                return new AppendResult(Errors.INVALID_PRODUCER_EPOCH, -1, -1);
            }
            default -> {
            }
        }
        refreshLogConfig();
        RecordBatch stored = log.appendAsLeader(batch, leaderEpoch, ctx.nowMs());
        maybeIncrementHighWatermark();
        return new AppendResult(Errors.NONE, stored.baseOffset(), stored.nextOffset());
    }

    /** Parks an acks=all batch until the high watermark reaches requiredOffset. */
    void awaitHighWatermark(DelayedProduce.Waiter waiter) {
        if (log.highWatermark() >= waiter.requiredOffset) {
            waiter.complete(enoughReplicasError(), leaderId, leaderEpoch);
        } else {
            waiting.add(waiter);
        }
    }

    private Errors enoughReplicasError() {
        return maximalIsr().size() >= effectiveMinIsr() ? Errors.NONE : Errors.NOT_ENOUGH_REPLICAS_AFTER_APPEND;
    }

    private void completeWaiting() {
        if (waiting.isEmpty()) {
            return;
        }
        long hw = log.highWatermark();
        Errors error = null;
        Iterator<DelayedProduce.Waiter> it = waiting.iterator();
        while (it.hasNext()) {
            DelayedProduce.Waiter w = it.next();
            if (w.isDone()) {
                it.remove();
            } else if (w.requiredOffset <= hw) {
                if (error == null) {
                    error = enoughReplicasError();
                }
                it.remove();
                w.complete(error, leaderId, leaderEpoch);
            }
        }
    }

    // ---------------------------------------------------------------- fetch (leader)

    /** The followers of this partition (the brokers whose parked fetches new data completes). */
    int followerCount() {
        return remotes.length;
    }

    int followerId(int i) {
        return remoteIds[i];
    }

    /**
     * Serves a follower's fetch for this partition: epoch checks, divergence check, read, then
     * the follower's fetch state is updated (so the response carries the HW from before it).
     * With unchangedFor (an incremental session), returns null when there is nothing new to tell.
     */
    FetchResponse.PartitionData fetchAsLeader(int replicaId, long replicaBrokerEpoch, FetchRequest.PartitionData p,
                                              boolean updateFetchState, FetchSession.Cached unchangedFor) {
        ReplicaState follower = role == Role.LEADER ? remote(replicaId) : null;
        Errors error = validateFetch(follower, replicaBrokerEpoch, p);
        if (error != Errors.NONE) {
            return errorData(error);
        }
        boolean sameEpochAsLeader = p.lastFetchedEpoch() == log.epochCache().latestEpoch()
                && p.fetchOffset() <= log.logEndOffset();
        if (p.lastFetchedEpoch() >= 0 && !sameEpochAsLeader) {
            if (p.fetchOffset() < log.logStartOffset()) {
                // Kafka's validateFetchOffsetAndMaybeGetDivergingEpoch: below the log start offset the
                // answer is OFFSET_OUT_OF_RANGE, whether the epochs diverge or not
                return new FetchResponse.PartitionData(tp, Errors.OFFSET_OUT_OF_RANGE, log.highWatermark(),
                        log.logStartOffset(), log.logEndOffset(), null, List.of());
            }
            EpochEndOffset eo = log.epochCache().endOffsetFor(p.lastFetchedEpoch(), log.logEndOffset());
            if (eo.epoch() < p.lastFetchedEpoch() || eo.endOffset() < p.fetchOffset()) {
                return new FetchResponse.PartitionData(tp, Errors.NONE, log.highWatermark(), log.logStartOffset(),
                        log.logEndOffset(), eo, List.of());
            }
        }
        if (p.fetchOffset() > log.logEndOffset() || p.fetchOffset() < log.logStartOffset()) {
            return new FetchResponse.PartitionData(tp, Errors.OFFSET_OUT_OF_RANGE, log.highWatermark(),
                    log.logStartOffset(), log.logEndOffset(), null, List.of());
        }
        long hw = log.highWatermark();
        List<RecordBatch> records = log.read(p.fetchOffset(), p.maxBytes());
        if (updateFetchState) {
            updateFollowerFetchState(follower, replicaBrokerEpoch, p.fetchOffset());
        }
        if (unchangedFor != null && records.isEmpty() && hw == unchangedFor.sentHighWatermark
                && log.logStartOffset() == unchangedFor.sentLogStartOffset) {
            return null; // nothing the follower does not know: left out of an incremental answer
        }
        return new FetchResponse.PartitionData(tp, Errors.NONE, hw, log.logStartOffset(), log.logEndOffset(), null,
                records);
    }

    private Errors validateFetch(ReplicaState follower, long replicaBrokerEpoch, FetchRequest.PartitionData p) {
        if (role != Role.LEADER) {
            return Errors.NOT_LEADER_OR_FOLLOWER;
        }
        if (p.currentLeaderEpoch() < leaderEpoch) {
            return Errors.FENCED_LEADER_EPOCH;
        }
        if (p.currentLeaderEpoch() > leaderEpoch) {
            return Errors.UNKNOWN_LEADER_EPOCH;
        }
        if (follower == null) {
            return Errors.NOT_LEADER_OR_FOLLOWER;
        }
        BrokerRegistration reg = registration(follower);
        if (reg != null && replicaBrokerEpoch < reg.brokerEpoch()) {
            return Errors.NOT_LEADER_OR_FOLLOWER;
        }
        return Errors.NONE;
    }

    private FetchResponse.PartitionData errorData(Errors error) {
        return new FetchResponse.PartitionData(tp, error, -1, -1, -1, null, List.of());
    }

    private void updateFollowerFetchState(ReplicaState r, long replicaBrokerEpoch, long fetchOffset) {
        r.updateFetchState(fetchOffset, log.logEndOffset(), ctx.nowMs(), replicaBrokerEpoch);
        maybeExpandIsr(r);
        maybeIncrementHighWatermark();
    }

    // ---------------------------------------------------------------- ISR and HW (leader)

    private void setRemotes(ReplicaState[] states) {
        remotes = states;
        remoteIds = new int[states.length];
        for (int i = 0; i < states.length; i++) {
            remoteIds[i] = states[i].brokerId;
        }
    }

    private ReplicaState remote(int brokerId) {
        int[] ids = remoteIds;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == brokerId) {
                return remotes[i];
            }
        }
        return null;
    }

    /** A follower's broker registration in the current image, looked up once per image. */
    private BrokerRegistration registration(ReplicaState r) {
        MetadataImage image = ctx.image();
        if (r.registrationImage != image) {
            r.registration = image.broker(r.brokerId);
            r.registrationImage = image;
        }
        return r.registration;
    }

    private static long mask(List<Integer> ids) {
        long m = 0;
        for (int id : ids) {
            m |= id < 64 && id >= 0 ? 1L << id : 0;
        }
        return m;
    }

    private void setPending(PendingIsrChange change) {
        pending = change;
        isrChanged();
    }

    /** Recomputes the membership masks after any change of the ISR or of the pending AlterPartition. */
    private void isrChanged() {
        isrMask = mask(isr);
        maximalIsrMask = mask(maximalIsr());
    }

    private static boolean in(long mask, List<Integer> ids, int id) {
        return id >= 0 && id < 64 ? (mask & (1L << id)) != 0 : ids.contains(id);
    }

    List<Integer> maximalIsr() {
        return pending != null ? pending.maximalIsr() : isr;
    }

    private long replicaLagTimeMaxMs() {
        return ctx.replicaLagTimeMaxMs();
    }

    /** Kafka's isReplicaIsrEligible (KIP-841): registered, unfenced, not shutting down, same broker epoch. */
    private boolean isIsrEligible(ReplicaState r) {
        BrokerRegistration reg = registration(r);
        return reg != null && reg.isActive() && (r.brokerEpoch < 0 || r.brokerEpoch == reg.brokerEpoch());
    }

    private void maybeExpandIsr(ReplicaState r) {
        if (pending != null || in(isrMask, isr, r.brokerId)) {
            return;
        }
        if (r.logEndOffset >= log.highWatermark() && r.logEndOffset >= leaderEpochStartOffset && isIsrEligible(r)) {
            List<Integer> newIsr = new ArrayList<>(isr);
            newIsr.add(r.brokerId);
            List<Integer> proposed = List.copyOf(newIsr);
            setPending(new PendingIsrChange(proposed, proposed));
            ctx.requestIsrChange(this, proposed);
        }
    }

    /** The isr-expiration task: drop followers that are not caught up for replica.lag.time.max.ms. */
    void maybeShrinkIsr() {
        if (role != Role.LEADER || pending != null) {
            return;
        }
        long now = ctx.nowMs();
        long leo = log.logEndOffset();
        List<Integer> newIsr = new ArrayList<>();
        for (int id : isr) {
            ReplicaState r = remote(id);
            if (id == ctx.brokerId() || r == null || r.isCaughtUp(leo, now, replicaLagTimeMaxMs())) {
                newIsr.add(id);
            }
        }
        if (newIsr.size() < isr.size()) {
            setPending(new PendingIsrChange(List.copyOf(newIsr), isr));
            ctx.requestIsrChange(this, List.copyOf(newIsr));
        }
    }

    /** The controller answered our AlterPartition. */
    void onIsrChangeResponse(Errors error, int respLeaderEpoch, int respPartitionEpoch, List<Integer> newIsr) {
        if (role != Role.LEADER || pending == null) {
            return;
        }
        if (error == Errors.NONE) {
            if (respLeaderEpoch == leaderEpoch && respPartitionEpoch >= partitionEpoch) {
                isr = List.copyOf(newIsr);
                partitionEpoch = respPartitionEpoch;
            }
            setPending(null);
            isrChanged();
            maybeIncrementHighWatermark();
        } else {
            setPending(null);
        }
    }

    /** The AlterPartition could not be delivered: forget it so the next check proposes again. */
    void onIsrChangeFailed() {
        setPending(null);
    }

    /** Kafka's maybeIncrementLeaderHW with the strict min-ISR rule (KIP-966 part 1). */
    void maybeIncrementHighWatermark() {
        if (role != Role.LEADER || log.highWatermark() >= log.logEndOffset() || isr.size() < effectiveMinIsr()) {
            return;
        }
        long now = ctx.nowMs();
        long leo = log.logEndOffset();
        long candidate = leo;
        List<Integer> maximal = maximalIsr();
        long maximalMask = maximalIsrMask;
        for (ReplicaState r : remotes) {
            if (r.logEndOffset < candidate && (in(maximalMask, maximal, r.brokerId)
                    || (r.isCaughtUp(leo, now, replicaLagTimeMaxMs()) && isIsrEligible(r)))) {
                candidate = r.logEndOffset;
            }
        }
        long old = log.highWatermark();
        if (candidate > old) {
            log.updateHighWatermark(candidate);
            ctx.events().leaderHighWatermarkChanged(ctx.brokerId(), tp, leaderEpoch, old, log.highWatermark());
            completeWaiting();
        }
    }
}
