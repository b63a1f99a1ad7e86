package dev.clusterlab.protocol;

/**
 * A topic-partition, ordered by topic then partition. {@link #of} returns one shared instance
 * per value, so the maps of the replication hot path compare by identity.
 */
public record TopicPartition(String topic, int partition) implements Comparable<TopicPartition> {
    private static final java.util.concurrent.ConcurrentHashMap<TopicPartition, TopicPartition> CANONICAL =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The shared instance for this topic and partition. */
    public static TopicPartition of(String topic, int partition) {
        TopicPartition tp = new TopicPartition(topic, partition);
        TopicPartition existing = CANONICAL.putIfAbsent(tp, tp);
        return existing != null ? existing : tp;
    }

    @Override
    public int compareTo(TopicPartition o) {
        int c = topic.compareTo(o.topic);
        return c != 0 ? c : Integer.compare(partition, o.partition);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof TopicPartition other && partition == other.partition && topic.equals(other.topic);
    }

    @Override
    public int hashCode() {
        return 31 * topic.hashCode() + partition;
    }

    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
