package dev.clusterlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.views.topics.AlterTopicConfigViewModel;
import dev.clusterlab.views.topics.AlterTopicConfigViewModel.Unclean;
import dev.clusterlab.views.topics.CreateTopicViewModel;
import dev.clusterlab.views.topics.TopicChoiceViewModel;
import dev.clusterlab.views.topics.TopicInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the topic dialogs submit, carried out by the simulation of the welcome scenario. */
class TopicCommandsTest {
    private final ClusterSimulation sim = WelcomeScenario.create();
    private final List<String> refusals = new ArrayList<>();

    @Test
    void theDialogsCommandsCreateAlterElectAndDeleteTopics() {
        sim.runUntil(5_000);
        CreateTopicViewModel create = new CreateTopicViewModel(3);
        create.nameProperty().set("payments");
        create.configsProperty().set("min.insync.replicas=2");
        submitAndRun(create.command());
        assertThat(partitionsOf("payments")).hasSize(3)
                .allSatisfy(p -> assertThat(p.minInsyncReplicas()).isEqualTo(2));

        AlterTopicConfigViewModel alter = new AlterTopicConfigViewModel(TopicInfo.of(sim.snapshot()));
        alter.topicProperty().set("payments");
        alter.minInsyncReplicasProperty().set("3");
        alter.uncleanProperty().set(Unclean.DEFAULT);
        submitAndRun(alter.command());
        assertThat(partitionsOf("payments")).allSatisfy(p -> assertThat(p.minInsyncReplicas()).isEqualTo(3));

        submitAndRun(TopicChoiceViewModel.preferredLeaderElection(TopicInfo.of(sim.snapshot())).command());
        TopicChoiceViewModel delete = TopicChoiceViewModel.deleteTopic(TopicInfo.of(sim.snapshot()));
        delete.choiceProperty().set("payments");
        submitAndRun(delete.command());

        assertThat(partitionsOf("payments")).isEmpty();
        assertThat(refusals).isEmpty();
    }

    @Test
    void whatOnlyTheClusterKnowsIsRefusedWithKafkasError() {
        sim.runUntil(5_000);
        CreateTopicViewModel create = new CreateTopicViewModel(3);
        create.nameProperty().set("orders");
        submitAndRun(create.command());
        create.nameProperty().set("wide");
        create.replicationFactorProperty().set("4");
        submitAndRun(create.command());

        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).isEqualTo("createTopic: TOPIC_ALREADY_EXISTS: topic 'orders' already exists");
        assertThat(refusals.get(1)).startsWith("createTopic: INVALID_REPLICATION_FACTOR");
    }

    /** The click-stream sample without its own alterConfig: only the dialog's changes retention.ms. */
    private static ClusterSimulation clickStream() throws Exception {
        return new ClusterSimulation(ScenarioLoader.load(Path.of("..", "samples", "clickstream-retention.json"))
                .setup());
    }

    @Test
    void retentionMsAlteredThroughTheDialogDeletesSegmentsAtTheNextCheck() throws Exception {
        ClusterSimulation unchanged = clickStream();
        ClusterSimulation altered = clickStream();
        unchanged.runUntil(150_000);
        altered.runUntil(150_000);
        AlterTopicConfigViewModel alter = new AlterTopicConfigViewModel(TopicInfo.of(altered.snapshot()));
        alter.topicProperty().set("clicks");
        alter.logConfigProperty("retention.ms").set("60000");
        altered.submit(alter.command(), refusals::add);

        unchanged.runUntil(215_000);
        altered.runUntil(215_000);

        assertThat(refusals).isEmpty();
        assertThat(unchanged.snapshot().partitions()).as("3 minutes: the first segment is not old enough yet")
                .filteredOn(p -> p.topic().equals("clicks")).allSatisfy(p -> assertThat(p.logStartOffset()).isZero());
        assertThat(altered.snapshot().partitions()).as("1 minute: the oldest segments are gone")
                .filteredOn(p -> p.topic().equals("clicks")).hasSize(3)
                .allSatisfy(p -> assertThat(p.logStartOffset()).isPositive());
        assertThat(altered.snapshot().records().lostAcked()).as("retention is not loss").isZero();
    }

    private void submitAndRun(dev.clusterlab.fault.Command command) {
        sim.submit(command, refusals::add);
        sim.runUntil(sim.nowMs() + 3_000);
    }

    private List<PartitionSnapshot> partitionsOf(String topic) {
        return sim.snapshot().partitions().stream().filter(p -> p.topic().equals(topic)).toList();
    }
}
