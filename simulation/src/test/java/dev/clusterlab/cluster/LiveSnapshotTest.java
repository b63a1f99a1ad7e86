package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live snapshot a view takes every frame recounts records at most once per simulated second. */
class LiveSnapshotTest {
    @Test
    void recordAccountingIsRefreshedOncePerSimulatedSecondEverythingElseIsCurrent() {
        ClusterSimulation sim = new ClusterSimulation(new ClusterSetup("live", 1, 3, 1, Map.of(), LinkSettings.DEFAULT,
                false, List.of(new Command.CreateTopic("t", 2, 3, Map.of(), null)),
                List.of(new ProducerSetup("p", "t", 200, 10, 100, Map.of()))));
        sim.runUntil(5_000);
        ClusterSnapshot first = sim.liveSnapshot();
        assertThat(first.records().acked()).isPositive();

        sim.runUntil(5_500);
        ClusterSnapshot soon = sim.liveSnapshot();
        assertThat(soon.nowMs()).isEqualTo(5_500);
        assertThat(soon.producers().get(0).acked()).as("the rest is current")
                .isGreaterThan(first.producers().get(0).acked());
        assertThat(soon.records()).as("recounted at most once per second").isEqualTo(first.records());
        assertThat(sim.snapshot().records().acked()).as("a report's snapshot is exact")
                .isGreaterThan(first.records().acked());

        sim.runUntil(6_000);
        assertThat(sim.liveSnapshot().records().acked()).isGreaterThan(first.records().acked());
    }
}
