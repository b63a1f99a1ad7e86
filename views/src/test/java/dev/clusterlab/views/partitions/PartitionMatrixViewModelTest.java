package dev.clusterlab.views.partitions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.views.partitions.PartitionMatrixViewModel.VisibleRows;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PartitionMatrixViewModelTest {

    private static BrokerSnapshot broker(int id, String state) {
        return new BrokerSnapshot(id, state, !"RUNNING".equals(state), 10, 0, 0, 0);
    }

    private static List<BrokerSnapshot> running(int count) {
        List<BrokerSnapshot> brokers = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            brokers.add(broker(id, "RUNNING"));
        }
        return brokers;
    }

    private static ClusterSnapshot snapshot(List<BrokerSnapshot> brokers, List<PartitionSnapshot> partitions) {
        return new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 0), List.of(), brokers,
                partitions, List.of(), new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    private static PartitionSnapshot partition(String topic, int p, List<Integer> replicas, int leader,
                                               List<Integer> isr, List<Integer> elr, long hw) {
        TreeMap<Integer, Long> leos = new TreeMap<>();
        replicas.forEach(r -> leos.put(r, hw));
        return new PartitionSnapshot(topic, p, leader, 3, 5, replicas, isr, elr, hw, 0, leos, new TreeMap<>(leos),
                topic.startsWith("__"), 2);
    }

    private static List<ReplicaRole> row(PartitionMatrixViewModel model, int row) {
        List<ReplicaRole> cells = new ArrayList<>();
        for (int c = 0; c < model.columnCount(); c++) {
            cells.add(model.cell(row, c));
        }
        return cells;
    }

    @Test
    void eachCellSaysWhatTheBrokerIsForThePartition() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();

        model.update(snapshot(List.of(broker(1, "RUNNING"), broker(2, "RUNNING"), broker(3, "CRASHED"),
                        broker(4, "RUNNING")),
                List.of(partition("orders", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), List.of(), 10),
                        partition("orders", 1, List.of(2, 3, 4), 2, List.of(2, 4), List.of(), 10),
                        partition("orders", 2, List.of(3, 1, 2), 1, List.of(1), List.of(2), 10),
                        partition("orders", 3, List.of(3, 4, 1), -1, List.of(3), List.of(4), 10))));

        assertThat(model.rowCount()).isEqualTo(4);
        assertThat(model.columnCount()).isEqualTo(4);
        assertThat(row(model, 0)).containsExactly(ReplicaRole.LEADER, ReplicaRole.IN_SYNC, ReplicaRole.IN_SYNC,
                ReplicaRole.NONE);
        assertThat(row(model, 1)).containsExactly(ReplicaRole.NONE, ReplicaRole.LEADER, ReplicaRole.OUT_OF_SYNC,
                ReplicaRole.IN_SYNC);
        assertThat(row(model, 2)).containsExactly(ReplicaRole.LEADER, ReplicaRole.ELR, ReplicaRole.OUT_OF_SYNC,
                ReplicaRole.NONE);
        assertThat(row(model, 3)).containsExactly(ReplicaRole.OUT_OF_SYNC, ReplicaRole.NONE, ReplicaRole.IN_SYNC,
                ReplicaRole.ELR);
        assertThat(model.state(3)).isEqualTo(PartitionState.OFFLINE);
        assertThat(model.state(0)).isEqualTo(PartitionState.HEALTHY);
        assertThat(model.state(2)).isEqualTo(PartitionState.UNDER_MIN_ISR);
        assertThat(model.brokerDown(2)).isTrue();
        assertThat(model.brokerDown(0)).isFalse();
        assertThat(model.brokerId(3)).isEqualTo(4);
        assertThat(model.summaryProperty().get())
                .isEqualTo("4 partitions × 4 brokers · 1 down · 1 offline · 2 under-replicated");
    }

    @Test
    void tooltipsNameLeaderIsrAndTheCellUnderThePointer() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();
        model.update(snapshot(List.of(broker(1, "RUNNING"), broker(2, "RUNNING"), broker(3, "STOPPED")),
                List.of(partition("orders", 4, List.of(2, 3, 1), 2, List.of(2, 1), List.of(), 10))));

        assertThat(model.tooltip(0, 2)).isEqualTo("orders-4 · under-replicated\nleader 2 · leader epoch 3\n"
                + "replicas 2,3,1 · ISR 2,1 · ELR -\nbroker 3: out-of-sync follower");
        assertThat(model.tooltip(0, -1)).doesNotContain("\nbroker");
        assertThat(model.brokerTooltip(2)).isEqualTo("broker 3 · STOPPED");
    }

    @Test
    void internalTopicsAreLeftOut() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();

        model.update(snapshot(running(3), List.of(
                partition("__consumer_offsets", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), List.of(), 0),
                partition("orders", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), List.of(), 0))));

        assertThat(model.rowCount()).isEqualTo(1);
        assertThat(model.name(0)).isEqualTo("orders-0");
    }

    @Test
    void aMovingHighWatermarkDoesNotRedrawButAnIsrChangeDoes() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();
        model.update(snapshot(running(3), List.of(partition("t", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3),
                List.of(), 10))));
        long first = model.revisionProperty().get();

        model.update(snapshot(running(3), List.of(partition("t", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3),
                List.of(), 99))));
        assertThat(model.revisionProperty().get()).isEqualTo(first);

        model.update(snapshot(running(3), List.of(partition("t", 0, List.of(1, 2, 3), 1, List.of(1, 2),
                List.of(), 99))));
        assertThat(model.revisionProperty().get()).isGreaterThan(first);
        assertThat(model.cell(0, 2)).isEqualTo(ReplicaRole.OUT_OF_SYNC);

        long afterIsr = model.revisionProperty().get();
        List<BrokerSnapshot> oneDown = running(3);
        oneDown.set(1, broker(2, "CRASHED"));
        model.update(snapshot(oneDown, List.of(partition("t", 0, List.of(1, 2, 3), 1, List.of(1, 2),
                List.of(), 99))));
        assertThat(model.revisionProperty().get()).isGreaterThan(afterIsr);
        assertThat(model.brokerDown(1)).isTrue();
    }

    @Test
    void selectingARowTellsTheListenerAndFollowsThePartitionWhenRowsMove() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();
        List<String> heard = new ArrayList<>();
        model.onPartitionSelected(heard::add);
        PartitionSnapshot a = partition("a", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), List.of(), 0);
        PartitionSnapshot b = partition("b", 0, List.of(1, 2, 3), 2, List.of(1, 2, 3), List.of(), 0);
        model.update(snapshot(running(3), List.of(a, b)));

        model.select(1);
        model.moveSelection(-1);
        model.moveSelection(-1); // already at the top: stays, and is not heard again
        assertThat(heard).containsExactly("b-0", "a-0");

        PartitionSnapshot c = partition("c", 0, List.of(1, 2, 3), 3, List.of(1, 2, 3), List.of(), 0);
        model.update(snapshot(running(3), List.of(c, b, a)));
        assertThat(model.selectedRow()).isEqualTo(2);
        assertThat(model.selectedPartitionProperty().get()).isEqualTo("a-0");

        model.update(snapshot(running(3), List.of(c, b)));
        assertThat(model.selectedRow()).isEqualTo(-1);
        assertThat(model.selectedPartitionProperty().get()).isNull();
    }

    @Test
    void aPartitionPickedElsewhereIsSelectedByItsName() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();
        List<String> heard = new ArrayList<>();
        model.onPartitionSelected(heard::add);
        model.update(snapshot(running(3), List.of(
                partition("my-topic", 0, List.of(1, 2, 3), 1, List.of(1, 2, 3), List.of(), 0),
                partition("my-topic", 1, List.of(1, 2, 3), 2, List.of(1, 2, 3), List.of(), 0))));

        model.selectNamed("my-topic-1");
        model.selectNamed("my-topic-1"); // already selected: not heard again
        model.selectNamed("other-0"); // no such row: nothing changes

        assertThat(model.selectedRow()).isEqualTo(1);
        assertThat(model.selectedPartitionProperty().get()).isEqualTo("my-topic-1");
        assertThat(heard).containsExactly("my-topic-1");
    }

    @Test
    void keyboardMovesStartAtTheTopOrBottomAndStayInside() {
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();
        List<PartitionSnapshot> parts = new ArrayList<>();
        for (int p = 0; p < 50; p++) {
            parts.add(partition("t", p, List.of(1, 2, 3), 1, List.of(1, 2, 3), List.of(), 0));
        }
        model.update(snapshot(running(3), parts));

        model.moveSelection(1);
        assertThat(model.selectedRow()).isZero();
        model.moveSelection(20);
        assertThat(model.selectedRow()).isEqualTo(20);
        model.moveSelection(1000);
        assertThat(model.selectedRow()).isEqualTo(49);
        model.select(-1);
        model.moveSelection(-1);
        assertThat(model.selectedRow()).isEqualTo(49);
    }

    @Test
    void onlyTheRowsInTheViewportAreVisible() {
        assertThat(PartitionMatrixViewModel.visibleRows(2000, 18, 0, 360)).isEqualTo(new VisibleRows(0, 20));
        // scrolled by 9.5 rows: row 9 is half visible at the top, row 29 at the bottom
        assertThat(PartitionMatrixViewModel.visibleRows(2000, 18, 171, 360)).isEqualTo(new VisibleRows(9, 30));
        assertThat(PartitionMatrixViewModel.visibleRows(2000, 18, 1990 * 18, 360)).isEqualTo(new VisibleRows(1990,
                2000));
        assertThat(PartitionMatrixViewModel.visibleRows(5, 18, 0, 360)).isEqualTo(new VisibleRows(0, 5));
        assertThat(PartitionMatrixViewModel.visibleRows(0, 18, 0, 360).count()).isZero();
        assertThat(PartitionMatrixViewModel.visibleRows(2000, 18, 0, 0).count()).isZero();
    }

    @Test
    void scrollingToARowMovesOnlyAsFarAsNeeded() {
        assertThat(PartitionMatrixViewModel.scrollToShow(5, 18, 0, 360)).isZero();
        assertThat(PartitionMatrixViewModel.scrollToShow(25, 18, 0, 360)).isEqualTo(26 * 18 - 360);
        assertThat(PartitionMatrixViewModel.scrollToShow(3, 18, 100, 360)).isEqualTo(54);
    }

    @Test
    void twoThousandPartitionsMapIntoReusedArrays() {
        List<BrokerSnapshot> brokers = running(20);
        List<PartitionSnapshot> parts = new ArrayList<>();
        for (int p = 0; p < 2000; p++) {
            int leader = 1 + p % 20;
            List<Integer> replicas = List.of(leader, 1 + (p + 1) % 20, 1 + (p + 2) % 20);
            parts.add(partition("t", p, replicas, leader, replicas.subList(0, p % 2 == 0 ? 3 : 2), List.of(), p));
        }
        PartitionMatrixViewModel model = new PartitionMatrixViewModel();
        model.update(snapshot(brokers, parts));
        byte[] cells = model.cellArray();

        List<PartitionSnapshot> next = new ArrayList<>(parts);
        next.set(1999, partition("t", 1999, List.of(20, 1, 2), -1, List.of(20), List.of(1), 1999));
        model.update(snapshot(brokers, next));

        assertThat(model.cellArray()).isSameAs(cells);
        assertThat(cells).hasSize(2000 * 20);
        assertThat(model.rowCount()).isEqualTo(2000);
        assertThat(row(model, 1).subList(0, 4)).containsExactly(ReplicaRole.NONE, ReplicaRole.LEADER,
                ReplicaRole.IN_SYNC, ReplicaRole.OUT_OF_SYNC);
        assertThat(model.cell(1999, 19)).isEqualTo(ReplicaRole.IN_SYNC);
        assertThat(model.cell(1999, 0)).isEqualTo(ReplicaRole.ELR);
        assertThat(model.state(1999)).isEqualTo(PartitionState.OFFLINE);
        int leaders = 0;
        for (int r = 0; r < 2000; r++) {
            for (int c = 0; c < 20; c++) {
                leaders += model.cell(r, c) == ReplicaRole.LEADER ? 1 : 0;
            }
        }
        assertThat(leaders).isEqualTo(1999);
    }
}
