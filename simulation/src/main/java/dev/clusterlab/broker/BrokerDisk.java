package dev.clusterlab.broker;

import dev.clusterlab.controller.raft.RaftDisk;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.protocol.TopicPartition;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * What a broker keeps across a crash: its partition logs, its copy of the metadata log, and the
 * marker of a clean shutdown with the broker epoch it had (KIP-966 previousBrokerEpoch).
 */
public final class BrokerDisk {
    private final Map<TopicPartition, PartitionLog> logs = new LinkedHashMap<>();
    private final RaftDisk metadataLog = new RaftDisk();
    private final long dirtyExpireMs;
    private long cleanShutdownBrokerEpoch = -1;

    public BrokerDisk(long dirtyExpireMs) {
        this.dirtyExpireMs = dirtyExpireMs;
    }

    public PartitionLog log(TopicPartition tp) {
        return logs.get(tp);
    }

    public PartitionLog getOrCreateLog(TopicPartition tp) {
        return logs.computeIfAbsent(tp, k -> new PartitionLog(k, dirtyExpireMs));
    }

    public void deleteLog(TopicPartition tp) {
        logs.remove(tp);
    }

    public Map<TopicPartition, PartitionLog> logs() {
        return logs;
    }

    public RaftDisk metadataLog() {
        return metadataLog;
    }

    /** The broker epoch of the last clean shutdown, or -1 if the last stop was unclean. */
    public long cleanShutdownBrokerEpoch() {
        return cleanShutdownBrokerEpoch;
    }

    public void markCleanShutdown(long brokerEpoch) {
        cleanShutdownBrokerEpoch = brokerEpoch;
    }

    public void clearCleanShutdown() {
        cleanShutdownBrokerEpoch = -1;
    }
}
