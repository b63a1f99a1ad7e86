package dev.clusterlab.views.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.fault.Command;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateTopicViewModelTest {
    private final CreateTopicViewModel model = new CreateTopicViewModel(3);

    @Test
    void startsWithThreePartitionsTheGivenReplicationFactorAndAsksForAName() {
        assertThat(model.partitionsProperty().get()).isEqualTo("3");
        assertThat(model.replicationFactorProperty().get()).isEqualTo("3");
        assertThat(model.problemProperty().get()).isEqualTo("Topic name is illegal, it can't be empty");
        assertThat(model.isValid()).isFalse();
        assertThatThrownBy(model::command).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValidFormGivesACreateTopicWithItsConfigsAndNoAssignment() {
        model.nameProperty().set(" payments ");
        model.partitionsProperty().set("12");
        model.replicationFactorProperty().set("2");
        model.configsProperty().set("min.insync.replicas=2\n\n unclean.leader.election.enable = true \n");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.command()).isEqualTo(new Command.CreateTopic("payments", 12, 2,
                Map.of("min.insync.replicas", "2", "unclean.leader.election.enable", "true"), null));
    }

    @Test
    void numbersMustBeWholeAndAtLeastOne() {
        model.nameProperty().set("t");
        model.partitionsProperty().set("0");
        assertThat(model.problemProperty().get()).isEqualTo("Partitions must be at least 1, not 0");
        model.partitionsProperty().set("six");
        assertThat(model.problemProperty().get()).isEqualTo("Partitions must be a whole number, not \"six\"");
        model.partitionsProperty().set("6");
        model.replicationFactorProperty().set("");
        assertThat(model.problemProperty().get()).isEqualTo("Replication factor is required");
        model.replicationFactorProperty().set("-1");
        assertThat(model.problemProperty().get()).isEqualTo("Replication factor must be at least 1, not -1");
    }

    @Test
    void configsMustBeTopicConfigsTheSimulationKnowsWithValidValues() {
        model.nameProperty().set("t");
        model.configsProperty().set("retention.bytes");
        assertThat(model.problemProperty().get())
                .isEqualTo("Config line 1: expected name=value, not \"retention.bytes\"");
        model.configsProperty().set("max.message.bytes=1024");
        assertThat(model.problemProperty().get()).startsWith("unsupported topic config 'max.message.bytes'; supported: ")
                .contains("min.insync.replicas", "unclean.leader.election.enable", "retention.ms", "segment.bytes");
        model.configsProperty().set("segment.bytes=1024");
        assertThat(model.problemProperty().get()).isEqualTo("segment.bytes must be at least 1048576, not 1024");
        model.configsProperty().set("min.insync.replicas=0");
        assertThat(model.problemProperty().get()).isEqualTo("min.insync.replicas must be at least 1, not 0");
        model.configsProperty().set("unclean.leader.election.enable=yes");
        assertThat(model.problemProperty().get())
                .isEqualTo("unclean.leader.election.enable must be true or false, not yes");
        model.configsProperty().set("min.insync.replicas=2\nmin.insync.replicas=3");
        assertThat(model.problemProperty().get()).isEqualTo("Config min.insync.replicas is given twice");
    }

    @Test
    void aReplicationFactorLargerThanTheClusterIsLeftToTheController() {
        model.nameProperty().set("wide");
        model.replicationFactorProperty().set("7");

        assertThat(model.isValid()).isTrue();
        assertThat(model.command().replicationFactor()).isEqualTo(7);
    }
}
