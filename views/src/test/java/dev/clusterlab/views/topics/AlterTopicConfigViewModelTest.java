package dev.clusterlab.views.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.views.topics.AlterTopicConfigViewModel.Unclean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlterTopicConfigViewModelTest {
    private final AlterTopicConfigViewModel model = new AlterTopicConfigViewModel(
            List.of(new TopicInfo("orders", 6, 2), new TopicInfo("payments", 3, 1)));

    @Test
    void startsOnTheFirstTopicShowingItsMinIsrAndAsksForAChange() {
        assertThat(model.topicProperty().get()).isEqualTo("orders");
        assertThat(model.currentProperty().get()).isEqualTo("min.insync.replicas is now 2");
        assertThat(model.problemProperty().get()).isEqualTo(
                "Nothing to change: give min.insync.replicas or choose unclean.leader.election.enable");
    }

    @Test
    void setsMinIsrOnTheChosenTopicOnly() {
        model.topicProperty().set("payments");
        model.minInsyncReplicasProperty().set(" 3 ");

        assertThat(model.currentProperty().get()).isEqualTo("min.insync.replicas is now 1");
        assertThat(model.command()).isEqualTo(new Command.AlterConfig("payments", null,
                Map.of("min.insync.replicas", "3")));
    }

    @Test
    void enablesOrRemovesTheUncleanOverride() {
        model.uncleanProperty().set(Unclean.ENABLE);
        assertThat(model.command().config()).isEqualTo(Map.of("unclean.leader.election.enable", "true"));

        model.uncleanProperty().set(Unclean.DEFAULT);
        Map<String, String> removeOverride = new HashMap<>();
        removeOverride.put("unclean.leader.election.enable", null);
        assertThat(model.command().config()).isEqualTo(removeOverride);
    }

    @Test
    void minIsrMustBeAWholeNumberOfAtLeastOne() {
        model.minInsyncReplicasProperty().set("0");
        assertThat(model.problemProperty().get()).isEqualTo("min.insync.replicas must be at least 1, not 0");
        model.minInsyncReplicasProperty().set("two");
        assertThat(model.isValid()).isFalse();
    }

    @Test
    void withoutTopicsThereIsNothingToAlter() {
        AlterTopicConfigViewModel empty = new AlterTopicConfigViewModel(List.of());

        assertThat(empty.problemProperty().get()).isEqualTo("There is no topic yet");
    }
}
