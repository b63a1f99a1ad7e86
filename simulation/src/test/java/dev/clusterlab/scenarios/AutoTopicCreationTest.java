package dev.clusterlab.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** auto.create.topics.enable (Kafka's default true): a producer's metadata request recreates a deleted topic. */
class AutoTopicCreationTest {

    private static ClusterSimulation cluster(Map<String, String> brokerConfig) {
        ClusterSetup setup = new ClusterSetup("auto create", 3, 3, 1, brokerConfig, LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 3, 3, Map.of(), null)),
                List.of(new ProducerSetup("p", "t", 100, 10, 100, Map.of())));
        ClusterSimulation sim = new ClusterSimulation(setup);
        sim.schedule(new TimedCommand(5_000, new Command.DeleteTopic("t")));
        return sim;
    }

    @Test
    void aDeletedTopicIsCreatedAgainWithTheBrokerDefaults() {
        ClusterSimulation sim = cluster(Map.of("num.partitions", "2", "default.replication.factor", "2"));
        sim.runUntil(30_000);
        ClusterSnapshot s = sim.snapshot();
        // created with 3 partitions, recreated with num.partitions=2
        assertThat(s.partitions()).extracting(p -> p.topic() + "-" + p.partition()).containsExactly("t-0", "t-1");
        assertThat(sim.committedPartition(new TopicPartition("t", 2))).isNull();
        assertThat(s.partitions()).allSatisfy(p -> {
            assertThat(p.replicas()).hasSize(2);
            assertThat(p.leader()).isPositive();
            assertThat(p.highWatermark()).isPositive();
        });
        long ackedBefore = s.producers().get(0).acked();
        sim.runUntil(40_000);
        assertThat(sim.snapshot().producers().get(0).acked()).as("writes flow into the new topic")
                .isGreaterThan(ackedBefore);
    }

    @Test
    void withAutoCreationDisabledTheTopicStaysGone() {
        ClusterSimulation sim = cluster(Map.of("auto.create.topics.enable", "false"));
        sim.runUntil(30_000);
        assertThat(sim.snapshot().partitions()).isEmpty();
        assertThat(sim.snapshot().producers().get(0).errors()).doesNotContainKey("LEADER_NOT_AVAILABLE");
    }
}
