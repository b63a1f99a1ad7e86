package dev.clusterlab.views.partitions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PartitionsViewModelTest {

    private static ClusterSnapshot snapshot(PartitionSnapshot... partitions) {
        return new ClusterSnapshot("s", 1, 0, 0, new ControllerQuorumSnapshot(1001, 1, 0), List.of(), List.of(),
                List.of(partitions), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of());
    }

    /** Replicas 1,2,3 with min.insync.replicas=2; each replica's log end offset is 100 + its id. */
    private static PartitionSnapshot partition(String topic, int p, int leader, List<Integer> isr, List<Integer> elr,
                                               long hw) {
        TreeMap<Integer, Long> leos = new TreeMap<>();
        for (int r = 1; r <= 3; r++) {
            leos.put(r, 100L + r);
        }
        return new PartitionSnapshot(topic, p, leader, 4, 9, List.of(1, 2, 3), isr, elr, hw, 0, leos,
                new TreeMap<>(leos), topic.startsWith("__"), 2);
    }

    @Test
    void oneRowPerPartitionWithKafkasColumns() {
        PartitionsViewModel model = new PartitionsViewModel();

        model.update(snapshot(partition("orders", 0, 2, List.of(2, 1, 3), List.of(), 101)));

        assertThat(model.rows()).hasSize(1);
        PartitionRow row = model.rows().get(0);
        assertThat(row.name()).isEqualTo("orders-0");
        assertThat(row.leader()).isEqualTo("2");
        assertThat(row.leaderEpoch()).isEqualTo(4);
        assertThat(row.replicas()).isEqualTo("1,2,3");
        assertThat(row.isr()).isEqualTo("2,1,3");
        assertThat(row.elr()).isEqualTo("-");
        assertThat(row.highWatermark()).isEqualTo(101);
        assertThat(row.logEndOffset()).isEqualTo(102);
        assertThat(row.state()).isEqualTo(PartitionState.HEALTHY);
    }

    @Test
    void classifiesTheWorstStateThatApplies() {
        PartitionsViewModel model = new PartitionsViewModel();

        model.update(snapshot(
                partition("t", 0, 1, List.of(1, 2, 3), List.of(), 50),
                partition("t", 1, 1, List.of(1, 2), List.of(), 50),
                partition("t", 2, 1, List.of(1), List.of(2), 50),
                partition("t", 3, -1, List.of(), List.of(1, 2), 50)));

        assertThat(model.rows()).extracting(PartitionRow::state).containsExactly(PartitionState.HEALTHY,
                PartitionState.UNDER_REPLICATED, PartitionState.UNDER_MIN_ISR, PartitionState.OFFLINE);
        assertThat(model.rows().get(3).leader()).isEqualTo("none");
        assertThat(model.rows().get(3).logEndOffset()).isEqualTo(-1);
        assertThat(model.rows().get(2).elr()).isEqualTo("2");
        assertThat(model.summaryProperty().get())
                .isEqualTo("4 partitions · 1 offline · 1 under min ISR · 1 under-replicated");
    }

    @Test
    void internalTopicsAreLeftOutAndAllHealthyIsSaid() {
        PartitionsViewModel model = new PartitionsViewModel();

        model.update(snapshot(partition("__consumer_offsets", 0, 1, List.of(1, 2, 3), List.of(), 0),
                partition("orders", 0, 1, List.of(1, 2, 3), List.of(), 7)));

        assertThat(model.rows()).extracting(PartitionRow::name).containsExactly("orders-0");
        assertThat(model.summaryProperty().get()).isEqualTo("1 partition · all healthy");
    }

    @Test
    void rowsAreUpdatedInPlaceSoTheTableKeepsItsSelectionAndOnlyVisibleCellsWork() {
        PartitionsViewModel model = new PartitionsViewModel();
        model.update(snapshot(partition("t", 0, 1, List.of(1, 2, 3), List.of(), 10),
                partition("t", 1, 2, List.of(1, 2, 3), List.of(), 10)));
        PartitionRow first = model.rows().get(0);
        PartitionRow second = model.rows().get(1);
        int[] listChanges = {0};
        model.rows().addListener((javafx.collections.ListChangeListener<PartitionRow>) c -> listChanges[0]++);
        long[] hwSeen = {-1};
        second.highWatermarkProperty().addListener((o, was, now) -> hwSeen[0] = now.longValue());
        boolean[] firstTouched = {false};
        first.highWatermarkProperty().addListener((o, was, now) -> firstTouched[0] = true);
        first.isrProperty().addListener((o, was, now) -> firstTouched[0] = true);

        model.update(snapshot(partition("t", 0, 1, List.of(1, 2, 3), List.of(), 10),
                partition("t", 1, 2, List.of(2, 3), List.of(), 12)));

        assertThat(model.rows()).containsExactly(first, second);
        assertThat(listChanges[0]).as("no list change while the partitions stay the same").isZero();
        assertThat(hwSeen[0]).isEqualTo(12);
        assertThat(second.isr()).isEqualTo("2,3");
        assertThat(second.state()).isEqualTo(PartitionState.UNDER_REPLICATED);
        assertThat(firstTouched[0]).as("an unchanged partition notifies no one").isFalse();
    }

    @Test
    void partitionsComingOrGoingChangeTheListOnceAndKeepTheirRows() {
        PartitionsViewModel model = new PartitionsViewModel();
        model.update(snapshot(partition("t", 0, 1, List.of(1, 2, 3), List.of(), 10)));
        PartitionRow t0 = model.rows().get(0);
        int[] listChanges = {0};
        model.rows().addListener((javafx.collections.ListChangeListener<PartitionRow>) c -> listChanges[0]++);

        model.update(snapshot(partition("a", 0, 2, List.of(1, 2, 3), List.of(), 0),
                partition("t", 0, 1, List.of(1, 2), List.of(), 11)));

        assertThat(listChanges[0]).isEqualTo(1);
        assertThat(model.rows()).extracting(PartitionRow::name).containsExactly("a-0", "t-0");
        assertThat(model.rows().get(1)).isSameAs(t0);
        assertThat(t0.highWatermark()).isEqualTo(11);
        assertThat(model.summaryProperty().get()).isEqualTo("2 partitions · 1 under-replicated");

        model.update(snapshot(partition("a", 0, 2, List.of(1, 2, 3), List.of(), 0)));

        assertThat(model.rows()).extracting(PartitionRow::name).containsExactly("a-0");
        assertThat(model.summaryProperty().get()).isEqualTo("1 partition · all healthy");
    }
}
