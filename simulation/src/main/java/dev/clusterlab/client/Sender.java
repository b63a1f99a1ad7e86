package dev.clusterlab.client;

import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.protocol.InitProducerIdRequest;
import dev.clusterlab.protocol.InitProducerIdResponse;
import dev.clusterlab.protocol.MetadataRequest;
import dev.clusterlab.protocol.MetadataResponse;
import dev.clusterlab.protocol.ProduceRequest;
import dev.clusterlab.protocol.ProduceResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;

/**
 * Kafka's Sender loop for one producer instance. Each run: resolve sequences and bump the epoch if
 * needed, ask for a producer id, refresh metadata, expire batches past delivery.timeout.ms, then
 * send each leader with a sendable batch one ProduceRequest with what {@link BatchDrainer} drains
 * for it, at most max.in.flight per connection. Then it asks to be woken at the next linger,
 * back-off or expiry time, never per millisecond.
 */
final class Sender {
    private final ProducerInstance producer;
    private final ProducerSettings settings;
    private final ClientMetadata metadata;
    private final RecordAccumulator accumulator;
    private final IdempotenceManager idempotence;
    private final ClientNetwork network;
    private final ExponentialBackoff retryBackoff;
    private final BatchCompletion completion;
    private final BatchDrainer drainer;
    private final LinkedHashSet<ProducerBatch> inFlightBatches = new LinkedHashSet<>();
    private final List<ProducerBatch> expired = new ArrayList<>();
    private boolean metadataWanted;
    private boolean memoryWaiter;
    private boolean initInFlight;
    private int initAttempts;
    private long initAllowedAtMs = Long.MIN_VALUE;
    private long nextExpiryCheckMs = Long.MAX_VALUE;
    private long nextWakeMs;

    Sender(ProducerInstance producer, ExponentialBackoff retryBackoff) {
        this.producer = producer;
        this.settings = producer.settings();
        this.metadata = producer.metadata();
        this.accumulator = producer.accumulator();
        this.idempotence = producer.idempotence();
        this.network = producer.network();
        this.retryBackoff = retryBackoff;
        this.completion = new BatchCompletion(producer, inFlightBatches, retryBackoff);
        this.drainer = new BatchDrainer(producer);
    }

    void wantMetadata() {
        metadataWanted = true;
    }

    /** send() waits for buffer memory: every batch becomes sendable (Kafka's "exhausted"). */
    void setMemoryWaiter(boolean waiting) {
        memoryWaiter = waiting;
    }

    void batchCreated(long nowMs) {
        nextExpiryCheckMs = Math.min(nextExpiryCheckMs, nowMs + settings.deliveryTimeoutMs());
        producer.client().wakeSenderAt(producer, nowMs + settings.lingerMs());
    }

    void runOnce(long nowMs) {
        nextWakeMs = Long.MAX_VALUE;
        if (idempotence != null) {
            idempotence.maybeResolveSequences();
            idempotence.bumpEpochIfNeeded();
            maybeSendInitProducerId(nowMs);
        }
        maybeSendMetadata(nowMs);
        expireBatches(nowMs);
        sendProducerData(nowMs);
        if (memoryWaiter && !accumulator.memoryExhausted()) {
            memoryWaiter = false;
            producer.client().sendUnblocked(producer);
        }
        producer.client().wakeSenderAt(producer, nextWakeMs);
        producer.maybeFinishClose();
    }

    private void wakeAt(long atMs) {
        nextWakeMs = Math.min(nextWakeMs, atMs);
    }

    private void maybeSendInitProducerId(long nowMs) {
        if (idempotence.hasProducerId() || initInFlight) {
            return;
        }
        if (nowMs < initAllowedAtMs) {
            wakeAt(initAllowedAtMs);
            return;
        }
        int node = network.leastLoadedNode(metadata.brokers(), nowMs);
        if (node < 0) {
            wakeAt(network.earliestReconnectMs(metadata.brokers(), nowMs));
            return;
        }
        int cid = producer.client().nextCorrelationId();
        initInFlight = true;
        network.send(node, new InitProducerIdRequest(cid),
                new InFlightRequest(cid, InFlightRequest.Kind.INIT_PRODUCER_ID, nowMs, List.of(), List.of()), true);
    }

    void handleInitProducerIdResponse(InitProducerIdResponse r, long nowMs) {
        initInFlight = false;
        if (r.error() == Errors.NONE) {
            idempotence.setProducerIdAndEpoch(r.producerId(), r.producerEpoch());
            initAttempts = 0;
        } else {
            initFailed(nowMs);
        }
    }

    private void initFailed(long nowMs) {
        initInFlight = false;
        initAllowedAtMs = nowMs + retryBackoff.backoffMs(initAttempts++);
    }

    private void maybeSendMetadata(long nowMs) {
        if (!metadataWanted) {
            return;
        }
        long due = metadata.nextUpdateMs(nowMs);
        if (due > nowMs) {
            wakeAt(due);
            return;
        }
        int node = network.leastLoadedNode(metadata.brokers(), nowMs);
        if (node < 0) {
            wakeAt(network.earliestReconnectMs(metadata.brokers(), nowMs));
            return;
        }
        int cid = producer.client().nextCorrelationId();
        metadata.updateStarted();
        network.send(node, new MetadataRequest(cid, List.of(metadata.topic())),
                new InFlightRequest(cid, InFlightRequest.Kind.METADATA, nowMs, List.of(), List.of()), true);
    }

    void handleMetadataResponse(MetadataResponse r, long nowMs) {
        boolean hadPartitions = metadata.numPartitions() > 0;
        metadata.update(r, nowMs);
        network.metadataUpdated();
        if (!hadPartitions && metadata.numPartitions() > 0) {
            accumulator.ensurePartitions(metadata.numPartitions());
            producer.client().sendUnblocked(producer);
        }
    }

    /**
     * Every request on a closed connection fails: produce batches with REQUEST_TIMED_OUT after a
     * request timeout, NETWORK_EXCEPTION after a disconnect (Kafka's Sender.handleProduceResponse).
     */
    void handleDisconnected(List<InFlightRequest> requests, Errors error, long nowMs) {
        for (InFlightRequest req : requests) {
            switch (req.kind()) {
                case METADATA -> metadata.failedUpdate(nowMs);
                case INIT_PRODUCER_ID -> initFailed(nowMs);
                case PRODUCE -> {
                    for (int i = 0; i < req.batches().size(); i++) {
                        completion.complete(req.batches().get(i), req.sent().get(i), error, -1, -1, -1, nowMs);
                    }
                }
                default -> throw new IllegalStateException(req.kind().toString());
            }
        }
        metadata.requestUpdate(); // NetworkClient: a disconnect may mean stale metadata
    }

    void handleProduceResponse(InFlightRequest req, ProduceResponse r, long nowMs) {
        List<ProducerBatch> batches = req.batches();
        for (ProduceResponse.PartitionResponse pr : r.responses()) {
            for (int i = 0; i < batches.size(); i++) {
                ProducerBatch b = batches.get(i);
                if (b.partition == pr.topicPartition().partition()) {
                    completion.complete(b, req.sent().get(i), pr.error(), pr.baseOffset(), pr.currentLeaderId(),
                            pr.currentLeaderEpoch(), nowMs);
                    break;
                }
            }
        }
    }

    private void expireBatches(long nowMs) {
        if (nowMs < nextExpiryCheckMs) {
            wakeAt(nextExpiryCheckMs);
            return;
        }
        expired.clear();
        accumulator.expiredBatches(settings.deliveryTimeoutMs(), nowMs, expired);
        for (ProducerBatch b : inFlightBatches) {
            if (b.hasReachedDeliveryTimeout(settings.deliveryTimeoutMs(), nowMs)) {
                expired.add(b);
            }
        }
        for (ProducerBatch b : expired) {
            completion.expire(b);
        }
        long oldest = accumulator.oldestQueuedCreatedMs();
        for (ProducerBatch b : inFlightBatches) {
            oldest = Math.min(oldest, b.createdMs);
        }
        nextExpiryCheckMs = oldest == Long.MAX_VALUE ? Long.MAX_VALUE : oldest + settings.deliveryTimeoutMs();
        wakeAt(nextExpiryCheckMs);
    }

    private void sendProducerData(long nowMs) {
        int n = metadata.numPartitions();
        if (n <= 0) {
            return;
        }
        accumulator.ensurePartitions(n);
        List<Integer> readyNodes = drainer.readyNodes(memoryWaiter || producer.isClosing(), nowMs);
        if (drainer.unknownLeader()) {
            metadata.requestUpdate();
            maybeSendMetadata(nowMs);
        }
        wakeAt(drainer.nextReadyCheckMs());
        for (int node : readyNodes) {
            if (!network.canSend(node, nowMs)) {
                long reconnectAt = network.reconnectAllowedAtMs(node);
                if (reconnectAt > nowMs) {
                    wakeAt(reconnectAt);
                }
                continue; // at max in flight: a response will run the sender again
            }
            List<ProducerBatch> batches = drainer.drain(node, nowMs);
            if (!batches.isEmpty()) {
                sendProduceRequest(node, batches, nowMs);
            }
        }
    }

    private void sendProduceRequest(int node, List<ProducerBatch> batches, long nowMs) {
        List<ProduceRequest.PartitionData> data = new ArrayList<>(batches.size());
        List<RecordBatch> sent = new ArrayList<>(batches.size());
        for (ProducerBatch b : batches) {
            data.add(new ProduceRequest.PartitionData(producer.topicPartition(b.partition), b.wire()));
            sent.add(b.wire());
        }
        int cid = producer.client().nextCorrelationId();
        boolean expectResponse = settings.acks() != 0;
        // fresh lists nobody else holds: handed over read-only instead of copied
        ProduceRequest request = new ProduceRequest(cid, settings.acks(), settings.requestTimeoutMs(),
                java.util.Collections.unmodifiableList(data));
        InFlightRequest inFlight = new InFlightRequest(cid, InFlightRequest.Kind.PRODUCE, nowMs,
                java.util.Collections.unmodifiableList(batches), java.util.Collections.unmodifiableList(sent));
        network.send(node, request, inFlight, expectResponse);
        if (expectResponse) {
            inFlightBatches.addAll(batches);
            if (settings.maxInFlight() == 1) {
                for (ProducerBatch b : batches) {
                    accumulator.mute(b.partition); // Kafka's guaranteeMessageOrder
                }
            }
        } else {
            for (ProducerBatch b : batches) {
                completion.completeUnacknowledged(b);
            }
        }
    }
}
