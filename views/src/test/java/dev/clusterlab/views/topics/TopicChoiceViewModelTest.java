package dev.clusterlab.views.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopicChoiceViewModelTest {
    private final List<TopicInfo> topics = List.of(new TopicInfo("orders", 6, 2), new TopicInfo("payments", 3, 1));

    @Test
    void preferredElectionRunsForAllTopicsOrTheChosenOne() {
        TopicChoiceViewModel model = TopicChoiceViewModel.preferredLeaderElection(topics);

        assertThat(model.choices()).containsExactly("All topics", "orders", "payments");
        assertThat(model.command()).isEqualTo(new Command.ElectPreferredLeaders(null));
        model.choiceProperty().set("payments");
        assertThat(model.command()).isEqualTo(new Command.ElectPreferredLeaders("payments"));
    }

    @Test
    void deletionNeedsATopic() {
        TopicChoiceViewModel model = TopicChoiceViewModel.deleteTopic(topics);
        assertThat(model.command()).isEqualTo(new Command.DeleteTopic("orders"));
        model.choiceProperty().set(null);
        assertThat(model.problemProperty().get()).isEqualTo("Choose a topic");

        assertThat(TopicChoiceViewModel.deleteTopic(List.of()).problemProperty().get())
                .isEqualTo("There is no topic yet");
    }

    @Test
    void topicInfoCountsEachUserTopicsPartitionsAndLeavesInternalTopicsOut() {
        ClusterSnapshot snapshot = new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 1),
                List.of(), List.of(), List.of(partition("orders", 1, false, 2), partition("orders", 0, false, 2),
                partition("__consumer_offsets", 0, true, 1), partition("audit", 0, false, 1)), List.of(),
                new RecordStats(0, 0, 0, 0, 0), List.of());

        assertThat(TopicInfo.of(snapshot)).containsExactly(new TopicInfo("audit", 1, 1),
                new TopicInfo("orders", 2, 2));
        assertThat(TopicInfo.of(null)).isEmpty();
    }

    private static PartitionSnapshot partition(String topic, int partition, boolean internal, int minIsr) {
        return new PartitionSnapshot(topic, partition, 1, 0, 0, List.of(1), List.of(1), List.of(), 0, 0,
                new TreeMap<>(), new TreeMap<>(), internal, minIsr);
    }
}
