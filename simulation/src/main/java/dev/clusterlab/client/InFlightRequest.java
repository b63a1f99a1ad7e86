package dev.clusterlab.client;

import java.util.List;

/** A request the producer sent on one connection and still waits for. */
record InFlightRequest(int correlationId, Kind kind, long sentMs, List<ProducerBatch> batches) {
    enum Kind { METADATA, INIT_PRODUCER_ID, PRODUCE }
}
