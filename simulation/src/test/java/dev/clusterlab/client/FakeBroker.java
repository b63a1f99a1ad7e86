package dev.clusterlab.client;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.network.Message;
import dev.clusterlab.protocol.InitProducerIdRequest;
import dev.clusterlab.protocol.InitProducerIdResponse;
import dev.clusterlab.protocol.MetadataRequest;
import dev.clusterlab.protocol.MetadataResponse;
import dev.clusterlab.protocol.ProduceRequest;
import dev.clusterlab.protocol.ProduceResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.protocol.Errors;

/**
 * A scripted broker for producer tests: answers Metadata, InitProducerId and Produce from the
 * shared {@link FakeCluster}; can be silent (drops every request), lose its next produce responses
 * after appending, or answer scripted errors per partition.
 */
final class FakeBroker extends SimNode {
    final int brokerId;
    private final FakeCluster cluster;
    boolean silent;
    boolean leaderHints = true;
    int responsesToLose;
    /** The next InitProducerId answers that fail with COORDINATOR_LOAD_IN_PROGRESS. */
    int initErrors;
    final Map<Integer, ArrayDeque<Errors>> scriptedErrors = new TreeMap<>();
    final List<Received> produceRequests = new ArrayList<>();
    int metadataRequests;
    int initProducerIdRequests;

    record Received(long atMs, ProduceRequest request) {
    }

    FakeBroker(Simulation sim, int brokerId, FakeCluster cluster) {
        super(sim, String.valueOf(brokerId));
        this.brokerId = brokerId;
        this.cluster = cluster;
    }

    /** The next produce answers for the partition: an error (nothing appended), or NONE to process normally. */
    void script(int partition, Errors... errors) {
        ArrayDeque<Errors> q = scriptedErrors.computeIfAbsent(partition, p -> new ArrayDeque<>());
        for (Errors e : errors) {
            q.add(e);
        }
    }

    long producedBatches() {
        return produceRequests.stream().mapToLong(r -> r.request().data().size()).sum();
    }

    @Override
    protected void onMessage(SimNode from, Message message) {
        if (message instanceof MetadataRequest) {
            metadataRequests++;
        } else if (message instanceof InitProducerIdRequest) {
            initProducerIdRequests++;
        }
        if (silent) {
            return;
        }
        if (message instanceof MetadataRequest r) {
            send(from, metadata(r.correlationId()));
        } else if (message instanceof InitProducerIdRequest r) {
            if (initErrors > 0) {
                initErrors--;
                send(from, new InitProducerIdResponse(r.correlationId(), Errors.COORDINATOR_LOAD_IN_PROGRESS, -1,
                        (short) -1));
                return;
            }
            send(from, new InitProducerIdResponse(r.correlationId(), Errors.NONE, cluster.pids.allocate(), (short) 0));
        } else if (message instanceof ProduceRequest r) {
            produceRequests.add(new Received(nowMs(), r));
            ProduceResponse response = produce(r);
            if (r.acks() == 0) {
                return;
            }
            if (responsesToLose > 0) {
                responsesToLose--;
                return;
            }
            send(from, response);
        }
    }

    private MetadataResponse metadata(int correlationId) {
        if (!cluster.topicExists) {
            return new MetadataResponse(correlationId, cluster.brokers, List.of(new MetadataResponse.TopicMetadata(
                    cluster.topic, Errors.UNKNOWN_TOPIC_OR_PARTITION, List.of())));
        }
        List<MetadataResponse.PartitionMetadata> parts = new ArrayList<>();
        for (int p = 0; p < cluster.partitions(); p++) {
            int leader = cluster.leaders[p];
            parts.add(new MetadataResponse.PartitionMetadata(p, leader < 0 ? Errors.LEADER_NOT_AVAILABLE : Errors.NONE,
                    leader, cluster.epochs[p], cluster.brokers, cluster.brokers));
        }
        return new MetadataResponse(correlationId, cluster.brokers,
                List.of(new MetadataResponse.TopicMetadata(cluster.topic, Errors.NONE, parts)));
    }

    private ProduceResponse produce(ProduceRequest r) {
        List<ProduceResponse.PartitionResponse> out = new ArrayList<>();
        for (ProduceRequest.PartitionData d : r.data()) {
            int p = d.topicPartition().partition();
            ArrayDeque<Errors> q = scriptedErrors.get(p);
            Errors scripted = q == null ? null : q.poll();
            if (scripted != null && scripted != Errors.NONE) {
                boolean hint = scripted == Errors.NOT_LEADER_OR_FOLLOWER && leaderHints;
                out.add(new ProduceResponse.PartitionResponse(d.topicPartition(), scripted, -1,
                        hint ? cluster.leaders[p] : -1, hint ? cluster.epochs[p] : -1));
            } else if (cluster.leaders[p] != brokerId) {
                out.add(new ProduceResponse.PartitionResponse(d.topicPartition(), Errors.NOT_LEADER_OR_FOLLOWER, -1,
                        leaderHints ? cluster.leaders[p] : -1, leaderHints ? cluster.epochs[p] : -1));
            } else {
                FakeCluster.Append a = cluster.append(p, d.batch());
                out.add(new ProduceResponse.PartitionResponse(d.topicPartition(), a.error(), a.baseOffset(), -1, -1));
            }
        }
        return new ProduceResponse(r.correlationId(), out);
    }
}
