package dev.clusterlab.views.partitions;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.clusterlab.protocol.TopicPartition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Maps each snapshot to one row per topic-partition (internal topics left out), in the
 * snapshot's order. Rows are updated in place and the list only changes when partitions come or
 * go, so the table keeps its selection and scroll position and stays cheap with thousands of
 * partitions. FX thread.
 */
public final class PartitionsViewModel {
    private final ObservableList<PartitionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PartitionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<TopicPartition> selectedPartition =
            new SimpleObjectProperty<>(this, "selectedPartition");

    public void update(ClusterSnapshot snapshot) {
        Map<PartitionState, Integer> counts = new EnumMap<>(PartitionState.class);
        int shown = 0;
        boolean samePartitions = true;
        for (PartitionSnapshot p : snapshot.partitions()) {
            if (p.internal()) {
                continue;
            }
            if (samePartitions && shown < rows.size() && rows.get(shown).shows(p)) {
                rows.get(shown).update(p); // the common case: every row updated in place, the list untouched
                counts.merge(rows.get(shown).state(), 1, Integer::sum);
            } else {
                samePartitions = false;
            }
            shown++;
        }
        if (!samePartitions || shown != rows.size()) {
            counts.clear();
            rows.setAll(rowsFor(snapshot, counts)); // partitions came or went: one list change
        }
        summary.set(summaryText(rows.size(), counts));
    }

    /** A row per partition of snapshot, reusing the rows of partitions already shown. */
    private List<PartitionRow> rowsFor(ClusterSnapshot snapshot, Map<PartitionState, Integer> counts) {
        Map<TopicPartition, PartitionRow> existing = new HashMap<>();
        for (PartitionRow row : rows) {
            existing.put(row.partition(), row);
        }
        List<PartitionRow> next = new ArrayList<>(snapshot.partitions().size());
        for (PartitionSnapshot p : snapshot.partitions()) {
            if (p.internal()) {
                continue;
            }
            PartitionRow row = existing.get(TopicPartition.of(p.topic(), p.partition()));
            if (row == null) {
                row = PartitionRow.of(p);
            } else {
                row.update(p);
            }
            next.add(row);
            counts.merge(row.state(), 1, Integer::sum);
        }
        return next;
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

    /** The partition selected in the table (the replica log view shows it); null for none. */
    public ObjectProperty<TopicPartition> selectedPartitionProperty() {
        return selectedPartition;
    }

    /** The partition a row shows: its name is topic, dash, partition number (the number has no dash). */
    public static TopicPartition partitionOf(PartitionRow row) {
        return partitionNamed(row.name());
    }

    /** The partition Kafka names name, for example {@code orders-0} (a topic name may hold dashes). */
    public static TopicPartition partitionNamed(String name) {
        int dash = name.lastIndexOf('-');
        return TopicPartition.of(name.substring(0, dash), Integer.parseInt(name.substring(dash + 1)));
    }

    /** True if row shows tp (compared without building strings: called for every changed row). */
    public static boolean shows(PartitionRow row, TopicPartition tp) {
        String name = row.name();
        int dash = tp.topic().length();
        return name.length() > dash + 1 && name.startsWith(tp.topic()) && name.charAt(dash) == '-'
                && name.indexOf('-', dash + 1) < 0
                && Integer.parseInt(name, dash + 1, name.length(), 10) == tp.partition();
    }

    /** The index of the row showing tp, or -1. */
    public int indexOf(TopicPartition tp) {
        if (tp == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (shows(rows.get(i), tp)) {
                return i;
            }
        }
        return -1;
    }
}
