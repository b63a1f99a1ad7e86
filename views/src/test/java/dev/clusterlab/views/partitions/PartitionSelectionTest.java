package dev.clusterlab.views.partitions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The partition selected in the table, which the replica log view shows. */
class PartitionSelectionTest {

    private static PartitionSnapshot partition(String topic, int p) {
        return new PartitionSnapshot(topic, p, 1, 0, 0, List.of(1), List.of(1), List.of(), 0, 0, new TreeMap<>(),
                new TreeMap<>(), false, 1);
    }

    @Test
    void aRowNamesItsPartitionEvenWhenTheTopicHasDashes() {
        PartitionsViewModel model = new PartitionsViewModel();
        model.update(new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 0), List.of(),
                List.of(), List.of(partition("a-1", 0), partition("a", 10), partition("a", 1)), List.of(),
                new RecordStats(0, 0, 0, 0, 0), List.of()));

        assertThat(model.rows()).extracting(PartitionsViewModel::partitionOf).containsExactly(
                TopicPartition.of("a-1", 0), TopicPartition.of("a", 10), TopicPartition.of("a", 1));
        assertThat(model.indexOf(TopicPartition.of("a", 1))).isEqualTo(2);
        assertThat(model.indexOf(TopicPartition.of("a", 10))).isEqualTo(1);
        assertThat(model.indexOf(TopicPartition.of("a-1", 0))).isZero();
        assertThat(model.indexOf(TopicPartition.of("b", 0))).isEqualTo(-1);
        assertThat(PartitionsViewModel.shows(model.rows().get(0), TopicPartition.of("a", 1))).isFalse();
        assertThat(model.selectedPartitionProperty().get()).as("nothing selected at first").isNull();
    }
}
