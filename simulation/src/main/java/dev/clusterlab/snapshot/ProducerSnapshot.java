package dev.clusterlab.snapshot;

import java.util.SortedMap;

/**
 * One producer client: records sent, acknowledged, failed, error responses by Kafka's error
 * name, and the leaders it currently believes in (partition → broker id), which may be stale.
 */
public record ProducerSnapshot(String id, String topic, boolean running, double ratePerSec, String acks,
                               long producerId, long sent, long acked, long failed,
                               SortedMap<String, Long> errors, SortedMap<Integer, Integer> believedLeaders) {
}
