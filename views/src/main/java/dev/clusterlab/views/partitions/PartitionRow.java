package dev.clusterlab.views.partitions;

import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line of the partitions table. A row lives as long as its partition and is updated in place:
 * the table's list only changes when partitions come or go, and only the cells on screen listen
 * to the values that change (with thousands of partitions, every frame changes most of them).
 * FX thread.
 */
public final class PartitionRow {
    private final ReadOnlyStringWrapper name;
    private final TopicPartition partition;
    private final ReadOnlyStringWrapper leader = new ReadOnlyStringWrapper(this, "leader");
    private final ReadOnlyIntegerWrapper leaderEpoch = new ReadOnlyIntegerWrapper(this, "leaderEpoch");
    private final ReadOnlyStringWrapper replicas = new ReadOnlyStringWrapper(this, "replicas");
    private final ReadOnlyStringWrapper isr = new ReadOnlyStringWrapper(this, "isr");
    private final ReadOnlyStringWrapper elr = new ReadOnlyStringWrapper(this, "elr");
    private final ReadOnlyLongWrapper highWatermark = new ReadOnlyLongWrapper(this, "highWatermark");
    private final ReadOnlyLongWrapper logEndOffset = new ReadOnlyLongWrapper(this, "logEndOffset");
    private final ReadOnlyObjectWrapper<PartitionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    // the id lists last shown, so that their text is only built again when they change
    private List<Integer> shownReplicas;
    private List<Integer> shownIsr;
    private List<Integer> shownElr;

    private PartitionRow(TopicPartition partition, String name) {
        this.partition = partition;
        this.name = new ReadOnlyStringWrapper(this, "name", name);
    }

    static PartitionRow of(PartitionSnapshot p) {
        PartitionRow row = new PartitionRow(TopicPartition.of(p.topic(), p.partition()), p.name());
        row.update(p);
        return row;
    }

    /** Shows p, which must be this row's partition. Setting an unchanged value notifies no one. */
    void update(PartitionSnapshot p) {
        leader.set(p.leader() < 0 ? "none" : Integer.toString(p.leader()));
        leaderEpoch.set(p.leaderEpoch());
        if (!p.replicas().equals(shownReplicas)) {
            shownReplicas = p.replicas();
            replicas.set(ids(shownReplicas));
        }
        if (!p.isr().equals(shownIsr)) {
            shownIsr = p.isr();
            isr.set(ids(shownIsr));
        }
        if (!p.elr().equals(shownElr)) {
            shownElr = p.elr();
            elr.set(ids(shownElr));
        }
        highWatermark.set(p.highWatermark());
        logEndOffset.set(p.leader() >= 0 ? p.logEndOffsets().getOrDefault(p.leader(), 0L) : -1);
        state.set(PartitionState.of(p));
    }

    /** True if this row shows p's partition. */
    boolean shows(PartitionSnapshot p) {
        return partition.partition() == p.partition() && partition.topic().equals(p.topic());
    }

    /** Broker ids as kafka-topics prints them: {@code 1,2,3}, or a dash for none. */
    static String ids(List<Integer> ids) {
        return ids.isEmpty() ? "-" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The partition as Kafka names it, for example {@code orders-0}. */
    public String name() {
        return name.get();
    }

    public TopicPartition partition() {
        return partition;
    }

    public String leader() {
        return leader.get();
    }

    public int leaderEpoch() {
        return leaderEpoch.get();
    }

    public String replicas() {
        return replicas.get();
    }

    public String isr() {
        return isr.get();
    }

    public String elr() {
        return elr.get();
    }

    public long highWatermark() {
        return highWatermark.get();
    }

    /** The leader's log end offset, -1 when offline. */
    public long logEndOffset() {
        return logEndOffset.get();
    }

    public PartitionState state() {
        return state.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leaderProperty() {
        return leader.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty leaderEpochProperty() {
        return leaderEpoch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty replicasProperty() {
        return replicas.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty isrProperty() {
        return isr.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elrProperty() {
        return elr.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty highWatermarkProperty() {
        return highWatermark.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty logEndOffsetProperty() {
        return logEndOffset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PartitionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name() + " leader=" + leader() + " epoch=" + leaderEpoch() + " replicas=" + replicas() + " isr=" + isr()
                + " elr=" + elr() + " hw=" + highWatermark() + " leo=" + logEndOffset() + " " + state();
    }
}
