package dev.clusterlab.controller.raft;

import dev.clusterlab.metadata.MetadataRecord;
import java.util.List;

/**
 * Formats disks for a cluster that is already formed at t=0 (the scenario's "ready" start):
 * every replica holds the same metadata entries, and the quorum-state files say that every
 * voter voted for the first controller in epoch 1, so that it wins its (re-)election at once
 * through the ordinary protocol.
 */
public final class RaftBootstrap {
    private RaftBootstrap() {
    }

    /** A voter's disk: the entries (in epoch 0) and its vote for the bootstrap leader in epoch 1. */
    public static void formatVoter(RaftDisk disk, List<MetadataRecord> records, int bootstrapLeaderId) {
        appendAll(disk, records);
        disk.writeElectionState(1, -1, bootstrapLeaderId);
    }

    /** An observer's disk (a broker's metadata log copy): the same entries, all committed. */
    public static void formatObserver(RaftDisk disk, List<MetadataRecord> records) {
        appendAll(disk, records);
    }

    private static void appendAll(RaftDisk disk, List<MetadataRecord> records) {
        if (disk.logEndOffset() != 0) {
            throw new IllegalStateException("bootstrap needs an empty disk, found " + disk);
        }
        for (MetadataRecord r : records) {
            disk.log().append(0, r);
        }
    }
}
