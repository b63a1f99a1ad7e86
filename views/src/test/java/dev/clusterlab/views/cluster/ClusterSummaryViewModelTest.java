package dev.clusterlab.views.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSummaryViewModelTest {

    private static ClusterSnapshot snapshot(ControllerQuorumSnapshot quorum, List<BrokerSnapshot> brokers) {
        return new ClusterSnapshot("s", 1, 0, 0, quorum, List.of(), brokers, List.of(), List.of(),
                new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    private static BrokerSnapshot broker(int id, String state) {
        return new BrokerSnapshot(id, state, !"RUNNING".equals(state), 10 + id, 0, 0, 0);
    }

    @Test
    void countsRunningBrokersAndNamesTheActiveController() {
        ClusterSummaryViewModel model = new ClusterSummaryViewModel();

        model.update(snapshot(new ControllerQuorumSnapshot(1002, 3, 1),
                List.of(broker(1, "RUNNING"), broker(2, "CRASHED"), broker(3, "RUNNING"))));

        assertThat(model.summaryProperty().get())
                .isEqualTo("2 of 3 brokers running · active controller 1002 (epoch 3)");
    }

    @Test
    void fencedAndPausedBrokersAreNotCountedAsRunning() {
        ClusterSummaryViewModel model = new ClusterSummaryViewModel();

        model.update(snapshot(new ControllerQuorumSnapshot(-1, 4, 2),
                List.of(broker(1, "FENCED"), broker(2, "PAUSED"), broker(3, "RUNNING"))));

        assertThat(model.summaryProperty().get()).isEqualTo("1 of 3 brokers running · no active controller");
    }

    @Test
    void anEngineFailureReplacesTheSummaryForGood() {
        ClusterSummaryViewModel model = new ClusterSummaryViewModel();
        model.engineFailed(new IllegalStateException("boom"));

        model.update(snapshot(new ControllerQuorumSnapshot(1001, 1, 0), List.of(broker(1, "RUNNING"))));

        assertThat(model.engineStoppedProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Simulation stopped: java.lang.IllegalStateException: boom");
    }
}
