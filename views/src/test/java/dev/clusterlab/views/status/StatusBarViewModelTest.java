package dev.clusterlab.views.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.InvariantStatus;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private static ClusterSnapshot snapshot(ControllerQuorumSnapshot quorum, List<PartitionSnapshot> partitions,
                                            RecordStats records, List<InvariantStatus> invariants) {
        return new ClusterSnapshot("s", 1, 0, 0, quorum, List.of(),
                List.of(broker(1, "RUNNING"), broker(2, "CRASHED"), broker(3, "RUNNING")), partitions, List.of(),
                records, invariants);
    }

    private static BrokerSnapshot broker(int id, String state) {
        return new BrokerSnapshot(id, state, !"RUNNING".equals(state), 10 + id, 0, 0, 0);
    }

    private static PartitionSnapshot partition(String topic, int leader) {
        return new PartitionSnapshot(topic, 0, leader, 1, 1, List.of(1, 2, 3), List.of(1), List.of(), 0, 0,
                new TreeMap<>(), new TreeMap<>(), topic.startsWith("__"), 2);
    }

    @Test
    void healthyClusterIsReportedPlainly() {
        StatusBarViewModel model = new StatusBarViewModel();

        model.update(snapshot(new ControllerQuorumSnapshot(1002, 3, 1), List.of(partition("t", 1)),
                new RecordStats(12_345, 0, 0, 12_345, 0),
                List.of(new InvariantStatus("SingleLeaderPerEpoch", true, "", -1, -1),
                        new InvariantStatus("NoAckedRecordLost", true, "", -1, -1))));

        assertThat(model.controllerProperty().get()).isEqualTo("Controller 1002 · epoch 3");
        assertThat(model.brokersProperty().get()).isEqualTo("Brokers up 2/3");
        assertThat(model.offlinePartitionsProperty().get()).isEqualTo("Offline partitions 0");
        assertThat(model.recordsProperty().get()).isEqualTo("Acked 12,345 · lost 0");
        assertThat(model.invariantsProperty().get()).isEqualTo("2 invariants hold");
        assertThat(model.recordsLostProperty().get()).isFalse();
        assertThat(model.invariantViolatedProperty().get()).isFalse();
        assertThat(model.partitionsOfflineProperty().get()).isFalse();
    }

    @Test
    void badNewsIsFlaggedAndTheBrokenInvariantNamesItsEvent() {
        StatusBarViewModel model = new StatusBarViewModel();

        model.update(snapshot(new ControllerQuorumSnapshot(-1, 4, 2),
                List.of(partition("t", -1), partition("__cluster_metadata", -1)),
                new RecordStats(500, 7, 0, 493, 0),
                List.of(new InvariantStatus("SingleLeaderPerEpoch", true, "", -1, -1),
                        new InvariantStatus("NoAckedRecordLost", false, "t-0 lost offsets 10..16", 4_321, 9_000))));

        assertThat(model.controllerProperty().get()).isEqualTo("No active controller");
        assertThat(model.offlinePartitionsProperty().get()).as("internal topics are not counted")
                .isEqualTo("Offline partitions 1");
        assertThat(model.partitionsOfflineProperty().get()).isTrue();
        assertThat(model.recordsProperty().get()).isEqualTo("Acked 500 · lost 7");
        assertThat(model.recordsLostProperty().get()).isTrue();
        assertThat(model.invariantsProperty().get())
                .isEqualTo("NoAckedRecordLost violated at event 4321 (t=9000 ms): t-0 lost offsets 10..16");
        assertThat(model.invariantViolatedProperty().get()).isTrue();
    }

    @Test
    void aRefusedCommandIsShownUntilTheNextOne() {
        StatusBarViewModel model = new StatusBarViewModel();
        assertThat(model.noticeProperty().get()).isEmpty();

        model.refused("restartBroker: broker 2 is running");

        assertThat(model.noticeProperty().get()).isEqualTo("Refused restartBroker: broker 2 is running");
        assertThat(model.noticeIsRefusalProperty().get()).isTrue();

        model.stoppedAt(java.util.List.of("t-0 leader 1 → 2 (leader epoch 1)", "t-0 ISR [1,2,3] → [2,3]"));
        assertThat(model.noticeProperty().get())
                .isEqualTo("Stopped at: t-0 leader 1 → 2 (leader epoch 1); t-0 ISR [1,2,3] → [2,3]");
        assertThat(model.noticeIsRefusalProperty().get()).isFalse();
        model.stoppedAt(java.util.List.of());
        assertThat(model.noticeProperty().get()).isEqualTo("Stepped: no leader, ISR or controller change");
    }
}
