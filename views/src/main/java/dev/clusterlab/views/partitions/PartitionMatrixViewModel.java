package dev.clusterlab.views.partitions;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The partitions × brokers matrix as plain arrays: one row per topic-partition (internal topics
 * left out, in the snapshot's order), one column per broker (by id), each cell the broker's
 * {@link ReplicaRole}. The arrays are reused from snapshot to snapshot, so mapping thousands of
 * partitions allocates nothing and costs O(partitions × replication factor + partitions ×
 * brokers); {@link #revisionProperty()} changes only when something the matrix draws changed
 * (a high watermark moving does not), so the view redraws only then. FX thread.
 */
public final class PartitionMatrixViewModel {
    private static final byte NONE = (byte) ReplicaRole.NONE.ordinal();

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selectedPartition", null);
    private Consumer<String> onPartitionSelected = name -> { };

    private int rows;
    private int columns;
    private int[] brokerIds = new int[0];
    private String[] brokerStates = new String[0];
    private boolean[] brokerDown = new boolean[0];
    private int[] columnOfBroker = new int[0]; // broker id -> column + 1, 0 for none
    private PartitionSnapshot[] partitions = new PartitionSnapshot[0];
    private String[] names = new String[0];
    private String[] topics = new String[0];
    private int[] partitionIds = new int[0];
    private PartitionState[] states = new PartitionState[0];
    private byte[] cells = new byte[0]; // row-major, rows × columns
    private byte[] scratchRow = new byte[0];
    private int selectedRow = -1;

    /** Maps a snapshot; bumps the revision when anything drawn changed. */
    public void update(ClusterSnapshot snapshot) {
        boolean changed = updateColumns(snapshot.brokers());
        changed |= updateRows(snapshot.partitions(), changed);
        if (changed) {
            reselect();
            summary.set(summaryText());
            revision.set(revision.get() + 1);
        }
    }

    private boolean updateColumns(List<BrokerSnapshot> brokers) {
        int n = brokers.size();
        boolean changed = n != columns;
        if (brokerIds.length < n) {
            brokerIds = new int[n];
            brokerStates = new String[n];
            brokerDown = new boolean[n];
        }
        int maxId = 0;
        for (int c = 0; c < n; c++) {
            BrokerSnapshot b = brokers.get(c);
            boolean down = b.fenced() || !"RUNNING".equals(b.state());
            changed |= brokerIds[c] != b.id() || brokerDown[c] != down || !b.state().equals(brokerStates[c]);
            brokerIds[c] = b.id();
            brokerStates[c] = b.state();
            brokerDown[c] = down;
            maxId = Math.max(maxId, b.id());
        }
        columns = n;
        if (changed) {
            if (columnOfBroker.length <= maxId) {
                columnOfBroker = new int[maxId + 1];
            }
            Arrays.fill(columnOfBroker, 0);
            for (int c = 0; c < n; c++) {
                if (brokerIds[c] >= 0) {
                    columnOfBroker[brokerIds[c]] = c + 1;
                }
            }
        }
        return changed;
    }

    /** columnsChanged: the cell layout moved, so every row counts as changed. */
    private boolean updateRows(List<PartitionSnapshot> all, boolean columnsChanged) {
        int n = 0;
        for (PartitionSnapshot p : all) {
            if (!p.internal()) {
                n++;
            }
        }
        ensureRowCapacity(n);
        boolean changed = columnsChanged || n != rows;
        rows = n;
        int row = 0;
        for (PartitionSnapshot p : all) {
            if (p.internal()) {
                continue;
            }
            changed |= mapRow(row, p);
            row++;
        }
        return changed;
    }

    private void ensureRowCapacity(int n) {
        if (partitions.length < n) {
            int capacity = Math.max(n, partitions.length * 3 / 2);
            partitions = Arrays.copyOf(partitions, capacity);
            names = Arrays.copyOf(names, capacity);
            topics = Arrays.copyOf(topics, capacity);
            partitionIds = Arrays.copyOf(partitionIds, capacity);
            states = Arrays.copyOf(states, capacity);
        }
        if (cells.length < n * columns) {
            cells = Arrays.copyOf(cells, Math.max(n * columns, cells.length * 3 / 2));
        }
        if (scratchRow.length < columns) {
            scratchRow = new byte[columns];
        }
    }

    /** Writes one row; true when its name, state or cells differ from what was there. */
    private boolean mapRow(int row, PartitionSnapshot p) {
        partitions[row] = p;
        boolean changed = false;
        if (!p.topic().equals(topics[row]) || p.partition() != partitionIds[row]) {
            topics[row] = p.topic();
            partitionIds[row] = p.partition();
            names[row] = p.name(); // built only when the row shows another partition
            changed = true;
        }
        PartitionState state = PartitionState.of(p);
        if (state != states[row]) {
            states[row] = state;
            changed = true;
        }
        Arrays.fill(scratchRow, 0, columns, NONE);
        for (Integer replica : p.replicas()) {
            int column = replica >= 0 && replica < columnOfBroker.length ? columnOfBroker[replica] - 1 : -1;
            if (column >= 0) {
                scratchRow[column] = (byte) ReplicaRole.of(p, replica).ordinal();
            }
        }
        int from = row * columns;
        if (!Arrays.equals(scratchRow, 0, columns, cells, from, from + columns)) {
            System.arraycopy(scratchRow, 0, cells, from, columns);
            changed = true;
        }
        return changed;
    }

    /** Keeps the selection on the same partition when rows moved, or drops it when the partition is gone. */
    private void reselect() {
        String name = selected.get();
        if (name == null) {
            return;
        }
        if (selectedRow >= 0 && selectedRow < rows && name.equals(names[selectedRow])) {
            return;
        }
        for (int r = 0; r < rows; r++) {
            if (name.equals(names[r])) {
                selectedRow = r;
                return;
            }
        }
        selectedRow = -1;
        selected.set(null);
    }

    private String summaryText() {
        int offline = 0;
        int underReplicated = 0;
        for (int r = 0; r < rows; r++) {
            if (states[r] == PartitionState.OFFLINE) {
                offline++;
            } else if (states[r] != PartitionState.HEALTHY) {
                underReplicated++;
            }
        }
        int down = 0;
        for (int c = 0; c < columns; c++) {
            down += brokerDown[c] ? 1 : 0;
        }
        return rows + (rows == 1 ? " partition × " : " partitions × ") + columns
                + (columns == 1 ? " broker" : " brokers")
                + (down > 0 ? " · " + down + " down" : "")
                + (offline > 0 ? " · " + offline + " offline" : "")
                + (underReplicated > 0 ? " · " + underReplicated + " under-replicated" : "");
    }

    /** Selects the partition in row (or nothing for -1) and tells who listens. Mouse click or keyboard. */
    public void select(int row) {
        int next = row >= 0 && row < rows ? row : -1;
        String name = next < 0 ? null : names[next];
        if (next == selectedRow && Objects.equals(name, selected.get())) {
            return;
        }
        selectedRow = next;
        selected.set(name);
        revision.set(revision.get() + 1);
        if (name != null) {
            onPartitionSelected.accept(name);
        }
    }

    /** Selects the partition Kafka names name (another view picked it); nothing if it has no row. */
    public void selectNamed(String name) {
        for (int r = 0; r < rows; r++) {
            if (names[r].equals(name)) {
                select(r);
                return;
            }
        }
    }

    /** Moves the selection by delta rows, clamped to the matrix; with nothing selected it starts at the top. */
    public void moveSelection(int delta) {
        if (rows == 0) {
            return;
        }
        int from = selectedRow < 0 ? (delta > 0 ? -1 : rows) : selectedRow;
        select(Math.max(0, Math.min(rows - 1, from + delta)));
    }

    /** Who hears the selected partition's name, for example {@code orders-3} (the replica log view). */
    public void onPartitionSelected(Consumer<String> consumer) {
        this.onPartitionSelected = consumer;
    }

    public ReadOnlyStringProperty selectedPartitionProperty() {
        return selected.getReadOnlyProperty();
    }

    public int selectedRow() {
        return selectedRow;
    }

    /** Changes whenever what the matrix draws changed: rows, cells, brokers, selection. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return columns;
    }

    public int brokerId(int column) {
        return brokerIds[column];
    }

    /** True when the broker cannot serve: not RUNNING, or fenced by the controller. */
    public boolean brokerDown(int column) {
        return brokerDown[column];
    }

    public String name(int row) {
        return names[row];
    }

    public PartitionState state(int row) {
        return states[row];
    }

    public ReplicaRole cell(int row, int column) {
        return ReplicaRole.of(cells[row * columns + column]);
    }

    /** The hover text of a row, and of the cell under the pointer when column is one. */
    public String tooltip(int row, int column) {
        PartitionSnapshot p = partitions[row];
        StringBuilder text = new StringBuilder(p.name()).append(" · ").append(states[row].label())
                .append("\nleader ").append(p.leader() < 0 ? "none" : Integer.toString(p.leader()))
                .append(" · leader epoch ").append(p.leaderEpoch())
                .append("\nreplicas ").append(PartitionRow.ids(p.replicas()))
                .append(" · ISR ").append(PartitionRow.ids(p.isr()))
                .append(" · ELR ").append(PartitionRow.ids(p.elr()));
        if (column >= 0 && column < columns) {
            text.append("\nbroker ").append(brokerIds[column]).append(": ").append(cell(row, column).label());
        }
        return text.toString();
    }

    /** The hover text of a column header. */
    public String brokerTooltip(int column) {
        return "broker " + brokerIds[column] + " · " + brokerStates[column]
                + (brokerDown[column] && "RUNNING".equals(brokerStates[column]) ? " (fenced)" : "");
    }

    /** The rows [first, end) that a viewport of the given height shows when scrolled down by scrollY. */
    public static VisibleRows visibleRows(int rowCount, double rowHeight, double scrollY, double viewportHeight) {
        if (rowCount == 0 || viewportHeight <= 0) {
            return new VisibleRows(0, 0);
        }
        int first = (int) Math.max(0, Math.min(rowCount, Math.floor(scrollY / rowHeight)));
        int end = (int) Math.max(first, Math.min(rowCount, Math.ceil((scrollY + viewportHeight) / rowHeight)));
        return new VisibleRows(first, end);
    }

    /** The scroll offset closest to scrollY that shows row whole. */
    public static double scrollToShow(int row, double rowHeight, double scrollY, double viewportHeight) {
        double top = row * rowHeight;
        if (top < scrollY) {
            return top;
        }
        double bottom = top + rowHeight;
        if (bottom > scrollY + viewportHeight) {
            return Math.max(0, bottom - viewportHeight);
        }
        return scrollY;
    }

    /** A range of row indexes, end exclusive. */
    public record VisibleRows(int first, int end) {
        public int count() {
            return end - first;
        }
    }

    /** The backing cell array, for the test that it is reused between snapshots. */
    byte[] cellArray() {
        return cells;
    }
}
