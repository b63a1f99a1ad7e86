package dev.clusterlab.controller;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.config.Config;
import dev.clusterlab.controller.raft.LogEntry;
import dev.clusterlab.controller.raft.RaftReplica;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.network.Message;
import dev.clusterlab.protocol.AlterPartitionRequest;
import dev.clusterlab.protocol.AlterPartitionResponse;
import dev.clusterlab.protocol.BrokerHeartbeatRequest;
import dev.clusterlab.protocol.BrokerHeartbeatResponse;
import dev.clusterlab.protocol.BrokerRegistrationRequest;
import dev.clusterlab.protocol.BrokerRegistrationResponse;
import dev.clusterlab.protocol.CreateTopicsRequest;
import dev.clusterlab.protocol.CreateTopicsResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/**
 * The controller logic on one controller node (Kafka's QuorumController). Every controller
 * replays the committed metadata log; the one whose Raft leadership is committed is active: it
 * handles broker registrations, heartbeats and AlterPartition, fences brokers whose session
 * expired, and writes records through Raft. Replies go out once the records they depend on are
 * committed.
 */
public final class QuorumController {
    private final SimNode node;
    private final int nodeId;
    private final Config config;
    private final RaftReplica raft;
    private final ClusterEvents events;
    private final ClusterControl clusterControl = new ClusterControl(this);
    private final ReplicationControl replication = new ReplicationControl(this);
    private final AdminOperations admin;
    private MetadataImage committedImage = MetadataImage.EMPTY;
    private MetadataImage image = MetadataImage.EMPTY;
    private boolean active;
    private int activeEpoch = -1;
    private final TreeMap<Long, List<Runnable>> awaitingCommit = new TreeMap<>();
    private final Map<Integer, Long> controlledShutdownOffsets = new TreeMap<>();
    private SimNode.Timer sessionTimer;
    private long lastAppendedOffset = -1;

    public QuorumController(SimNode node, int nodeId, Config config, RaftReplica raft, SimRandom random,
                            ClusterEvents events) {
        this.node = node;
        this.nodeId = nodeId;
        this.config = config;
        this.raft = raft;
        this.events = events;
        this.admin = new AdminOperations(this, new StripedReplicaPlacer(random.child("placement")));
    }

    public int nodeId() {
        return nodeId;
    }

    Config config() {
        return config;
    }

    /** The image decisions are made on: committed plus this controller's own uncommitted writes. */
    MetadataImage image() {
        return image;
    }

    public MetadataImage committedImage() {
        return committedImage;
    }

    ReplicationControl replication() {
        return replication;
    }

    public AdminOperations admin() {
        return admin;
    }

    public boolean isActive() {
        return active;
    }

    public int activeEpoch() {
        return activeEpoch;
    }

    long nowMs() {
        return node.nowMs();
    }

    boolean elrEnabled() {
        return config.getInt("eligible.leader.replicas.version") >= 1;
    }

    // ---------------------------------------------------------------- log plumbing

    /** Offset the next appended record will get (Raft may still hold earlier appends in its linger). */
    long nextOffset() {
        return Math.max(raft.logEndOffset(), lastAppendedOffset + 1);
    }

    /** Appends records through Raft and applies them to the working image; returns the last offset or -1. */
    long write(List<? extends MetadataRecord> records) {
        if (!active) {
            throw new IllegalStateException("controller " + nodeId + " is not active");
        }
        long last = -1;
        for (MetadataRecord r : records) {
            last = raft.append(r);
            lastAppendedOffset = last;
            image = image.apply(last, r);
        }
        return last;
    }

    /** Runs the action once the log is committed up to offset (at once when offset < 0). */
    void afterCommit(long offset, Runnable action) {
        if (offset < 0 || raft.highWatermark() > offset) {
            action.run();
        } else {
            awaitingCommit.computeIfAbsent(offset, k -> new ArrayList<>(1)).add(action);
        }
    }

    /** A committed entry, delivered by Raft in offset order. */
    public void replay(LogEntry entry) {
        committedImage = committedImage.apply(entry.offset(), entry.record());
        if (!active) {
            image = committedImage;
        }
        while (!awaitingCommit.isEmpty() && awaitingCommit.firstKey() <= entry.offset()) {
            for (Runnable r : awaitingCommit.pollFirstEntry().getValue()) {
                r.run();
            }
        }
        events.metadataCommitted(entry.offset(), entry.record(), committedImage);
    }

    // ---------------------------------------------------------------- activation

    /** Our LeaderChangeRecord is committed: become the active controller. */
    public void activate(int epoch) {
        active = true;
        activeEpoch = epoch;
        image = committedImage;
        clusterControl.activate(nowMs());
        controlledShutdownOffsets.clear();
        events.controllerActivated(nodeId, epoch);
        scheduleSessionCheck();
        schedulePeriodic("NoOpRecordTimer", config.getLong("metadata.max.idle.interval.ms"),
                () -> write(List.of(new MetadataRecord.NoOpRecord())));
        if (config.getBoolean("auto.leader.rebalance.enable")) {
            schedulePeriodic("AutoLeaderRebalance", config.getLong("leader.imbalance.check.interval.seconds") * 1000,
                    () -> write(replication.electPreferred(null)));
        }
        schedulePeriodic("UncleanElectionScan", config.getLong("unclean.leader.election.interval.ms"),
                () -> write(replication.uncleanElectionScan()));
    }

    /** Raft leadership lost: forget uncommitted state and stop acting. */
    public void deactivate() {
        active = false;
        lastAppendedOffset = -1;
        activeEpoch = -1;
        image = committedImage;
        awaitingCommit.clear();
        clusterControl.tracker().clear();
        if (sessionTimer != null) {
            sessionTimer.cancel();
            sessionTimer = null;
        }
    }

    private void schedulePeriodic(String type, long periodMs, Runnable action) {
        if (periodMs <= 0) {
            return;
        }
        int epoch = activeEpoch;
        node.schedule(periodMs, type, () -> {
            if (active && activeEpoch == epoch) {
                action.run();
                schedulePeriodic(type, periodMs, action);
            }
        });
    }

    private void scheduleSessionCheck() {
        if (sessionTimer != null) {
            sessionTimer.cancel();
            sessionTimer = null;
        }
        long next = clusterControl.nextExpiryMs();
        if (next == Long.MAX_VALUE) {
            return;
        }
        int epoch = activeEpoch;
        sessionTimer = node.schedule(Math.max(0, next - nowMs()), "BrokerSessionCheck", () -> {
            sessionTimer = null;
            if (!active || activeEpoch != epoch) {
                return;
            }
            BrokerRegistration expired = clusterControl.firstExpired(nowMs());
            if (expired != null) {
                write(clusterControl.fenceRecords(expired));
            }
            scheduleSessionCheck();
        });
    }

    void noteControlledShutdownOffset(int brokerId, long offset) {
        controlledShutdownOffsets.put(brokerId, offset);
    }

    long controlledShutdownOffset(int brokerId) {
        return controlledShutdownOffsets.getOrDefault(brokerId, -1L);
    }

    // ---------------------------------------------------------------- requests

    /** Handles a broker request; returns false if the message is not a controller request. */
    public boolean handle(SimNode from, Message message) {
        if (message instanceof BrokerRegistrationRequest r) {
            if (!active) {
                node.send(from, new BrokerRegistrationResponse(r.correlationId(), Errors.NOT_CONTROLLER, -1));
                return true;
            }
            ClusterControl.Outcome o = clusterControl.register(r, nowMs());
            afterCommit(o.lastOffset(), () -> node.send(from,
                    new BrokerRegistrationResponse(r.correlationId(), o.error(), o.brokerEpoch())));
            scheduleSessionCheck();
            return true;
        }
        if (message instanceof BrokerHeartbeatRequest r) {
            if (!active) {
                node.send(from, new BrokerHeartbeatResponse(r.correlationId(), Errors.NOT_CONTROLLER, false, true, false));
                return true;
            }
            ClusterControl.Outcome o = clusterControl.heartbeat(r, nowMs());
            boolean caughtUp = r.currentMetadataOffset() >= o.brokerEpoch();
            afterCommit(o.lastOffset(), () -> node.send(from, new BrokerHeartbeatResponse(r.correlationId(), o.error(),
                    caughtUp, o.fenced(), o.shutDown())));
            if (sessionTimer == null) {
                scheduleSessionCheck();
            }
            return true;
        }
        if (message instanceof AlterPartitionRequest r) {
            handleAlterPartition(from, r);
            return true;
        }
        if (message instanceof CreateTopicsRequest r) {
            handleCreateTopics(from, r);
            return true;
        }
        return false;
    }

    /** A topic created on a broker's behalf (auto topic creation), with the cluster's defaults. */
    private void handleCreateTopics(SimNode from, CreateTopicsRequest r) {
        if (!active) {
            node.send(from, new CreateTopicsResponse(r.correlationId(), r.topic(), Errors.NOT_CONTROLLER, ""));
            return;
        }
        String refusal = admin.createTopic(new dev.clusterlab.fault.Command.CreateTopic(r.topic(), r.partitions(),
                r.replicationFactor(), java.util.Map.of(), null));
        Errors result = refusal == null ? Errors.NONE
                : refusal.startsWith("TOPIC_ALREADY_EXISTS") ? Errors.TOPIC_ALREADY_EXISTS
                : refusal.startsWith("INVALID_REPLICATION_FACTOR") ? Errors.INVALID_REPLICATION_FACTOR
                : Errors.INVALID_REQUEST;
        afterCommit(refusal == null ? lastAppendedOffset : -1, () -> node.send(from,
                new CreateTopicsResponse(r.correlationId(), r.topic(), result, refusal == null ? "" : refusal)));
    }

    private void handleAlterPartition(SimNode from, AlterPartitionRequest r) {
        if (!active) {
            node.send(from, alterPartitionError(r, Errors.NOT_CONTROLLER));
            return;
        }
        BrokerRegistration broker = image.broker(r.brokerId());
        if (broker == null || broker.brokerEpoch() != r.brokerEpoch()) {
            node.send(from, alterPartitionError(r, Errors.STALE_BROKER_EPOCH));
            return;
        }
        PartitionRegistration reg = image.partition(r.topicPartition());
        Errors error = validateAlterPartition(r, reg);
        if (error != Errors.NONE) {
            node.send(from, alterPartitionError(r, error));
            return;
        }
        long last = replication.alterIsr(r.topicPartition().topic(), r.topicPartition().partition(), reg, r.newIsr())
                .map(c -> write(List.of(c))).orElse(-1L);
        PartitionRegistration after = image.partition(r.topicPartition());
        afterCommit(last, () -> node.send(from, new AlterPartitionResponse(r.correlationId(), r.topicPartition(),
                Errors.NONE, after.leader(), after.leaderEpoch(), after.partitionEpoch(), after.isr())));
    }

    /** Kafka's ReplicationControlManager.validateAlterPartitionData, in its order. */
    private Errors validateAlterPartition(AlterPartitionRequest r, PartitionRegistration reg) {
        if (reg == null) {
            return Errors.UNKNOWN_TOPIC_OR_PARTITION;
        }
        if (r.leaderEpoch() > reg.leaderEpoch() || r.partitionEpoch() > reg.partitionEpoch()) {
            return Errors.NOT_CONTROLLER; // the requester has seen metadata this controller has not
        }
        if (r.leaderEpoch() < reg.leaderEpoch()) {
            return Errors.FENCED_LEADER_EPOCH;
        }
        if (reg.leader() != r.brokerId()) {
            return Errors.INVALID_REQUEST;
        }
        if (r.partitionEpoch() < reg.partitionEpoch()) {
            return Errors.INVALID_UPDATE_VERSION;
        }
        for (int id : r.newIsr()) {
            if (!reg.replicas().contains(id)) {
                return Errors.INVALID_REQUEST;
            }
        }
        if (!r.newIsr().contains(r.brokerId())) {
            return Errors.INVALID_REQUEST;
        }
        for (int id : r.newIsr()) {
            if (!reg.isr().contains(id) && !replication.isActive(id)) {
                return Errors.INELIGIBLE_REPLICA;
            }
        }
        return Errors.NONE;
    }

    private static AlterPartitionResponse alterPartitionError(AlterPartitionRequest r, Errors error) {
        return new AlterPartitionResponse(r.correlationId(), r.topicPartition(), error, -1, -1, -1, List.of());
    }
}
