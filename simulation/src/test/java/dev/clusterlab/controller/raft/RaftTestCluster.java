package dev.clusterlab.controller.raft;

import static org.assertj.core.api.Assertions.fail;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.network.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny test harness: a seeded Simulation with controller nodes (1001..) hosting RaftReplica and broker
 * nodes (1..) hosting RaftObserver, plus safety invariants checked on every callback and after every
 * event: at most one leader per epoch, and committed entries never differ between replicas.
 */
final class RaftTestCluster {
    final Simulation sim;
    final RaftConfig config = new RaftConfig(2000, 1000, 1000, 2000);
    final List<Integer> voterIds = new ArrayList<>();
    final Map<Integer, Controller> controllers = new TreeMap<>();
    final Map<Integer, Broker> brokers = new TreeMap<>();
    /** epoch → the voter that was Leader in it (Raft level, checked after every event). */
    final Map<Integer, Integer> leaderByEpoch = new TreeMap<>();
    /** offset → the entry committed there (first replica to deliver it decides). */
    final Map<Long, LogEntry> committedLog = new TreeMap<>();

    RaftTestCluster(long seed, int voters, int observers) {
        sim = new Simulation(seed);
        for (int i = 0; i < voters; i++) {
            voterIds.add(1001 + i);
        }
        for (int id : voterIds) {
            controllers.put(id, sim.register(new Controller(this, id)));
        }
        for (int i = 1; i <= observers; i++) {
            brokers.put(i, sim.register(new Broker(this, i)));
        }
        sim.addListener((seq, event) -> checkOneLeaderPerEpoch());
    }

    void startAll() {
        controllers.values().forEach(SimNode::start);
        brokers.values().forEach(SimNode::start);
    }

    Controller controller(int id) {
        return controllers.get(id);
    }

    Broker broker(int id) {
        return brokers.get(id);
    }

    void runFor(long ms) {
        sim.runUntil(sim.nowMs() + ms);
    }

    /** Runs until an up voter is an active leader (onBecameLeader fired for its epoch); fails after maxMs. */
    Controller awaitActiveLeader(long maxMs) {
        return awaitActiveLeaderOtherThan(null, maxMs);
    }

    /** Runs until an up voter other than {@code excluded} is an active leader; fails after maxMs. */
    Controller awaitActiveLeaderOtherThan(Controller excluded, long maxMs) {
        long deadline = sim.nowMs() + maxMs;
        while (sim.nowMs() <= deadline) {
            Controller active = activeLeader();
            if (active != null && active != excluded) {
                return active;
            }
            if (!sim.step()) {
                break;
            }
        }
        return fail("no active leader within " + maxMs + " ms; states: " + describe());
    }

    /**
     * The up voter that is Leader and whose onBecameLeader fired for its epoch, the one with the highest
     * epoch if a not-yet-resigned zombie leader of an older epoch is still around; null if none.
     */
    Controller activeLeader() {
        Controller found = null;
        for (Controller c : controllers.values()) {
            if (c.isUp() && c.replica.isLeader() && c.activeEpoch == c.replica.epoch()
                    && (found == null || c.replica.epoch() > found.replica.epoch())) {
                found = c;
            }
        }
        return found;
    }

    List<Controller> upLeaders() {
        return controllers.values().stream().filter(c -> c.isUp() && c.replica.isLeader()).toList();
    }

    /** Cuts every link between the node and all others, both directions. */
    void isolate(int id) {
        SimNode n = sim.node(String.valueOf(id));
        for (SimNode other : sim.nodes()) {
            if (other != n) {
                sim.network().cut(n, other);
                sim.network().cut(other, n);
            }
        }
    }

    String describe() {
        StringBuilder sb = new StringBuilder("t=" + sim.nowMs() + " ");
        controllers.values().forEach(c -> sb.append(c.isUp() ? c.replica.toString() : c.id() + "(down)").append(' '));
        return sb.toString();
    }

    private void checkOneLeaderPerEpoch() {
        for (Controller c : controllers.values()) {
            if (c.isUp() && c.replica.isLeader()) {
                Integer previous = leaderByEpoch.putIfAbsent(c.replica.epoch(), c.nodeId);
                if (previous != null && previous != c.nodeId) {
                    fail("two leaders in epoch " + c.replica.epoch() + ": " + previous + " and " + c.nodeId
                            + " (seed " + sim.seed() + ") " + describe());
                }
            }
        }
    }

    void checkCommitted(int replicaId, LogEntry entry) {
        LogEntry previous = committedLog.putIfAbsent(entry.offset(), entry);
        if (previous != null && !previous.equals(entry)) {
            fail("replica " + replicaId + " committed " + entry + " but " + previous + " was committed at that offset"
                    + " (seed " + sim.seed() + ")");
        }
    }

    /** A controller process hosting one voter. */
    static final class Controller extends SimNode implements RaftListener {
        final RaftTestCluster cluster;
        final int nodeId;
        RaftDisk disk = new RaftDisk();
        RaftReplica replica;
        final List<LogEntry> committed = new ArrayList<>();
        final List<Integer> becameLeader = new ArrayList<>();
        final List<Integer> lostLeadership = new ArrayList<>();
        int activeEpoch = -1;

        Controller(RaftTestCluster cluster, int nodeId) {
            super(cluster.sim, String.valueOf(nodeId));
            this.cluster = cluster;
            this.nodeId = nodeId;
            newReplica();
        }

        private void newReplica() {
            replica = new RaftReplica(this, nodeId, cluster.voterIds, cluster.config, disk,
                    cluster.sim.random("raft-" + nodeId), this);
        }

        void wipeDisk() {
            disk = new RaftDisk();
            newReplica();
        }

        long append(MetadataRecord record) {
            return replica.append(record);
        }

        @Override
        protected void onStart() {
            committed.clear();
            activeEpoch = -1;
            replica.start();
        }

        @Override
        protected void onMessage(SimNode from, Message message) {
            if (!replica.handle(from, message)) {
                fail("unexpected message " + message);
            }
        }

        @Override
        public void onCommitted(LogEntry entry) {
            if (entry.offset() != committed.size()) {
                fail("controller " + nodeId + " got offset " + entry.offset() + " after " + committed.size() + " entries");
            }
            committed.add(entry);
            cluster.checkCommitted(nodeId, entry);
        }

        @Override
        public void onBecameLeader(int epoch) {
            if (!replica.isLeader() || replica.epoch() != epoch || replica.highWatermark() <= 0) {
                fail("controller " + nodeId + " activated for epoch " + epoch + " while " + replica);
            }
            becameLeader.add(epoch);
            activeEpoch = epoch;
        }

        @Override
        public void onLostLeadership(int epoch) {
            if (replica.isLeader() || epoch != activeEpoch) {
                fail("controller " + nodeId + " lost epoch " + epoch + " while " + replica + ", active " + activeEpoch);
            }
            lostLeadership.add(epoch);
            activeEpoch = -1;
        }
    }

    /** A broker process hosting one observer. */
    static final class Broker extends SimNode implements ObserverListener {
        final RaftTestCluster cluster;
        final int nodeId;
        final RaftDisk disk = new RaftDisk();
        final RaftObserver observer;
        final List<LogEntry> committed = new ArrayList<>();

        Broker(RaftTestCluster cluster, int nodeId) {
            super(cluster.sim, String.valueOf(nodeId));
            this.cluster = cluster;
            this.nodeId = nodeId;
            this.observer = new RaftObserver(this, nodeId, cluster.voterIds, cluster.config, disk,
                    cluster.sim.random("observer-" + nodeId), this);
        }

        @Override
        protected void onStart() {
            committed.clear();
            observer.start();
        }

        @Override
        protected void onMessage(SimNode from, Message message) {
            if (!observer.handle(from, message)) {
                fail("unexpected message " + message);
            }
        }

        @Override
        public void onCommitted(LogEntry entry) {
            if (entry.offset() != committed.size()) {
                fail("broker " + nodeId + " got offset " + entry.offset() + " after " + committed.size() + " entries");
            }
            committed.add(entry);
            cluster.checkCommitted(nodeId, entry);
        }
    }
}
