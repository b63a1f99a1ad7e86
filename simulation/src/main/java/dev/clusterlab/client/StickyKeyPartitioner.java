package dev.clusterlab.client;

import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.log.RecordBatch;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Kafka 4.x's built-in partitioner (BuiltInPartitioner, no partitioner.class): a keyed record goes
 * to toPositive(murmur2(key)) % numPartitions over all partitions, available or not; a record
 * without a key (or with partitioner.ignore.keys) goes to the uniform sticky partition (KIP-794),
 * which switches once batch.size bytes were produced to it and its last batch is full, or
 * unconditionally at 2 × batch.size. The next sticky partition is drawn uniformly among the
 * partitions with a known leader (all partitions if none has one).
 */
final class StickyKeyPartitioner {
    static final int NONE = -1;

    private final int stickyBatchSize;
    private final boolean ignoreKeys;
    private final SimRandom random;
    private int[] keyPartitionCache = new int[0];
    private int cachedForPartitions = -1;
    private int stickyPartition = NONE;
    private int producedBytes;
    private int switches;

    StickyKeyPartitioner(int batchSize, boolean ignoreKeys, SimRandom random) {
        this.stickyBatchSize = batchSize;
        this.ignoreKeys = ignoreKeys;
        this.random = random;
    }

    /** The partition of a keyed record: Kafka's murmur2 on the key's UTF-8 bytes ("k" + index). */
    static int partitionForKey(int key, int numPartitions) {
        byte[] bytes = ("k" + key).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(bytes)) % numPartitions;
    }

    boolean usesStickyPartition(int key) {
        return key == RecordBatch.NO_KEY || ignoreKeys;
    }

    /** Partition for a record; keyed placement is cached per key index for the current partition count. */
    int partition(int key, ClientMetadata metadata) {
        int n = metadata.numPartitions();
        if (usesStickyPartition(key)) {
            if (stickyPartition == NONE || stickyPartition >= n) {
                stickyPartition = nextPartition(metadata);
                producedBytes = 0;
            }
            return stickyPartition;
        }
        if (n != cachedForPartitions) {
            keyPartitionCache = new int[keyPartitionCache.length];
            java.util.Arrays.fill(keyPartitionCache, -1);
            cachedForPartitions = n;
        }
        if (key >= keyPartitionCache.length) {
            int old = keyPartitionCache.length;
            keyPartitionCache = java.util.Arrays.copyOf(keyPartitionCache, Math.max(key + 1, old * 2));
            java.util.Arrays.fill(keyPartitionCache, old, keyPartitionCache.length, -1);
        }
        int p = keyPartitionCache[key];
        if (p < 0) {
            p = partitionForKey(key, n);
            keyPartitionCache[key] = p;
        }
        return p;
    }

    /** Kafka's updatePartitionInfo after an append to the sticky partition. */
    void onAppended(int appendedBytes, boolean enableSwitch, ClientMetadata metadata) {
        producedBytes += appendedBytes;
        if ((producedBytes >= stickyBatchSize && enableSwitch) || producedBytes >= stickyBatchSize * 2) {
            stickyPartition = nextPartition(metadata);
            producedBytes = 0;
            switches++;
        }
    }

    int stickyPartition() {
        return stickyPartition;
    }

    /** How many times the sticky partition changed (for tests and curiosity). */
    int switches() {
        return switches;
    }

    private int nextPartition(ClientMetadata metadata) {
        int n = metadata.numPartitions();
        int available = 0;
        for (int i = 0; i < n; i++) {
            if (metadata.leader(i) >= 0) {
                available++;
            }
        }
        if (available == 0) {
            return random.nextInt(n);
        }
        int pick = random.nextInt(available);
        for (int i = 0; i < n; i++) {
            if (metadata.leader(i) >= 0 && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
