package dev.clusterlab.controller.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.controller.raft.RaftTestCluster.Broker;
import dev.clusterlab.controller.raft.RaftTestCluster.Controller;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.metadata.MetadataRecord.TopicRecord;
import dev.clusterlab.network.LinkSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random crashes, restarts, pauses and partitions over many seeds. The harness checks on every event
 * that no two voters lead the same epoch and that no two replicas ever commit different entries at the
 * same offset; at the end, with faults healed, everyone converges on one committed log.
 */
class RaftRandomFaultsTest {

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        long count = Long.getLong("raft.faultSeeds", 50); // -Draft.faultSeeds=1000 for a longer hunt
        for (long s = 100; s < 100 + count; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void safetyHoldsAndTheQuorumRecoversUnderRandomFaults(long seed) {
        runWithFaults(seed, false);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void safetyHoldsOnALossyJitteryNetworkToo(long seed) {
        runWithFaults(seed, true);
    }

    private static void runWithFaults(long seed, boolean lossy) {
        int voters = seed % 5 == 0 ? 5 : 3;
        RaftTestCluster cluster = new RaftTestCluster(seed, voters, 2);
        if (lossy) {
            cluster.sim.network().setDefaults(new LinkSettings(2, 8, 0.05));
        }
        SimRandom faults = cluster.sim.random("faults");
        cluster.startAll();
        List<SimNode> nodes = new ArrayList<>(cluster.sim.nodes());
        int appended = 0;
        while (cluster.sim.nowMs() < 40_000) {
            cluster.runFor(100 + faults.nextLong(900));
            Controller active = cluster.activeLeader();
            if (active != null && faults.nextInt(2) == 0) {
                active.append(new TopicRecord("t" + appended, seed + "-" + appended));
                appended++;
            }
            injectFault(cluster, nodes, faults);
        }

        cluster.sim.network().heal();
        cluster.sim.network().setDefaults(LinkSettings.DEFAULT);
        for (Controller c : cluster.controllers.values()) {
            if (!c.isUp()) {
                c.start();
            }
        }
        for (Broker b : cluster.brokers.values()) {
            if (!b.isUp()) {
                b.start();
            }
        }
        Controller leader = cluster.awaitActiveLeader(20_000);
        leader.append(new TopicRecord("final", "seed-" + seed));
        cluster.runFor(5_000);
        leader = cluster.activeLeader();
        assertThat(leader).as("seed %d: %s", seed, cluster.describe()).isNotNull();
        List<LogEntry> expected = leader.committed;
        assertThat(expected).isNotEmpty();
        for (Controller c : cluster.controllers.values()) {
            assertThat(c.committed).as("controller %d, seed %d", c.nodeId, seed).isEqualTo(expected);
            assertThat(c.replica.epoch()).isEqualTo(leader.replica.epoch());
        }
        for (Broker b : cluster.brokers.values()) {
            assertThat(b.committed).as("broker %d, seed %d", b.nodeId, seed).isEqualTo(expected);
        }
        assertThat(cluster.leaderByEpoch).isNotEmpty();
    }

    private static void injectFault(RaftTestCluster cluster, List<SimNode> nodes, SimRandom faults) {
        SimNode n = nodes.get(faults.nextInt(nodes.size()));
        switch (faults.nextInt(7)) {
            case 0 -> {
                if (n.isUp()) {
                    n.stop();
                }
            }
            case 1, 2 -> {
                for (SimNode down : nodes) {
                    if (down.status() == dev.clusterlab.engine.NodeStatus.DOWN && faults.nextInt(2) == 0) {
                        down.start();
                    }
                }
            }
            case 3 -> cluster.isolate(Integer.parseInt(n.id()));
            case 4 -> {
                SimNode other = nodes.get(faults.nextInt(nodes.size()));
                cluster.sim.network().cut(n, other);
            }
            case 5 -> cluster.sim.network().heal();
            default -> {
                if (n.isUp()) {
                    n.pause();
                    cluster.runFor(faults.nextLong(3_000));
                    if (n.status() == dev.clusterlab.engine.NodeStatus.PAUSED) {
                        n.resume();
                    }
                }
            }
        }
    }
}
