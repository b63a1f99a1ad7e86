package dev.clusterlab.controller.raft;

import dev.clusterlab.metadata.MetadataRecord;

/** One entry of the {@code __cluster_metadata} log: its offset, the leader epoch that wrote it, the record. */
public record LogEntry(long offset, int epoch, MetadataRecord record) {
}
