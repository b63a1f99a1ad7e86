package dev.clusterlab.client;

import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.network.LinkSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A simulation with fake brokers 1..n and one producer "checkout" on topic "orders" (not started). */
final class ProducerHarness {
    final Simulation sim;
    final FakeCluster cluster;
    final List<FakeBroker> brokers = new ArrayList<>();
    final ProducerClient producer;

    ProducerHarness(long seed, int brokerCount, int partitions, double rate, int keys, Map<String, String> config) {
        this(seed, brokerCount, partitions, rate, keys, config, 1);
    }

    ProducerHarness(long seed, int brokerCount, int partitions, double rate, int keys, Map<String, String> config,
                    long latencyMs) {
        sim = new Simulation(seed);
        sim.network().setDefaults(new LinkSettings(latencyMs, 0, 0));
        List<Integer> ids = new ArrayList<>();
        for (int i = 1; i <= brokerCount; i++) {
            ids.add(i);
        }
        cluster = new FakeCluster("orders", partitions, ids);
        for (int id : ids) {
            FakeBroker b = sim.register(new FakeBroker(sim, id, cluster));
            b.start();
            brokers.add(b);
        }
        ProducerSetup setup = new ProducerSetup("checkout", "orders", rate, keys, 100, config);
        producer = sim.register(new ProducerClient(sim, setup, ids, cluster.pids, cluster.ledger));
        // created stopped: tests call startProducing() (or start(), as the lead does at t=0)
    }

    FakeBroker broker(int id) {
        return brokers.get(id - 1);
    }

    void runUntil(long ms) {
        sim.runUntil(ms);
    }

    /** All produce requests received by all brokers, in arrival order per broker. */
    long totalProduceRequests() {
        return brokers.stream().mapToLong(b -> b.produceRequests.size()).sum();
    }
}
