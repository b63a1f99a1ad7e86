package dev.clusterlab.cluster;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.check.AckedRecords;
import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.check.HighWatermarkNeverDecreases;
import dev.clusterlab.check.Invariant;
import dev.clusterlab.check.IsrSubsetOfReplicas;
import dev.clusterlab.check.LeaderLogs;
import dev.clusterlab.check.NoAckedRecordLost;
import dev.clusterlab.check.SingleActiveControllerPerEpoch;
import dev.clusterlab.check.SingleLeaderPerEpoch;
import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.NodeStatus;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.NetworkSnapshot;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.TimelineSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole Kafka cluster in simulated time: controllers, brokers, producers, the network, the
 * invariant checkers and the record accounting. The API the runner, the benchmark and the
 * desktop app use. Not thread-safe: one thread (the engine thread) calls everything.
 */
public final class ClusterSimulation {
    private final ClusterSetup setup;
    private final Simulation sim;
    private final Config brokerConfig;
    private final ClusterNodes nodes = new ClusterNodes();
    private final ClusterEventBus bus = new ClusterEventBus();
    private final AckedRecords acked = new AckedRecords();
    private final List<Invariant> invariants = new ArrayList<>();
    private final CommittedMetadata committed;
    private final NoAckedRecordLost noAckedRecordLost;
    private final CommandExecutor executor;

    public ClusterSimulation(ClusterSetup setup) {
        this.setup = setup;
        this.sim = new Simulation(setup.seed());
        sim.network().setDefaults(setup.network());
        this.brokerConfig = KafkaConfigs.BROKER.parse(setup.brokerConfig());
        Invariant.ViolationContext context = new Invariant.ViolationContext() {
            @Override
            public String scenarioName() {
                return setup.name();
            }

            @Override
            public long seed() {
                return setup.seed();
            }

            @Override
            public long currentSeq() {
                return sim.executedEvents() - (sim.currentEvent() == null ? 1 : 0);
            }

            @Override
            public long nowMs() {
                return sim.nowMs();
            }
        };
        this.noAckedRecordLost = new NoAckedRecordLost(context, new LeaderLogs() {
            @Override
            public PartitionLog leaderLog(TopicPartition tp) {
                return leaderLogOf(tp);
            }

            @Override
            public boolean leaderRunning(TopicPartition tp) {
                leaderLogOf(tp);
                LeaderLogCacheEntry e = leaderLogCache.get(tp);
                BrokerNode b = e == null ? null : e.broker();
                return b == null || b.status() != NodeStatus.DOWN;
            }
        }, acked);
        this.committed = new CommittedMetadata(noAckedRecordLost::checkPartition);
        bus.add(committed);
        invariants.add(noAckedRecordLost);
        invariants.add(new SingleLeaderPerEpoch(context));
        invariants.add(new HighWatermarkNeverDecreases(context));
        invariants.add(new IsrSubsetOfReplicas(context));
        invariants.add(new SingleActiveControllerPerEpoch(context));
        invariants.forEach(bus::add);
        bus.add(new LossWatch());
        acked.setListener(noAckedRecordLost);
        this.executor = new CommandExecutor(nodes, sim.network());
        createNodes();
        new ClusterStartup(this).start();
    }

    private SnapshotBuilder snapshotBuilder;

    private final Map<TopicPartition, LeaderLogCacheEntry> leaderLogCache = new HashMap<>();

    /** The leader's log of a partition, remembered until the committed metadata or that broker's disk changes. */
    private record LeaderLogCacheEntry(Object image, BrokerNode broker, Object disk,
                                       PartitionLog log) {
    }

    private PartitionLog leaderLogOf(TopicPartition tp) {
        LeaderLogCacheEntry e = leaderLogCache.get(tp);
        if (e != null && e.image() == committed.image() && (e.log() != null ? e.broker().disk() == e.disk()
                : e.broker() == null || e.broker().disk().log(tp) == null)) {
            return e.log(); // a log is only replaced with a metadata change (topic deleted) or a new disk (wipe)
        }
        PartitionLog log = builder().leaderLog(tp);
        BrokerNode leader = builder().leaderBroker(tp);
        leaderLogCache.put(tp, new LeaderLogCacheEntry(committed.image(), leader,
                leader == null ? null : leader.disk(), log));
        return log;
    }

    private SnapshotBuilder builder() {
        if (snapshotBuilder == null) {
            snapshotBuilder = new SnapshotBuilder(nodes, committed, acked, invariants, bus, brokerConfig);
        }
        return snapshotBuilder;
    }

    private void createNodes() {
        List<Integer> controllerIds = new ArrayList<>();
        for (int i = 1; i <= setup.controllers(); i++) {
            controllerIds.add(1000 + i);
        }
        List<Integer> brokerIds = new ArrayList<>();
        for (int i = 1; i <= setup.brokers(); i++) {
            brokerIds.add(i);
        }
        ProducerIdAllocator producerIds = new ProducerIdAllocator();
        for (int id : controllerIds) {
            nodes.controllers.put(id, sim.register(new ControllerNode(sim, id, brokerConfig, controllerIds, bus)));
        }
        for (int id : brokerIds) {
            nodes.brokers.put(id, sim.register(new BrokerNode(sim, id, brokerConfig, controllerIds, bus, producerIds)));
        }
        for (ProducerSetup p : setup.producers()) {
            nodes.producers.put(p.id(), sim.register(new ProducerClient(sim, p, brokerIds, producerIds, acked)));
            nodes.producerSetups.put(p.id(), p);
        }
    }

    ClusterNodes nodes() {
        return nodes;
    }

    Config brokerConfig() {
        return brokerConfig;
    }

    public ClusterSetup setup() {
        return setup;
    }

    public Simulation engine() {
        return sim;
    }

    public long nowMs() {
        return sim.nowMs();
    }

    /** Watches every executed event (trace writers, tests). */
    public void addListener(SimulationListener listener) {
        sim.addListener(listener);
    }

    /** Schedules a timeline command at its time. */
    public void schedule(TimedCommand command) {
        sim.schedule(new CommandEvent(command.command(), executor::execute), command.atMs());
    }

    /** Executes a user command at the current simulated time (recorded and traced like a timeline one). */
    public void submit(Command command) {
        submit(command, null);
    }

    /** The same; onRefused hears "action: reason" if the command turns out impossible when it runs. */
    public void submit(Command command, java.util.function.Consumer<String> onRefused) {
        sim.schedule(new CommandEvent(command, executor::execute, onRefused), sim.nowMs());
    }

    /** Carries a command out at once, outside the event order (cluster bootstrap only). */
    String executeNow(Command command) {
        return executor.execute(command);
    }

    /** Runs one event; false when nothing is left to run. */
    public boolean step() {
        return sim.step();
    }

    /**
     * Runs events one by one until a partition's leader or ISR, or the active controller, changes
     * (the "step to the next state change" of the desktop app), at most maxEvents of them.
     * Returns what changed, one line per change; empty if nothing did (limit reached or no event left).
     */
    public List<String> stepToStateChange(int maxEvents) {
        MetadataImage image = committed.image();
        int controller = activeControllerId();
        for (int i = 0; i < maxEvents && sim.step(); i++) {
            int nowController = activeControllerId();
            if (committed.image() != image || nowController != controller) {
                List<String> changes = StateChange.between(image, controller, committed.image(), nowController);
                if (!changes.isEmpty()) {
                    return changes;
                }
                image = committed.image();
                controller = nowController;
            }
        }
        return List.of();
    }

    private int activeControllerId() {
        ControllerNode active = nodes.activeController();
        return active == null ? -1 : active.nodeId();
    }

    public void runUntil(long timeMs) {
        sim.runUntil(timeMs);
    }

    public ClusterSnapshot snapshot() {
        ClusterSnapshot s = builder().build(setup.name(), setup.seed(), sim.nowMs(), sim.executedEvents());
        if (s.records().lostAcked() > 0 && noAckedRecordLost.held()) {
            noAckedRecordLost.lostAtEnd(s.records().lostAcked());
            s = builder().build(setup.name(), setup.seed(), sim.nowMs(), sim.executedEvents());
        }
        return s;
    }

    /** How often, in simulated time, a live snapshot recounts the records in the leaders' logs. */
    public static final long LIVE_RECORD_STATS_INTERVAL_MS = 1000;

    private ClusterSnapshot lastLive;

    /**
     * A snapshot for a live view, taken every frame: exact except that the record accounting (a
     * scan of every leader log) is refreshed at most once per simulated second. Reports use
     * {@link #snapshot()}.
     */
    public ClusterSnapshot liveSnapshot() {
        return liveSnapshot(-1);
    }

    /**
     * {@link #liveSnapshot()}, listing the messages in flight at some moment after
     * messagesAfterMs rather than since the previous live snapshot: the app passes the time of the
     * last snapshot it drew, so that a message seen only by snapshots it skipped still gets drawn.
     * Negative, or ahead of now: since the previous live snapshot.
     */
    public ClusterSnapshot liveSnapshot(long messagesAfterMs) {
        ClusterSnapshot s;
        if (lastLive == null || sim.nowMs() - lastLive.nowMs() >= LIVE_RECORD_STATS_INTERVAL_MS
                || sim.nowMs() < lastLive.nowMs()) {
            lastLive = snapshot();
            s = lastLive;
        } else {
            s = builder().build(setup.name(), setup.seed(), sim.nowMs(), sim.executedEvents(), lastLive.records());
        }
        return s.withLiveViews(liveNetwork(messagesAfterMs), liveReplicaLogs(), liveTimeline(), liveMetrics());
    }

    // The live views' extras. Each is computed only for liveSnapshot().

    /** How many messages in flight the app's tracking remembers at most. */
    public static final int MESSAGES_IN_FLIGHT_CAPACITY = 2_000;

    private LiveNetwork liveNetwork;

    /**
     * Whether live snapshots list the messages in flight (the desktop app turns it on; off by
     * default, so that a headless run pays nothing). Remembers at most
     * {@link #MESSAGES_IN_FLIGHT_CAPACITY} of them.
     */
    public void trackMessagesInFlight(boolean on) {
        sim.network().trackMessages(on ? MESSAGES_IN_FLIGHT_CAPACITY : 0);
    }

    /** Links and messages in flight, for the cluster view. */
    private NetworkSnapshot liveNetwork(long messagesAfterMs) {
        if (liveNetwork == null) {
            liveNetwork = new LiveNetwork(nodes, sim.network());
        }
        return liveNetwork.snapshot(sim.nowMs(), messagesAfterMs);
    }

    /** The watched partition's replica logs, for the replica log view. */
    private ReplicaLogsSnapshot liveReplicaLogs() {
        return replicaLogWatch == null ? ReplicaLogsSnapshot.NONE
                : replicaLogWatch.snapshot();
    }

    /** Created at the first watchPartition: until then no listener and no work for the replica log view. */
    private ReplicaLogWatch replicaLogWatch;

    /**
     * From now on live snapshots carry this partition's replica logs and its truncations (the
     * replica log view). Engine thread only; changes nothing in the simulated cluster.
     */
    public void watchPartition(String topic, int partition) {
        if (replicaLogWatch == null) {
            replicaLogWatch = new ReplicaLogWatch(nodes, committed, sim::nowMs);
            bus.add(replicaLogWatch);
        }
        replicaLogWatch.watch(TopicPartition.of(topic, partition));
    }

    /** Live snapshots carry no replica logs any more ({@code ReplicaLogsSnapshot.NONE}). Engine thread only. */
    public void unwatchPartition() {
        if (replicaLogWatch != null) {
            replicaLogWatch.watch(null);
        }
    }

    /** Recent events and commands, for the timeline view (EMPTY unless {@link #recordTimeline} was called). */
    private TimelineSnapshot liveTimeline() {
        return timeline == null ? TimelineSnapshot.EMPTY : timeline.snapshot();
    }

    /** Commands kept by the timeline however many other events come after them. */
    public static final int TIMELINE_COMMANDS = 1_000;

    private TimelineRecorder timeline;

    /**
     * From now on, keeps the most recent capacity executed events (and the last
     * {@link #TIMELINE_COMMANDS} commands) for {@link #liveSnapshot()}'s timeline. The desktop app
     * asks for it; headless runs never do, so they pay nothing. Calling it again changes nothing.
     */
    public void recordTimeline(int capacity) {
        if (timeline == null) {
            timeline = new TimelineRecorder(capacity, TIMELINE_COMMANDS, sim.executedEvents());
            sim.addListener(timeline);
        }
    }

    /** Sampled time series, for the charts: empty unless {@link #sampleMetrics(long)} was called. */
    private MetricsHistory liveMetrics() {
        return metricsSampler == null ? MetricsHistory.EMPTY
                : metricsSampler.catchUp(sim.nowMs());
    }

    /** The charts' sampling interval in simulated time: one sample per simulated second. */
    public static final long DEFAULT_METRICS_INTERVAL_MS = 1000;
    /** How much sampled history the live snapshot keeps: the last six hours of simulated time. */
    public static final long METRICS_RETENTION_MS = 6 * 60 * 60 * 1000L;

    private MetricsSampler metricsSampler;

    /**
     * Samples the charts' metrics at every multiple of intervalMs of simulated time from now on,
     * for {@link #liveSnapshot()}. Off by default: the runner and the benchmark never pay for it.
     * It adds a listener, not events, so the run itself is the same with or without it. Calling it
     * again with the same interval changes nothing.
     */
    public void sampleMetrics(long intervalMs) {
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("intervalMs must be positive: " + intervalMs);
        }
        if (metricsSampler != null) {
            if (metricsSampler.intervalMs() != intervalMs) {
                throw new IllegalStateException("metrics are already sampled every "
                        + metricsSampler.intervalMs() + " ms");
            }
            return;
        }
        int maxSamples = (int) Math.max(1, METRICS_RETENTION_MS / intervalMs);
        metricsSampler = new MetricsSampler(nodes, committed, brokerConfig, intervalMs, maxSamples, sim.nowMs());
        sim.addListener(metricsSampler);
    }

    /** The committed (quorum-agreed) state of one partition, or null. */
    public PartitionRegistration committedPartition(TopicPartition tp) {
        return committed.image().partition(tp);
    }

    /** Rechecks acknowledged records whenever the log that counts for a partition may have lost some. */
    private final class LossWatch implements ClusterEvents {
        @Override
        public void truncated(int brokerId, TopicPartition tp, long newLogEndOffset, List<RecordBatch> removed) {
            noAckedRecordLost.checkPartition(tp);
        }

        @Override
        public void segmentsDeleted(int brokerId, TopicPartition tp, long newLogStartOffset, List<RecordBatch> removed) {
            acked.retire(tp, removed);
        }

        @Override
        public void diskWiped(int brokerId) {
            for (TopicPartition tp : acked.partitions()) {
                noAckedRecordLost.checkPartition(tp);
            }
        }
    }
}
