package dev.clusterlab.broker;

import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.protocol.Errors;

/**
 * A leader's incremental fetch session with one follower (Kafka's FetchSession, KIP-227): the
 * fetch state of every partition in the session, and what the follower was last told, so an
 * answer lists only what changed.
 */
final class FetchSession {
    final int id;
    private int nextEpoch = 1;
    private final Map<TopicPartition, Cached> partitions = new LinkedHashMap<>();
    /** The same partitions in order, as an array for the per-fetch loop. */
    private Cached[] ordered = new Cached[0];

    /** One partition of the session (Kafka's CachedPartition). */
    static final class Cached {
        FetchRequest.PartitionData request;
        long sentHighWatermark = -1;
        long sentLogStartOffset = -1;
        /** The leader's replica, resolved once per change of the hosted replicas (version). */
        Partition partition;
        int partitionsVersion = -1;

        Cached(FetchRequest.PartitionData request) {
            this.request = request;
        }

        /** Kafka's maybeUpdateResponseData: whether an incremental answer must list this partition. */
        boolean mustInclude(FetchResponse.PartitionData d) {
            return d.error() != Errors.NONE || d.divergingEpoch() != null || !d.records().isEmpty()
                    || d.highWatermark() != sentHighWatermark || d.logStartOffset() != sentLogStartOffset;
        }
    }

    FetchSession(int id, FetchRequest full) {
        this.id = id;
        for (FetchRequest.PartitionData p : full.partitions()) {
            partitions.put(p.topicPartition(), new Cached(p));
        }
        ordered = partitions.values().toArray(new Cached[0]);
    }

    int nextEpoch() {
        return nextEpoch;
    }

    /** Applies an incremental request: changed partitions, forgotten ones, then the next epoch. */
    void update(FetchRequest request) {
        boolean structural = !request.forgotten().isEmpty();
        for (FetchRequest.PartitionData p : request.partitions()) {
            Cached c = partitions.get(p.topicPartition());
            if (c == null) {
                partitions.put(p.topicPartition(), new Cached(p));
                structural = true;
            } else {
                c.request = p;
            }
        }
        for (TopicPartition tp : request.forgotten()) {
            partitions.remove(tp);
        }
        if (structural) {
            ordered = partitions.values().toArray(new Cached[0]);
        }
        nextEpoch++;
    }

    /** The answer went out: remember what the follower now knows of each listed partition. */
    static void markSent(java.util.List<FetchResponse.PartitionData> sent, java.util.List<Cached> cached) {
        for (int i = 0; i < sent.size(); i++) {
            Cached c = cached.get(i);
            c.sentHighWatermark = sent.get(i).highWatermark();
            c.sentLogStartOffset = sent.get(i).logStartOffset();
        }
    }

    Cached[] partitions() {
        return ordered;
    }

    boolean contains(TopicPartition tp) {
        return partitions.containsKey(tp);
    }
}
