package dev.clusterlab.views.partitions;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.views.fx.ListUpdates;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Maps each snapshot to one row per topic-partition (internal topics left out), in the
 * snapshot's order. Only rows that changed are replaced, so the table keeps its selection and
 * scroll position while the cluster runs. FX thread.
 */
public final class PartitionsViewModel {
    private final ObservableList<PartitionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PartitionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public void update(ClusterSnapshot snapshot) {
        List<PartitionRow> next = new ArrayList<>(snapshot.partitions().size());
        Map<PartitionState, Integer> counts = new EnumMap<>(PartitionState.class);
        for (PartitionSnapshot p : snapshot.partitions()) {
            if (p.internal()) {
                continue;
            }
            PartitionRow row = PartitionRow.of(p);
            next.add(row);
            counts.merge(row.state(), 1, Integer::sum);
        }
        ListUpdates.replaceChanged(rows, next);
        summary.set(summaryText(next.size(), counts));
    }

    private static String summaryText(int total, Map<PartitionState, Integer> counts) {
        StringBuilder text = new StringBuilder(total + (total == 1 ? " partition" : " partitions"));
        for (PartitionState state : PartitionState.values()) {
            Integer n = counts.get(state);
            if (n != null && state != PartitionState.HEALTHY) {
                text.append(" · ").append(n).append(' ').append(state.label());
            }
        }
        if (total > 0 && counts.getOrDefault(PartitionState.HEALTHY, 0) == total) {
            text.append(" · all healthy");
        }
        return text.toString();
    }

    public ObservableList<PartitionRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
