package dev.clusterlab.snapshot;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One producer client: records sent, acknowledged, failed, error responses by Kafka's error
 * name, and the leaders it currently believes in (partition → broker id), which may be stale.
 *
 * <p>acks, idempotent, lingerMs and batchSize are the running KafkaProducer's effective settings
 * (after Kafka's post-processing, so idempotence may be off although never set). config, keys
 * and valueBytes are the producer's setup: the explicitly set configs that a
 * {@code configureProducer} merges its own onto, so a dialog can check a change exactly as the
 * simulation will. lastError is the name of the latest error response, "" when none.
 * The report shows only sent, acked, failed and errors.
 */
public record ProducerSnapshot(String id, String topic, boolean running, double ratePerSec, String acks,
                               long producerId, long sent, long acked, long failed,
                               SortedMap<String, Long> errors, SortedMap<Integer, Integer> believedLeaders,
                               boolean idempotent, long lingerMs, int batchSize, int keys, int valueBytes,
                               SortedMap<String, String> config, String lastError) {

    public ProducerSnapshot {
        errors = Collections.unmodifiableSortedMap(new TreeMap<>(errors));
        believedLeaders = Collections.unmodifiableSortedMap(new TreeMap<>(believedLeaders));
        config = Collections.unmodifiableSortedMap(new TreeMap<>(config));
        lastError = lastError == null ? "" : lastError;
    }

    /** A producer with only what the report reads; its settings are Kafka's defaults, no keys, no error seen last. */
    public ProducerSnapshot(String id, String topic, boolean running, double ratePerSec, String acks,
                            long producerId, long sent, long acked, long failed,
                            SortedMap<String, Long> errors, SortedMap<Integer, Integer> believedLeaders) {
        this(id, topic, running, ratePerSec, acks, producerId, sent, acked, failed, errors, believedLeaders,
                "all".equals(acks), 5, 16_384, 0, 100, new TreeMap<>(), "");
    }
}
