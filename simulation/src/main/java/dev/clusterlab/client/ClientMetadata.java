package dev.clusterlab.client;

import dev.clusterlab.protocol.MetadataResponse;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * The producer's metadata cache for its one topic (Kafka's ProducerMetadata): the known brokers,
 * the partition count and the leader and leader epoch of each partition, as stale as the last
 * response. An update is requested on metadata errors and leaderless partitions and happens at
 * the latest after metadata.max.age.ms. As in Kafka's Metadata (KIP-580), refreshes back off
 * exponentially (retry.backoff.ms up to retry.backoff.max.ms) after failed requests and after
 * answers that changed nothing (no new leader or epoch); a changed answer resets that back-off. A
 * partition's entry is never replaced by one with an older leader epoch.
 */
final class ClientMetadata {
    static final int NO_LEADER = -1;

    private final String topic;
    private final long maxAgeMs;
    private final ExponentialBackoff backoff;
    private int[] brokers;
    private int numPartitions = -1;
    private int[] leaders = new int[0];
    private int[] leaderEpochs = new int[0];
    private Errors topicError = Errors.NONE;
    private boolean needUpdate = true;
    private boolean inProgress;
    private long allowedAtMs = Long.MIN_VALUE / 2;
    private long lastSuccessfulRefreshMs = Long.MIN_VALUE / 2;
    private int failedAttempts;
    private int equivalentResponses;
    private int version;

    ClientMetadata(String topic, List<Integer> bootstrapBrokers, long maxAgeMs, ExponentialBackoff backoff) {
        this.topic = topic;
        this.maxAgeMs = maxAgeMs;
        this.backoff = backoff;
        this.brokers = bootstrapBrokers.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    String topic() {
        return topic;
    }

    /** Known broker ids, sorted: the bootstrap list until the first response. */
    int[] brokers() {
        return brokers;
    }

    /** Partition count of the topic, or -1 while unknown. */
    int numPartitions() {
        return numPartitions;
    }

    int leader(int partition) {
        return partition < leaders.length ? leaders[partition] : NO_LEADER;
    }

    int leaderEpoch(int partition) {
        return partition < leaderEpochs.length ? leaderEpochs[partition] : -1;
    }

    /** Bumped by every change of a leader or of the partition count. */
    int version() {
        return version;
    }

    Errors topicError() {
        return topicError;
    }

    void requestUpdate() {
        needUpdate = true;
    }

    boolean updateRequested() {
        return needUpdate;
    }

    /** When the next MetadataRequest is due (Long.MAX_VALUE while one is in flight). */
    long nextUpdateMs(long nowMs) {
        if (inProgress) {
            return Long.MAX_VALUE;
        }
        long expiry = lastSuccessfulRefreshMs + maxAgeMs;
        return Math.max(needUpdate ? nowMs : expiry, allowedAtMs);
    }

    void updateStarted() {
        inProgress = true;
    }

    /** The request got no answer (or the connection failed). */
    void failedUpdate(long nowMs) {
        inProgress = false;
        failedAttempts++;
        allowedAtMs = nowMs + backoff.backoffMs(failedAttempts - 1);
    }

    /** Applies a response; returns true when a leader or the partition count changed. */
    boolean update(MetadataResponse response, long nowMs) {
        inProgress = false;
        failedAttempts = 0;
        if (!response.brokers().isEmpty()) {
            brokers = response.brokers().stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        }
        MetadataResponse.TopicMetadata tm = null;
        for (MetadataResponse.TopicMetadata t : response.topics()) {
            if (t.topic().equals(topic)) {
                tm = t;
            }
        }
        needUpdate = false;
        long previousSuccessMs = lastSuccessfulRefreshMs;
        lastSuccessfulRefreshMs = nowMs;
        if (tm == null || tm.error() != Errors.NONE || tm.partitions().isEmpty()) {
            topicError = tm == null ? Errors.UNKNOWN_TOPIC_OR_PARTITION : tm.error();
            needUpdate = true;
            allowedAtMs = nowMs + backoff.backoffMs(equivalentResponses++);
            return false;
        }
        topicError = Errors.NONE;
        boolean changed = applyPartitions(tm.partitions());
        if (changed || nowMs - previousSuccessMs >= maxAgeMs) {
            equivalentResponses = 0; // progress (or a periodic refresh): back to the initial back-off
            allowedAtMs = nowMs + backoff.backoffMs(0);
        } else {
            allowedAtMs = nowMs + backoff.backoffMs(equivalentResponses++);
        }
        return changed;
    }

    private boolean applyPartitions(List<MetadataResponse.PartitionMetadata> partitions) {
        int count = 0;
        for (MetadataResponse.PartitionMetadata p : partitions) {
            count = Math.max(count, p.partition() + 1);
        }
        boolean changed = false;
        if (count > numPartitions) {
            leaders = Arrays.copyOf(leaders, count);
            leaderEpochs = Arrays.copyOf(leaderEpochs, count);
            for (int i = Math.max(numPartitions, 0); i < count; i++) {
                leaders[i] = NO_LEADER;
                leaderEpochs[i] = -1;
            }
            numPartitions = count;
            changed = true;
        }
        for (MetadataResponse.PartitionMetadata p : partitions) {
            int i = p.partition();
            if (p.leaderEpoch() < leaderEpochs[i]) {
                continue; // a stale broker: keep the newer knowledge (Kafka's Metadata does the same)
            }
            int leader = p.error() == Errors.NONE || p.leaderId() >= 0 ? p.leaderId() : NO_LEADER;
            changed |= leaders[i] != leader || leaderEpochs[i] != p.leaderEpoch();
            leaders[i] = leader;
            leaderEpochs[i] = p.leaderEpoch();
            if (leader < 0) {
                needUpdate = true;
            }
        }
        if (changed) {
            version++;
        }
        return changed;
    }

    /** KIP-951: a produce response names the new leader; taken only when its epoch is newer. */
    boolean updateLeaderHint(int partition, int leaderId, int leaderEpoch) {
        if (partition >= numPartitions || leaderId < 0 || leaderEpoch <= leaderEpochs[partition]) {
            return false;
        }
        leaders[partition] = leaderId;
        leaderEpochs[partition] = leaderEpoch;
        version++;
        return true;
    }

    /** True when at least one partition has a known leader. */
    boolean anyLeaderKnown() {
        for (int i = 0; i < numPartitions; i++) {
            if (leaders[i] >= 0) {
                return true;
            }
        }
        return false;
    }
}
