package dev.clusterlab.views.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewModelTest {
    private final List<Command> submitted = new ArrayList<>();
    private final ClusterViewModel model = new ClusterViewModel(submitted::add);

    private static ClusterSnapshot snapshot(List<ControllerSnapshot> controllers, List<BrokerSnapshot> brokers) {
        return new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1002, 5, 1), controllers, brokers,
                List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    private static BrokerSnapshot broker(int id, String state) {
        return new BrokerSnapshot(id, state, !"RUNNING".equals(state), 10 + id, 0, 2, 4);
    }

    private static ControllerSnapshot controller(int id, String state, String role) {
        return new ControllerSnapshot(id, state, role, 5, 1002, 100, 100);
    }

    private NodeTile tile(String title) {
        return model.tiles().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private NodeAction action(String title, String label) {
        return model.actions(tile(title)).stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void controllersThenBrokersWithTheActiveControllerMarked() {
        model.update(snapshot(List.of(controller(1001, "RUNNING", "Follower"), controller(1002, "RUNNING", "Leader")),
                List.of(broker(1, "RUNNING"))));

        assertThat(model.tiles()).extracting(NodeTile::title)
                .containsExactly("Controller 1001", "Controller 1002", "Broker 1");
        assertThat(tile("Controller 1002").active()).isTrue();
        assertThat(tile("Controller 1002").detail()).isEqualTo("Leader · epoch 5");
        assertThat(tile("Controller 1001").active()).isFalse();
        assertThat(tile("Broker 1").detail()).isEqualTo("leads 2 · follows 4\nbroker epoch 11");
    }

    @Test
    void aRunningBrokerCanBeBrokenButNotRestarted() {
        model.update(snapshot(List.of(), List.of(broker(2, "RUNNING"))));

        assertThat(action("Broker 2", "Restart").isEnabled()).isFalse();
        assertThat(action("Broker 2", "Restart").text()).isEqualTo("Restart (still running)");
        model.perform(action("Broker 2", "Crash"));
        model.perform(action("Broker 2", "Power failure"));
        model.perform(action("Broker 2", "Freeze (long GC pause)"));
        assertThat(submitted).containsExactly(new Command.CrashBroker(2), new Command.PowerFailBroker(2),
                new Command.PauseNode("2"));
    }

    @Test
    void aCrashedBrokerCanOnlyBeRestartedOrWipedAndImpossibleActionsAreRefused() {
        model.update(snapshot(List.of(), List.of(broker(3, "CRASHED"))));

        assertThat(model.actions(tile("Broker 3"))).filteredOn(NodeAction::isEnabled).extracting(NodeAction::label)
                .containsExactly("Wipe disk", "Restart");
        assertThatThrownBy(() -> model.perform(action("Broker 3", "Crash")))
                .hasMessage("Crash (already down)");
        model.perform(action("Broker 3", "Restart"));
        assertThat(submitted).containsExactly(new Command.RestartBroker(3));
    }

    @Test
    void aFrozenControllerCanBeResumedOrCrashed() {
        model.update(snapshot(List.of(controller(1003, "PAUSED", "Follower")), List.of()));

        assertThat(model.actions(tile("Controller 1003"))).filteredOn(NodeAction::isEnabled)
                .extracting(NodeAction::label).containsExactly("Crash", "Resume");
        assertThat(action("Controller 1003", "Restart").text()).isEqualTo("Restart (frozen: resume it)");
        model.perform(action("Controller 1003", "Resume"));
        assertThat(submitted).containsExactly(new Command.ResumeNode("1003"));
    }

    @Test
    void onlyChangedTilesAreReplaced() {
        model.update(snapshot(List.of(), List.of(broker(1, "RUNNING"), broker(2, "RUNNING"))));
        NodeTile first = model.tiles().get(0);

        model.update(snapshot(List.of(), List.of(broker(1, "RUNNING"), broker(2, "CRASHED"))));

        assertThat(model.tiles().get(0)).isSameAs(first);
        assertThat(model.tiles().get(1).state()).isEqualTo("CRASHED");
    }
}
