package dev.clusterlab.views.menu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.views.cluster.ClusterViewModel;
import dev.clusterlab.views.cluster.NodeAction;
import dev.clusterlab.views.cluster.NodeTile;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeMenuTest {

    @Test
    void aSubmenuPerNodeWithTheTilesActionsAndReasons() {
        ClusterViewModel cluster = new ClusterViewModel(c -> { });
        cluster.update(new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 3, 0),
                List.of(new ControllerSnapshot(1001, "RUNNING", "Leader", 3, 1001, 10, 10)),
                List.of(new BrokerSnapshot(1, "RUNNING", false, 5, 10, 2, 4),
                        new BrokerSnapshot(2, "CRASHED", true, 6, 10, 0, 0)),
                List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of()));

        List<NodeMenu> menus = NodeMenu.of(cluster);

        assertThat(menus).extracting(NodeMenu::title)
                .containsExactly("Controller 1001 (RUNNING, active)", "Broker 1 (RUNNING)", "Broker 2 (CRASHED)");
        for (int i = 0; i < menus.size(); i++) {
            NodeTile tile = cluster.tiles().get(i);
            assertThat(menus.get(i).actions()).isEqualTo(cluster.actions(tile));
        }
        NodeAction crashCrashed = menus.get(2).actions().get(0);
        assertThat(crashCrashed.text()).isEqualTo("Crash (already down)");
        assertThat(menus.get(2).actions()).filteredOn(NodeAction::isEnabled).extracting(NodeAction::command)
                .contains(new Command.RestartBroker(2));
    }
}
