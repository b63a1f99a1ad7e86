package dev.clusterlab.views.replicalog;

import java.util.List;

/**
 * One replica's log as a column of the view: its header, its records in the window (contiguous,
 * oldest first) and its markers.
 *
 * @param status   the replica's role and its broker's state, for example {@code follower · out of ISR · crashed}
 * @param online   false when its broker is not running (crashed, stopped, paused): the column is drawn dimmed
 * @param epochs   its leader-epoch cache as text, for example {@code 0@0 2@1}
 * @param segments its log start offset and segments as text, for example {@code log start offset 6000 · 3 segments}
 */
public record ReplicaColumn(int brokerId, String title, String status, boolean leader, boolean inIsr,
                            boolean online, String epochs, String segments, List<RecordCell> cells,
                            List<Marker> markers) {

    public ReplicaColumn {
        cells = List.copyOf(cells);
        markers = List.copyOf(markers);
    }

    /** The record at offset in this replica's window, or null. */
    public RecordCell cellAt(long offset) {
        if (cells.isEmpty()) {
            return null;
        }
        long index = offset - cells.get(0).offset();
        return index < 0 || index >= cells.size() ? null : cells.get((int) index);
    }

    /** Every marker of that kind (segments have one each), in order. */
    public List<Marker> markers(Marker.Kind kind) {
        return markers.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The marker of that kind, or null. */
    public Marker marker(Marker.Kind kind) {
        for (Marker m : markers) {
            if (m.kind() == kind) {
                return m;
            }
        }
        return null;
    }
}
