package dev.clusterlab.snapshot;

/** The logs of every replica of the partition the user watches, record by record, for the replica log view. NONE when no partition is watched. */
public record ReplicaLogsSnapshot() {
    public static final ReplicaLogsSnapshot NONE = new ReplicaLogsSnapshot();
}
