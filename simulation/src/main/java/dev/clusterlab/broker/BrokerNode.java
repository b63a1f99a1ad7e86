package dev.clusterlab.broker;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.cluster.ProducerIdAllocator;
import dev.clusterlab.config.Config;
import dev.clusterlab.controller.raft.LogEntry;
import dev.clusterlab.controller.raft.ObserverListener;
import dev.clusterlab.controller.raft.RaftConfig;
import dev.clusterlab.controller.raft.RaftObserver;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.metadata.EffectiveConfig;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.BrokerRegistration;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.network.Message;
import dev.clusterlab.protocol.AlterPartitionRequest;
import dev.clusterlab.protocol.AlterPartitionResponse;
import dev.clusterlab.protocol.BrokerHeartbeatResponse;
import dev.clusterlab.protocol.BrokerRegistrationResponse;
import dev.clusterlab.protocol.CreateTopicsRequest;
import dev.clusterlab.protocol.CreateTopicsResponse;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.protocol.InitProducerIdRequest;
import dev.clusterlab.protocol.InitProducerIdResponse;
import dev.clusterlab.protocol.MetadataRequest;
import dev.clusterlab.protocol.ProduceRequest;
import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/**
 * A Kafka broker process. Its disk (partition logs, metadata log copy) survives a crash; the rest
 * (metadata image, replica states, fetchers, registration) is rebuilt on every start.
 */
public final class BrokerNode extends SimNode implements BrokerContext {
    /** Broker-to-controller requests (AlterPartition) give up after request.timeout.ms. */
    private static final long CONTROLLER_REQUEST_TIMEOUT_MS = 30000;

    private final int brokerId;
    private final Config config;
    private final List<Integer> controllerIds;
    private final ClusterEvents events;
    private final ProducerIdAllocator producerIds;
    private final long replicaLagTimeMaxMs;
    private BrokerDisk disk;
    private boolean stoppedCleanly;
    private long bootstrapBrokerEpoch = -1;
    private boolean machineUp = true;

    // in memory, rebuilt on start
    private MetadataImage image = MetadataImage.EMPTY;
    private boolean metadataReady;
    private RaftObserver observer;
    private ReplicaManager replicaManager;
    private BrokerLifecycle lifecycle;
    private final Map<Integer, Partition> alterPartitionInFlight = new TreeMap<>();
    private final java.util.Set<String> autoCreating = new java.util.TreeSet<>();
    private int nextCorrelationId;

    public BrokerNode(Simulation sim, int brokerId, Config config, List<Integer> controllerIds, ClusterEvents events,
                      ProducerIdAllocator producerIds) {
        super(sim, Integer.toString(brokerId));
        this.brokerId = brokerId;
        this.config = config;
        this.controllerIds = List.copyOf(controllerIds);
        this.events = events;
        this.producerIds = producerIds;
        this.replicaLagTimeMaxMs = config.getLong("replica.lag.time.max.ms");
        this.disk = new BrokerDisk(config.getLong("os.dirty.expire.ms"));
    }

    @Override
    public int brokerId() {
        return brokerId;
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public long replicaLagTimeMaxMs() {
        return replicaLagTimeMaxMs;
    }

    @Override
    public MetadataImage image() {
        return image;
    }

    @Override
    public ClusterEvents events() {
        return events;
    }

    public BrokerDisk disk() {
        return disk;
    }

    boolean metadataReady() {
        return metadataReady;
    }

    long brokerEpoch() {
        return lifecycle == null ? -1 : lifecycle.brokerEpoch();
    }

    int activeControllerId() {
        return observer == null ? -1 : observer.leaderId();
    }

    public BrokerProcessState processState() {
        if (status() == dev.clusterlab.engine.NodeStatus.DOWN) {
            return stoppedCleanly ? BrokerProcessState.STOPPED : BrokerProcessState.CRASHED;
        }
        return lifecycle == null ? BrokerProcessState.STARTING : lifecycle.state();
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    protected void onStart() {
        stoppedCleanly = false;
        machineUp = true;
        image = MetadataImage.EMPTY;
        metadataReady = false;
        alterPartitionInFlight.clear();
        autoCreating.clear();
        replicaManager = new ReplicaManager(this);
        lifecycle = new BrokerLifecycle(this, "broker-" + brokerId + "-incarnation-" + incarnation());
        if (bootstrapBrokerEpoch >= 0) {
            lifecycle.startRegistered(bootstrapBrokerEpoch);
            bootstrapBrokerEpoch = -1;
        }
        observer = new RaftObserver(this, brokerId, controllerIds, RaftConfig.from(config), disk.metadataLog(),
                simulation().random("broker-" + brokerId + "-metadata-" + incarnation()), new ObserverListener() {
                    @Override
                    public void onCommitted(LogEntry entry) {
                        applyMetadata(entry);
                    }

                    @Override
                    public void onLeaderKnown(int leaderId, int epoch) {
                        if (lifecycle != null && leaderId >= 0) {
                            lifecycle.onControllerChange();
                        }
                    }
                });
        observer.start();
        if (lifecycle.state() == BrokerProcessState.STARTING) {
            lifecycle.start();
        }
        scheduleIsrExpiration();
        scheduleLogRetention(LOG_INITIAL_TASK_DELAY_MS);
    }

    /** Kafka's LogManager starts its periodic tasks after log.initial.task.delay.ms (30000). */
    private static final long LOG_INITIAL_TASK_DELAY_MS = 30000;

    /** LogManager's kafka-log-retention task: every log.retention.check.interval.ms. */
    private void scheduleLogRetention(long delayMs) {
        schedule(delayMs, "LogRetention", () -> {
            cleanupLogs();
            scheduleLogRetention(config.getLong("log.retention.check.interval.ms"));
        });
    }

    /** LogManager.cleanupLogs: deleteOldSegments on every log on this broker's disk, as its topic is configured. */
    private void cleanupLogs() {
        long now = nowMs();
        for (PartitionLog log : disk.logs().values()) {
            String topic = log.topicPartition().topic();
            if (image.topic(topic) == null) {
                continue;
            }
            String policy = EffectiveConfig.topicValueOnBroker(image, config, topic, brokerId, "cleanup.policy");
            long retentionMs = Long.parseLong(
                    EffectiveConfig.topicValueOnBroker(image, config, topic, brokerId, "retention.ms"));
            long retentionBytes = Long.parseLong(
                    EffectiveConfig.topicValueOnBroker(image, config, topic, brokerId, "retention.bytes"));
            List<RecordBatch> removed = log.deleteOldSegments(now, policy.contains("delete"), retentionMs,
                    retentionBytes);
            if (!removed.isEmpty()) {
                events.segmentsDeleted(brokerId, log.topicPartition(), log.logStartOffset(), removed);
            }
        }
    }

    @Override
    protected void onStop() {
        if (replicaManager != null) {
            replicaManager.shutdown();
        }
        alterPartitionInFlight.clear();
    }

    private void scheduleIsrExpiration() {
        schedule(config.getLong("replica.lag.time.max.ms") / 2, "IsrExpiration", () -> {
            replicaManager.shrinkIsrs();
            scheduleIsrExpiration();
        });
    }

    private void applyMetadata(LogEntry entry) {
        MetadataImage previous = image;
        image = image.apply(entry.offset(), entry.record());
        if (!metadataReady) {
            BrokerRegistration me = image.broker(brokerId);
            if (me != null && lifecycle.brokerEpoch() >= 0 && me.brokerEpoch() == lifecycle.brokerEpoch()) {
                metadataReady = true;
                replicaManager.applyImage(MetadataImage.EMPTY, image);
            }
            return;
        }
        replicaManager.applyImage(previous, image);
    }

    /**
     * For a cluster formed at t=0: the next start begins registered (this broker epoch) and
     * unfenced, its metadata log already on disk.
     */
    public void startRegistered(long brokerEpoch) {
        this.bootstrapBrokerEpoch = brokerEpoch;
        start();
    }

    /** The controller told us to exit after a controlled shutdown. */
    void completeControlledShutdown() {
        for (PartitionLog log : disk.logs().values()) {
            log.flush();
        }
        disk.markCleanShutdown(lifecycle.brokerEpoch());
        lifecycle.markStopped();
        stop();
        stoppedCleanly = true;
    }

    /** shutdownBroker: false if the broker cannot start a controlled shutdown now. */
    public boolean beginControlledShutdown() {
        return isUp() && lifecycle.beginControlledShutdown();
    }

    /** crashBroker: the process dies, the disk stays as the OS left it (page cache included). */
    public void crash() {
        disk.clearCleanShutdown();
        stop();
    }

    @Override
    public boolean machineUp() {
        return machineUp;
    }

    /** powerFailBroker: like a crash, and what the page cache had not written back is lost. */
    public void powerFail() {
        long now = nowMs();
        machineUp = false;
        if (status() != dev.clusterlab.engine.NodeStatus.DOWN) {
            stop();
        }
        disk.clearCleanShutdown();
        for (PartitionLog log : disk.logs().values()) {
            List<RecordBatch> removed = log.losePageCache(now);
            if (!removed.isEmpty()) {
                events.truncated(brokerId, log.topicPartition(), log.logEndOffset(), removed);
            }
        }
    }

    /** wipeBroker: the disk is gone; the broker stays down until restarted. */
    public void wipe() {
        if (status() != dev.clusterlab.engine.NodeStatus.DOWN) {
            stop();
        }
        disk = new BrokerDisk(config.getLong("os.dirty.expire.ms"));
        events.diskWiped(brokerId);
    }

    /** A follower below its leader's log start offset restarts its log there (Kafka's truncateFullyAndStartAt). */
    void truncateFullyAndStartAt(Partition p, long offset) {
        List<RecordBatch> removed = p.log.truncateFullyAndStartAt(offset, nowMs());
        if (!removed.isEmpty()) {
            events.truncated(brokerId, p.tp, p.log.logEndOffset(), removed);
        }
    }

    void truncate(Partition p, long offset) {
        List<RecordBatch> removed = p.log.truncateTo(offset);
        if (!removed.isEmpty()) {
            events.truncated(brokerId, p.tp, p.log.logEndOffset(), removed);
        }
    }

    @Override
    public void peerProcessDied(SimNode peer) {
        if (isUp() && replicaManager != null && peer instanceof BrokerNode b) {
            replicaManager.connectionClosed(b.brokerId());
        }
    }

    // ---------------------------------------------------------------- BrokerContext

    @Override
    public void requestIsrChange(Partition partition, List<Integer> newIsr) {
        int controllerId = activeControllerId();
        if (controllerId < 0) {
            partition.onIsrChangeFailed();
            return;
        }
        int correlationId = nextCorrelationId++;
        alterPartitionInFlight.put(correlationId, partition);
        send(simulation().node(controllerId), new AlterPartitionRequest(correlationId, brokerId,
                lifecycle.brokerEpoch(), partition.tp, partition.leaderEpoch(), partition.partitionEpoch(), newIsr));
        schedule(CONTROLLER_REQUEST_TIMEOUT_MS, "AlterPartitionTimeout", () -> {
            Partition p = alterPartitionInFlight.remove(correlationId);
            if (p != null) {
                p.onIsrChangeFailed();
            }
        });
    }


    // ---------------------------------------------------------------- messages

    @Override
    protected void onMessage(SimNode from, Message message) {
        if (observer.handle(from, message)) {
            return;
        }
        if (message instanceof FetchRequest r) {
            replicaManager.handleFetch(from, r);
        } else if (message instanceof FetchResponse r) {
            replicaManager.onFetchResponse(Integer.parseInt(from.id()), r);
        } else if (message instanceof ProduceRequest r) {
            replicaManager.handleProduce(from, r);
        } else if (message instanceof MetadataRequest r) {
            List<String> creating = List.of();
            if (r.allowAutoTopicCreation() && config.getBoolean("auto.create.topics.enable")) {
                creating = MetadataResponses.unknownTopics(r, image);
                creating.forEach(this::autoCreateTopic);
            }
            send(from, MetadataResponses.build(r, image, creating));
        } else if (message instanceof CreateTopicsResponse r) {
            autoCreating.remove(r.topic());
        } else if (message instanceof InitProducerIdRequest r) {
            send(from, new InitProducerIdResponse(r.correlationId(), Errors.NONE, producerIds.allocate(), (short) 0));
        } else if (message instanceof AlterPartitionResponse r) {
            Partition p = alterPartitionInFlight.remove(r.correlationId());
            if (p != null && replicaManager.partition(p.tp) == p) {
                p.onIsrChangeResponse(r.error(), r.leaderEpoch(), r.partitionEpoch(), r.isr());
            }
        } else if (message instanceof BrokerRegistrationResponse r) {
            lifecycle.onRegistrationResponse(r);
        } else if (message instanceof BrokerHeartbeatResponse r) {
            lifecycle.onHeartbeatResponse(r);
        } else {
            throw new IllegalStateException("broker " + brokerId + " cannot handle " + message.type());
        }
    }

    /**
     * auto.create.topics.enable: forward the creation to the active controller with num.partitions
     * and default.replication.factor (once at a time per topic).
     */
    private void autoCreateTopic(String topic) {
        int controllerId = activeControllerId();
        if (controllerId < 0 || !autoCreating.add(topic)) {
            return;
        }
        send(simulation().node(controllerId), new CreateTopicsRequest(nextCorrelationId++, topic,
                config.getInt("num.partitions"), (short) config.getInt("default.replication.factor")));
        schedule(CONTROLLER_REQUEST_TIMEOUT_MS, "CreateTopicsTimeout", () -> autoCreating.remove(topic));
    }

    // ---------------------------------------------------------------- snapshots

    /** Leader and follower counts of the replicas this broker hosts, as it sees them. */
    public int[] leaderAndFollowerCounts() {
        int leaders = 0;
        int followers = 0;
        if (isUp() && replicaManager != null) {
            for (Partition p : replicaManager.partitions().values()) {
                if (p.isLeader()) {
                    leaders++;
                } else if (p.role() == Partition.Role.FOLLOWER) {
                    followers++;
                }
            }
        }
        return new int[] {leaders, followers};
    }

    /** The leader epoch this broker is leading tp in, or -1. */
    public int leadingEpoch(TopicPartition tp) {
        if (!isUp() || replicaManager == null) {
            return -1;
        }
        Partition p = replicaManager.partition(tp);
        return p != null && p.isLeader() ? p.leaderEpoch() : -1;
    }

    public long metadataOffset() {
        return image.offset();
    }

    public long currentBrokerEpoch() {
        return brokerEpoch();
    }
}
