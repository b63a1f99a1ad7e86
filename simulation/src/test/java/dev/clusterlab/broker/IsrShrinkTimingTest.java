package dev.clusterlab.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A live follower that stops fetching leaves the ISR through the leader's AlterPartition between
 * replica.lag.time.max.ms and 1.5 × that after it was last caught up (the isr-expiration task
 * runs every lag / 2), while its broker stays registered and unfenced.
 */
class IsrShrinkTimingTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    @Test
    void stuckFollowerLeavesTheIsrBetweenLagAndOneAndAHalfLag() {
        ClusterSetup setup = new ClusterSetup("isr-shrink", 3, 3, 1, Map.of(), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 1, 3, Map.of(), List.of(List.of(1, 2, 3)))),
                List.of(new ProducerSetup("p", "t", 100, 10, 100, Map.of("acks", "1"))));
        ClusterSimulation c = new ClusterSimulation(setup);
        long cutAtMs = 5_000;
        c.schedule(new TimedCommand(cutAtMs, new Command.PartitionOneWay(List.of("3"), List.of("1"))));

        long shrunkAtMs = -1;
        for (long t = 0; t <= 60_000 && shrunkAtMs < 0; t += 100) {
            c.runUntil(t);
            if (!c.committedPartition(TP).isr().contains(3)) {
                shrunkAtMs = t;
            }
        }
        PartitionRegistration p = c.committedPartition(TP);
        assertThat(p.isr()).containsExactly(1, 2);
        assertThat(p.leader()).isEqualTo(1);
        assertThat(p.leaderEpoch()).as("an ISR change does not bump the leader epoch").isZero();
        assertThat(c.snapshot().brokers().get(2).fenced()).isFalse();
        // broker 3 last caught up shortly before the cut
        assertThat(shrunkAtMs).isGreaterThan(cutAtMs - 1_000 + 30_000).isLessThanOrEqualTo(cutAtMs + 45_000 + 200);
    }
}
