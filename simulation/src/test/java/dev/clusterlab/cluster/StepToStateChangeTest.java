package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stepping to the next change that matters stops right after it, and says what it was. */
class StepToStateChangeTest {
    private static ClusterSimulation cluster() {
        return new ClusterSimulation(new ClusterSetup("step", 1, 3, 3, Map.of(), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 1, 3, Map.of(), List.of(List.of(1, 2, 3)))), List.of()));
    }

    @Test
    void afterTheLeadersCrashItStopsAtTheLeaderElection() {
        ClusterSimulation sim = cluster();
        sim.runUntil(2_000);
        sim.submit(new Command.CrashBroker(1));

        List<String> changes = sim.stepToStateChange(1_000_000);

        assertThat(changes).containsExactly("t-0 leader 1 → 2 (leader epoch 1)", "t-0 ISR [1,2,3] → [2,3]");
        assertThat(sim.snapshot().partitions().get(0).leader()).as("stopped right after it").isEqualTo(2);
        assertThat(sim.nowMs()).as("once the session (9 s from the last heartbeat, before the crash) expired")
                .isBetween(9_000L, 11_100L);
    }

    @Test
    void anActiveControllerFailoverIsAChangeToo() {
        ClusterSimulation sim = cluster();
        sim.runUntil(2_000);
        int active = sim.snapshot().controller().active();
        sim.submit(new Command.CrashController(Integer.toString(active)));

        List<String> changes = sim.stepToStateChange(1_000_000);

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).startsWith("active controller " + active + " → ");
    }

    @Test
    void aQuietClusterReachesTheLimitWithNoChange() {
        ClusterSimulation sim = cluster();
        sim.runUntil(2_000);
        long before = sim.engine().executedEvents();

        assertThat(sim.stepToStateChange(500)).isEmpty();
        assertThat(sim.engine().executedEvents()).isEqualTo(before + 500);
    }
}
