package dev.clusterlab.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.TopicSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each partition in the snapshot carries its topic's effective min.insync.replicas, as the controller applies it. */
class SnapshotMinIsrTest {
    @Test
    void followsTheTopicOverrideTheBrokerDefaultAndAlterConfig() {
        ClusterSimulation sim = new ClusterSimulation(new ClusterSetup("minisr", 1, 3, 1,
                Map.of("min.insync.replicas", "1"), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("strict", 1, 3, Map.of("min.insync.replicas", "2"), null),
                        new Command.CreateTopic("loose", 1, 3, Map.of(), null)),
                List.of()));
        sim.runUntil(1_000);
        assertThat(minIsr(sim, "strict")).isEqualTo(2);
        assertThat(minIsr(sim, "loose")).as("the broker's static default").isEqualTo(1);

        sim.submit(new Command.AlterConfig("loose", null, Map.of("min.insync.replicas", "3")));
        sim.runUntil(2_000);
        assertThat(minIsr(sim, "loose")).isEqualTo(3);
    }

    @Test
    void topicsCarryTheirEffectiveConfigsOverridesBrokerDefaultsAndKafkasAndFollowAlterConfig() {
        ClusterSimulation sim = new ClusterSimulation(new ClusterSetup("configs", 1, 3, 1,
                Map.of("min.insync.replicas", "1"), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("clicks", 1, 3, Map.of("retention.ms", "180000"), null)),
                List.of()));
        sim.runUntil(1_000);
        TopicSnapshot clicks = sim.snapshot().topics().get(0);
        assertThat(clicks.name()).isEqualTo("clicks");
        assertThat(clicks.configs()).containsEntry("retention.ms", "180000")
                .containsEntry("min.insync.replicas", "1") // the broker's static config
                .containsEntry("segment.bytes", "1073741824"); // Kafka's default

        sim.submit(new Command.AlterConfig("clicks", null, Map.of("segment.bytes", "1048576")));
        sim.runUntil(2_000);
        assertThat(sim.liveSnapshot().topics().get(0).configs()).containsEntry("segment.bytes", "1048576")
                .containsEntry("retention.ms", "180000");
        assertThat(sim.snapshot().topics()).extracting(TopicSnapshot::name).as("internal topics left out")
                .containsExactly("clicks");
    }

    private static int minIsr(ClusterSimulation sim, String topic) {
        return sim.snapshot().partitions().stream().filter(p -> p.topic().equals(topic))
                .mapToInt(PartitionSnapshot::minInsyncReplicas).findFirst().orElseThrow();
    }
}
