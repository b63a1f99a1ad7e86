package dev.clusterlab.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.network.LinkSettings;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.InvariantStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KAFKA-SEMANTICS 6.1 end to end: acks=1 writes that only the old leader had are truncated from it
 * when it returns as a follower (diverging epoch, KIP-279), and every replica ends with the same log.
 */
class FollowerTruncationTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    private static PartitionLog log(ClusterSimulation c, int broker) {
        return ((BrokerNode) c.engine().node(broker)).disk().log(TP);
    }

    @Test
    void returningLeaderTruncatesItsUnreplicatedSuffixAndConverges() {
        ClusterSetup setup = new ClusterSetup("truncation", 5, 3, 1, Map.of(), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic("t", 1, 3, Map.of("min.insync.replicas", "1"),
                        List.of(List.of(1, 2, 3)))),
                List.of(new ProducerSetup("p", "t", 200, 10, 100, Map.of("acks", "1"))));
        ClusterSimulation c = new ClusterSimulation(setup);
        c.schedule(new TimedCommand(3_000, new Command.PartitionOneWay(List.of("2", "3"), List.of("1"))));
        c.schedule(new TimedCommand(6_000, new Command.CrashBroker(1)));
        c.schedule(new TimedCommand(6_500, new Command.HealNetwork()));
        c.schedule(new TimedCommand(25_000, new Command.RestartBroker(1)));
        c.schedule(new TimedCommand(40_000, new Command.StopProducer("p")));

        c.runUntil(5_999);
        long oldLeaderEnd = log(c, 1).logEndOffset();
        long followerEnd = log(c, 2).logEndOffset();
        assertThat(oldLeaderEnd).as("the old leader took acks=1 writes its followers never fetched")
                .isGreaterThan(followerEnd);

        c.runUntil(24_000);
        PartitionRegistration failedOver = c.committedPartition(TP);
        assertThat(failedOver.leader()).isEqualTo(2);
        assertThat(failedOver.leaderEpoch()).isEqualTo(1);
        long epochOneStart = log(c, 2).epochCache().startOffsetOf(1);
        assertThat(epochOneStart).isLessThan(oldLeaderEnd);

        c.runUntil(50_000);
        PartitionLog returned = log(c, 1);
        PartitionLog leader = log(c, 2);
        // broker 1's epoch 0 now ends exactly where the new leader's epoch 1 begins
        assertThat(returned.epochCache().endOffsetFor(0, returned.logEndOffset()))
                .isEqualTo(new EpochEndOffset(0, epochOneStart));
        for (int broker : List.of(1, 3)) {
            assertThat(identities(log(c, broker))).as("broker %d's log", broker).isEqualTo(identities(leader));
        }
        ClusterSnapshot s = c.snapshot();
        assertThat(s.records().lostAcked()).isPositive();
        assertThat(s.invariants()).filteredOn(i -> !i.held()).extracting(InvariantStatus::name)
                .containsExactly("noAckedRecordLost");
    }

    private static List<String> identities(PartitionLog log) {
        return log.batches().stream().map(FollowerTruncationTest::identity).toList();
    }

    private static String identity(RecordBatch b) {
        return b.baseOffset() + "/" + b.partitionLeaderEpoch() + "/" + b.producerId() + ":" + b.baseSequence() + "+"
                + b.count();
    }
}
