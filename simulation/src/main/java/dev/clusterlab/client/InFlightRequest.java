package dev.clusterlab.client;

import dev.clusterlab.log.RecordBatch;
import java.util.List;

/**
 * A request the producer sent on one connection and still waits for; for a produce request, its
 * batches and, at the same index, the batch exactly as sent (producer id, epoch and sequence of
 * this attempt).
 */
record InFlightRequest(int correlationId, Kind kind, long sentMs, List<ProducerBatch> batches,
                       List<RecordBatch> sent) {
    enum Kind { METADATA, INIT_PRODUCER_ID, PRODUCE }
}
