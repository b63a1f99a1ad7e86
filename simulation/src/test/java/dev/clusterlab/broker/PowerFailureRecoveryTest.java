package dev.clusterlab.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.InvariantStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.5b with Kafka 4.x's KIP-966 rules: both replicas lose power. The controller
 * fences them one at a time (1 first, so 2 is the last leader), the ISR empties, and broker 2's
 * unclean restart takes it out of the ELR; once unfenced it is elected as the last known leader
 * (RECOVERING). Broker 1 then truncates to it: whatever each disk lost, the logs end identical.
 */
class PowerFailureRecoveryTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    private static PartitionLog log(ClusterSimulation c, int broker) {
        return ((BrokerNode) c.engine().node(broker)).disk().log(TP);
    }

    @Test
    void replicasConvergeAfterACorrelatedPowerFailure() {
        ClusterSetup setup = new ClusterSetup("power", 9, 2, 1, Map.of("os.dirty.expire.ms", "2000"),
                LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 1, 2, Map.of(), List.of(List.of(1, 2)))),
                List.of(new ProducerSetup("p", "t", 200, 10, 100, Map.of())));
        ClusterSimulation c = new ClusterSimulation(setup);
        c.schedule(new TimedCommand(10_000, new Command.PowerFailBroker(1)));
        c.schedule(new TimedCommand(10_000, new Command.PowerFailBroker(2)));
        c.schedule(new TimedCommand(12_000, new Command.RestartBroker(2)));
        c.schedule(new TimedCommand(30_000, new Command.RestartBroker(1)));
        c.schedule(new TimedCommand(50_000, new Command.StopProducer("p")));

        c.runUntil(25_000);
        PartitionRegistration recovering = c.committedPartition(TP);
        assertThat(recovering.leader()).as("the last known leader is back").isEqualTo(2);
        assertThat(recovering.isr()).containsExactly(2);
        assertThat(recovering.elr()).isEmpty();
        assertThat(recovering.lastKnownElr()).isEmpty();
        assertThat(recovering.recovering()).as("elected without being in ISR or ELR: unclean").isTrue();

        c.runUntil(70_000);
        PartitionRegistration online = c.committedPartition(TP);
        assertThat(online.leader()).isEqualTo(2);
        assertThat(online.leaderEpoch()).isEqualTo(recovering.leaderEpoch());
        assertThat(online.isr()).containsExactlyInAnyOrder(1, 2);
        assertThat(online.recovering()).as("the first ISR expansion marks the leader recovered").isFalse();
        assertThat(log(c, 1).logEndOffset()).isPositive();
        assertThat(identities(log(c, 1))).isEqualTo(identities(log(c, 2)));
        assertThat(c.snapshot().invariants()).filteredOn(i -> !i.held()).extracting(InvariantStatus::name)
                .doesNotContain("singleLeaderPerEpoch", "highWatermarkNeverDecreases", "isrSubsetOfReplicas",
                        "singleActiveControllerPerEpoch");
    }

    private static List<String> identities(PartitionLog log) {
        return log.batches().stream().map(PowerFailureRecoveryTest::identity).toList();
    }

    private static String identity(RecordBatch b) {
        return b.baseOffset() + "/" + b.partitionLeaderEpoch() + "/" + b.producerId() + ":" + b.producerEpoch() + ":"
                + b.baseSequence() + "+" + b.count();
    }
}
