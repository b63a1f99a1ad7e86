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
 * unconditionally at 2 × batch.size. The next sticky partition is drawn among the partitions with a
 * known leader (all partitions if none has one): uniformly, or, with adaptive partitioning (Kafka's
 * default) once every partition has had a batch, weighted towards short queues (KIP-794's
 * cumulative frequency table of maxQueue + 1 - queue).
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
    private int[] cumulativeFrequency;
    private int[] loadPartitionIds;
    private int loadLength;

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

    /**
     * Kafka's updatePartitionLoadStats: queue sizes of the partitions with a leader (length of them)
     * out of totalPartitions; null sizes turn adaptive partitioning off. The arrays are kept.
     */
    void updateLoadStats(int[] queueSizes, int[] partitionIds, int length, int totalPartitions) {
        if (queueSizes == null || length < 1 || totalPartitions < 2) {
            cumulativeFrequency = null;
            return;
        }
        int maxSizePlus1 = queueSizes[0];
        boolean allEqual = true;
        for (int i = 1; i < length; i++) {
            allEqual &= queueSizes[i] == maxSizePlus1;
            maxSizePlus1 = Math.max(maxSizePlus1, queueSizes[i]);
        }
        maxSizePlus1++;
        if (allEqual && length == totalPartitions) {
            cumulativeFrequency = null;
            return;
        }
        queueSizes[0] = maxSizePlus1 - queueSizes[0];
        for (int i = 1; i < length; i++) {
            queueSizes[i] = maxSizePlus1 - queueSizes[i] + queueSizes[i - 1];
        }
        cumulativeFrequency = queueSizes;
        loadPartitionIds = partitionIds;
        loadLength = length;
    }

    private int nextPartition(ClientMetadata metadata) {
        if (cumulativeFrequency != null) {
            int weighted = random.nextInt(cumulativeFrequency[loadLength - 1]);
            int found = java.util.Arrays.binarySearch(cumulativeFrequency, 0, loadLength, weighted);
            return loadPartitionIds[Math.abs(found + 1)];
        }
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
