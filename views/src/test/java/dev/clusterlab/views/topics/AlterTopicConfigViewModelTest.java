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
                "Nothing to change: give a config value or choose unclean.leader.election.enable");
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

    @Test
    void setsRetentionAndSegmentConfigsAtRunTime() {
        model.topicProperty().set("payments");
        model.logConfigProperty("retention.ms").set(" 60000 ");
        model.logConfigProperty("segment.bytes").set("1048576");
        model.logConfigProperty("cleanup.policy").set("delete");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.command()).isEqualTo(new Command.AlterConfig("payments", null,
                Map.of("retention.ms", "60000", "segment.bytes", "1048576", "cleanup.policy", "delete")));

        model.logConfigProperty("retention.ms").set("default");
        Map<String, String> removeOverride = new HashMap<>();
        removeOverride.put("retention.ms", null);
        removeOverride.put("segment.bytes", "1048576");
        removeOverride.put("cleanup.policy", "delete");
        assertThat(model.command().config()).as("\"default\" removes the override").isEqualTo(removeOverride);
    }

    @Test
    void logConfigsAreCheckedByTheSimulationsRegistry() {
        model.logConfigProperty("segment.bytes").set("1000");
        assertThat(model.isValid()).isFalse();
        assertThat(model.problemProperty().get()).contains("segment.bytes").contains("1048576");

        model.logConfigProperty("segment.bytes").set("");
        model.logConfigProperty("retention.ms").set("soon");
        assertThat(model.problemProperty().get()).contains("retention.ms");

        model.logConfigProperty("retention.ms").set("-1");
        model.logConfigProperty("cleanup.policy").set("compact");
        assertThat(model.problemProperty().get()).as("compaction is not modelled").contains("cleanup.policy")
                .contains("delete");

        model.logConfigProperty("cleanup.policy").set("");
        assertThat(model.command().config()).isEqualTo(Map.of("retention.ms", "-1"));
    }

    @Test
    void hintsKafkasDefaultsReadably() {
        assertThat(AlterTopicConfigViewModel.LOG_CONFIGS)
                .containsExactly("retention.ms", "retention.bytes", "segment.ms", "segment.bytes", "cleanup.policy");
        assertThat(AlterTopicConfigViewModel.logConfigHint("retention.ms"))
                .isEqualTo("Kafka's default 604800000 (7 d)");
        assertThat(AlterTopicConfigViewModel.logConfigHint("retention.bytes"))
                .isEqualTo("Kafka's default -1 (no size limit)");
        assertThat(AlterTopicConfigViewModel.logConfigHint("segment.bytes"))
                .isEqualTo("Kafka's default 1073741824 (1 GiB)");
        assertThat(AlterTopicConfigViewModel.logConfigHint("cleanup.policy"))
                .isEqualTo("Kafka's default delete (modelled: delete)");
    }

    @Test
    void hintsTheChosenTopicsValuesWhenTheSnapshotKnowsThem() {
        AlterTopicConfigViewModel model = new AlterTopicConfigViewModel(List.of(
                new TopicInfo("clicks", 3, 1, Map.of("retention.ms", "180000", "segment.bytes", "1073741824")),
                new TopicInfo("orders", 6, 2)));

        assertThat(model.logConfigHintProperty("retention.ms").get()).isEqualTo("now 180000 (3 min)");
        assertThat(model.logConfigHintProperty("segment.bytes").get())
                .isEqualTo("now 1073741824 (1 GiB) · Kafka's default");

        model.topicProperty().set("orders"); // its configs are not known: Kafka's defaults are hinted
        assertThat(model.logConfigHintProperty("retention.ms").get()).isEqualTo("Kafka's default 604800000 (7 d)");
    }
}
