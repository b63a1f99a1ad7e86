package dev.clusterlab.cluster;

import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void readyClusterProduces() {
        ClusterSetup setup = new ClusterSetup("smoke", 42, 3, 3, Map.of(), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 3, 3, Map.of("min.insync.replicas", "2"), null)),
                List.of(new ProducerSetup("p", "t", 100, 10, 100, Map.of())));
        ClusterSimulation c = new ClusterSimulation(setup);
        c.runUntil(10_000);
        ClusterSnapshot s = c.snapshot();
        System.out.println(s.controller());
        s.controllers().forEach(System.out::println);
        s.brokers().forEach(System.out::println);
        s.partitions().forEach(System.out::println);
        s.producers().forEach(System.out::println);
        System.out.println(s.records());
        s.invariants().forEach(System.out::println);
        System.out.println("events " + s.events());
    }
}
