package dev.clusterlab.client;

import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.network.Message;
import dev.clusterlab.protocol.InitProducerIdResponse;
import dev.clusterlab.protocol.MetadataResponse;
import dev.clusterlab.protocol.ProduceResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/**
 * One KafkaProducer instance: from its creation to its close(). Holds the metadata cache, the
 * partitioner, the accumulator, the idempotence state and the sender. A restart of the producer
 * makes a new instance (new producer id, fresh sequences).
 */
final class ProducerInstance {
    private final ProducerClient client;
    private final ProducerSetup setup;
    private final ProducerSettings settings;
    private final ClientMetadata metadata;
    private final StickyKeyPartitioner partitioner;
    private final RecordAccumulator accumulator;
    private final IdempotenceManager idempotence;
    private final ClientNetwork network;
    private final Sender sender;
    private final RecordAccumulator.AppendResult appendResult = new RecordAccumulator.AppendResult();
    private final long plainProducerId;
    private TopicPartition[] topicPartitions = new TopicPartition[0];
    private boolean runSenderAfterTick;
    private State state = State.OPEN;

    /** Life of a KafkaProducer: OPEN → CLOSING (close() called, batches still completing) → CLOSED. */
    enum State {
        OPEN, CLOSING, CLOSED;

        boolean canMoveTo(State next) {
            return next.ordinal() == ordinal() + 1;
        }
    }

    private void transitionTo(State next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("producer instance cannot go from " + state + " to " + next);
        }
        state = next;
    }

    /** Whether this producer's records carry keys (keys > 0). */
    boolean keyed() {
        return setup.keys() > 0;
    }

    ProducerInstance(ProducerClient client, ProducerSetup setup, ProducerSettings settings, List<Integer> bootstrap) {
        this.client = client;
        this.setup = setup;
        this.settings = settings;
        ExponentialBackoff retryBackoff = new ExponentialBackoff(settings.retryBackoffMs(),
                settings.retryBackoffMaxMs(), client.clientRandom());
        this.metadata = new ClientMetadata(setup.topic(), bootstrap, settings.metadataMaxAgeMs(), retryBackoff);
        this.partitioner = new StickyKeyPartitioner(settings.batchSize(), settings.ignoreKeys(), client.clientRandom());
        this.accumulator = new RecordAccumulator(settings.batchSize(), setup.valueBytes(), settings.bufferMemory());
        this.idempotence = settings.idempotent() ? new IdempotenceManager() : null;
        this.plainProducerId = settings.idempotent() ? -1 : client.pids().allocate();
        this.network = new ClientNetwork(client, this, settings);
        this.sender = new Sender(this, retryBackoff);
        if (idempotence != null) {
            runSender(client.nowMs()); // Kafka's sender asks for a producer id at once
        }
    }

    ProducerClient client() {
        return client;
    }

    ProducerSettings settings() {
        return settings;
    }

    ClientMetadata metadata() {
        return metadata;
    }

    RecordAccumulator accumulator() {
        return accumulator;
    }

    IdempotenceManager idempotence() {
        return idempotence;
    }

    StickyKeyPartitioner partitioner() {
        return partitioner;
    }

    ClientNetwork network() {
        return network;
    }

    boolean isClosing() {
        return state == State.CLOSING;
    }

    boolean isClosed() {
        return state == State.CLOSED;
    }

    String acksName() {
        return settings.acksName();
    }

    /** The producer id records carry: from InitProducerId (idempotent, -1 until known) or allocated directly. */
    long producerId() {
        return idempotence != null ? idempotence.producerId() : plainProducerId;
    }

    TopicPartition topicPartition(int partition) {
        if (partition >= topicPartitions.length) {
            TopicPartition[] grown = new TopicPartition[Math.max(partition + 1, topicPartitions.length * 2)];
            System.arraycopy(topicPartitions, 0, grown, 0, topicPartitions.length);
            topicPartitions = grown;
        }
        TopicPartition tp = topicPartitions[partition];
        if (tp == null) {
            tp = TopicPartition.of(setup.topic(), partition);
            topicPartitions[partition] = tp;
        }
        return tp;
    }

    /** KafkaProducer.send(): false when it blocks (no partitions known yet, or buffer.memory full). */
    boolean trySend(int key, long nowMs) {
        if (state != State.OPEN) {
            return false;
        }
        sender.wantMetadata();
        int n = metadata.numPartitions();
        if (n <= 0) {
            runSenderAfterTick = true;
            return false;
        }
        accumulator.ensurePartitions(n);
        int partition = partitioner.partition(key, metadata);
        if (accumulator.wouldBlock(partition, key)) {
            sender.setMemoryWaiter(true);
            runSenderAfterTick = true;
            return false;
        }
        client.stats().recordSent();
        accumulator.append(partition, key, nowMs, appendResult);
        if (partitioner.usesStickyPartition(key)) {
            partitioner.onAppended(appendResult.appendedBytes, appendResult.enableSwitch, metadata);
        }
        if (appendResult.newBatch) {
            sender.batchCreated(nowMs);
        }
        if (appendResult.batchReady) {
            runSenderAfterTick = true;
        }
        return true;
    }

    void afterAppends(long nowMs) {
        if (runSenderAfterTick) {
            runSenderAfterTick = false;
            runSender(nowMs);
        }
    }

    void runSender(long nowMs) {
        if (state != State.CLOSED) {
            sender.runOnce(nowMs);
        }
    }

    /** close(): no more sends; every batch is sendable at once; done when all batches completed. */
    void close(long nowMs) {
        if (state != State.OPEN) {
            return;
        }
        transitionTo(State.CLOSING);
        runSender(nowMs);
        maybeFinishClose();
    }

    void maybeFinishClose() {
        if (state == State.CLOSING && accumulator.incompleteBatches() == 0) {
            transitionTo(State.CLOSED);
            client.instanceClosed(this);
        }
    }

    void onMessage(SimNode from, Message message) {
        if (state == State.CLOSED) {
            return;
        }
        long now = client.nowMs();
        if (message instanceof ProduceResponse r) {
            InFlightRequest req = network.completed(from, r.correlationId(), InFlightRequest.Kind.PRODUCE);
            if (req != null) {
                sender.handleProduceResponse(req, r, now);
            }
        } else if (message instanceof MetadataResponse r) {
            InFlightRequest req = network.completed(from, r.correlationId(), InFlightRequest.Kind.METADATA);
            if (req != null) {
                sender.handleMetadataResponse(r, now);
            }
        } else if (message instanceof InitProducerIdResponse r) {
            InFlightRequest req = network.completed(from, r.correlationId(), InFlightRequest.Kind.INIT_PRODUCER_ID);
            if (req != null) {
                sender.handleInitProducerIdResponse(r, now);
            }
        } else {
            return;
        }
        runSender(now);
    }

    /**
     * A connection was closed with requests in flight (Kafka's NetworkClient): after a request
     * timeout they fail with REQUEST_TIMED_OUT, after a disconnect with NETWORK_EXCEPTION.
     */
    void onRequestsFailed(List<InFlightRequest> requests, Errors error, long nowMs) {
        if (state == State.CLOSED) {
            return;
        }
        sender.handleDisconnected(requests, error, nowMs);
        runSender(nowMs);
    }

    void onConnectionClosed(int brokerId, long nowMs) {
        onRequestsFailed(network.connectionClosed(brokerId, nowMs), Errors.NETWORK_EXCEPTION, nowMs);
    }

    SortedMap<Integer, Integer> believedLeaders() {
        SortedMap<Integer, Integer> leaders = new TreeMap<>();
        for (int p = 0; p < metadata.numPartitions(); p++) {
            leaders.put(p, metadata.leader(p));
        }
        return leaders;
    }
}
