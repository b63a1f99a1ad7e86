package dev.clusterlab.views.replicalog;

import java.util.List;

/**
 * What the replica log view draws for one snapshot: a column per replica over the rows
 * [firstOffset, endOffset), one row per offset (the last row is where the next record goes), and
 * the epochs to put in the legend. Immutable; a new one is made only when the partition's data changed.
 *
 * @param message what to show instead of the logs when there are none (no partition, not yet taken), else empty
 */
public record ReplicaLogModel(String partitionName, String summary, long firstOffset, long endOffset,
                             List<ReplicaColumn> columns, List<Integer> legendEpochs, String message) {
    public static final ReplicaLogModel EMPTY = new ReplicaLogModel("", "", 0, 0, List.of(), List.of(),
            "Pick a partition here or in the Partitions tab");

    public ReplicaLogModel {
        columns = List.copyOf(columns);
        legendEpochs = List.copyOf(legendEpochs);
    }

    public long rowCount() {
        return endOffset - firstOffset;
    }

    /** The column of brokerId, or null. */
    public ReplicaColumn column(int brokerId) {
        for (ReplicaColumn c : columns) {
            if (c.brokerId() == brokerId) {
                return c;
            }
        }
        return null;
    }
}
