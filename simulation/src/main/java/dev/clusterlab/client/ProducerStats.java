package dev.clusterlab.client;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/** What the application saw: records handed to send(), acknowledged, finally failed; error responses by name. */
final class ProducerStats {
    private long sent;
    private long acked;
    private long failed;
    private final TreeMap<String, Long> errors = new TreeMap<>();
    private String lastError = "";

    void recordSent() {
        sent++;
    }

    void recordAcked(int records) {
        acked += records;
    }

    void recordFailed(int records) {
        failed += records;
    }

    /** One error response for one batch (retried ones included). */
    void recordError(Errors error) {
        errors.merge(error.name(), 1L, Long::sum);
        lastError = error.name();
    }

    /** The name of the latest error response, "" before the first. */
    String lastError() {
        return lastError;
    }

    long sent() {
        return sent;
    }

    long acked() {
        return acked;
    }

    long failed() {
        return failed;
    }

    SortedMap<String, Long> errors() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(errors));
    }
}
