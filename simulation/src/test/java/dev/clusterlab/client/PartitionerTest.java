package dev.clusterlab.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.MetadataResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

class PartitionerTest {

    private static ClientMetadata metadataWith(int partitions, int... leaderless) {
        ClientMetadata m = new ClientMetadata("orders", List.of(1, 2, 3), 300000,
                new ExponentialBackoff(100, 1000, new SimRandom(1)));
        List<MetadataResponse.PartitionMetadata> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            boolean noLeader = false;
            for (int l : leaderless) {
                noLeader |= l == p;
            }
            parts.add(new MetadataResponse.PartitionMetadata(p, noLeader ? Errors.LEADER_NOT_AVAILABLE : Errors.NONE,
                    noLeader ? -1 : 1 + p % 3, 0, List.of(1, 2, 3), List.of(1, 2, 3)));
        }
        m.update(new MetadataResponse(0, List.of(1, 2, 3),
                List.of(new MetadataResponse.TopicMetadata("orders", Errors.NONE, parts))), 0);
        return m;
    }

    @Test
    void keyedPlacementEqualsKafkaClientsForTenThousandKeys() {
        for (int partitions : new int[] {1, 2, 3, 6, 7, 12, 50, 100}) {
            ClientMetadata metadata = metadataWith(partitions);
            StickyKeyPartitioner partitioner = new StickyKeyPartitioner(16384, false, new SimRandom(7));
            for (int key = 0; key < 10_000; key++) {
                byte[] bytes = ("k" + key).getBytes(StandardCharsets.UTF_8);
                int expected = BuiltInPartitioner.partitionForKey(bytes, partitions);
                assertThat(partitioner.partition(key, metadata)).as("k%d over %d partitions", key, partitions)
                        .isEqualTo(expected);
                assertThat(StickyKeyPartitioner.partitionForKey(key, partitions)).isEqualTo(expected);
            }
        }
    }

    @Test
    void keyedPlacementIgnoresLeaderAvailability() {
        ClientMetadata metadata = metadataWith(6, 0, 1, 2, 3, 4);
        StickyKeyPartitioner partitioner = new StickyKeyPartitioner(16384, false, new SimRandom(7));
        for (int key = 0; key < 1000; key++) {
            assertThat(partitioner.partition(key, metadata))
                    .isEqualTo(BuiltInPartitioner.partitionForKey(("k" + key).getBytes(StandardCharsets.UTF_8), 6));
        }
    }

    @Test
    void stickyPartitionSwitchesAtBatchSizeWhenBatchFullOtherwiseAtTwice() {
        ClientMetadata metadata = metadataWith(6);
        StickyKeyPartitioner partitioner = new StickyKeyPartitioner(1000, false, new SimRandom(3));
        int first = partitioner.partition(RecordBatch.NO_KEY, metadata);
        partitioner.onAppended(999, true, metadata);
        assertThat(partitioner.switches()).isZero();
        partitioner.onAppended(1, false, metadata); // 1000 bytes but the last batch is not full: stay
        assertThat(partitioner.switches()).isZero();
        assertThat(partitioner.partition(RecordBatch.NO_KEY, metadata)).isEqualTo(first);
        partitioner.onAppended(1, true, metadata); // batch full and >= batch.size: switch
        assertThat(partitioner.switches()).isEqualTo(1);
        partitioner.onAppended(1999, false, metadata);
        assertThat(partitioner.switches()).isEqualTo(1);
        partitioner.onAppended(1, false, metadata); // 2 x batch.size: switch regardless
        assertThat(partitioner.switches()).isEqualTo(2);
    }

    @Test
    void stickyPartitionIsChosenAmongPartitionsWithALeaderOnly() {
        ClientMetadata metadata = metadataWith(6, 0, 2, 4, 5);
        StickyKeyPartitioner partitioner = new StickyKeyPartitioner(100, false, new SimRandom(11));
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(partitioner.partition(RecordBatch.NO_KEY, metadata));
            partitioner.onAppended(200, true, metadata);
        }
        assertThat(seen).containsExactly(1, 3);
    }

    @Test
    void adaptivePartitioningWeighsTowardsShortQueues() {
        ClientMetadata metadata = metadataWith(3);
        StickyKeyPartitioner partitioner = new StickyKeyPartitioner(100, false, new SimRandom(13));
        int[] counts = new int[3];
        for (int i = 0; i < 3000; i++) {
            // queues 0, 3, 1 -> weights 4, 1, 3 (Kafka's example in BuiltInPartitioner)
            partitioner.updateLoadStats(new int[] {0, 3, 1}, new int[] {0, 1, 2}, 3, 3);
            partitioner.onAppended(200, true, metadata);
            counts[partitioner.partition(RecordBatch.NO_KEY, metadata)]++;
        }
        assertThat(counts[0]).isBetween(1350, 1650);
        assertThat(counts[1]).isBetween(280, 470);
        assertThat(counts[2]).isBetween(980, 1270);
    }

    @Test
    void ignoreKeysUsesTheStickyPartitionForKeyedRecords() {
        ClientMetadata metadata = metadataWith(12);
        StickyKeyPartitioner partitioner = new StickyKeyPartitioner(16384, true, new SimRandom(5));
        int sticky = partitioner.partition(0, metadata);
        for (int key = 0; key < 50; key++) {
            assertThat(partitioner.partition(key, metadata)).isEqualTo(sticky);
        }
    }
}
