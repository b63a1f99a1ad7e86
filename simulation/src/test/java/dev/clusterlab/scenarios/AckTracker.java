package dev.clusterlab.scenarios;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.network.SimNetwork;
import dev.clusterlab.protocol.ProduceRequest;
import dev.clusterlab.protocol.ProduceResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.protocol.Errors;

/**
 * Watches Produce requests and responses on the network: which batch (producer id, epoch,
 * sequences) each successful response acknowledged, when, at which offset. A response that
 * arrives after the producer gave up on its connection would be counted too; tests compare the
 * total with the producer's own acked count to know the list is exact.
 */
final class AckTracker implements SimulationListener {
    /** One acknowledged batch as the producer received it. */
    record Ack(long timeMs, String producer, int broker, TopicPartition tp, long baseOffset, long producerId,
               short producerEpoch, int baseSequence, int count) {
        boolean sameRecords(RecordBatch b) {
            return b.producerId() == producerId && b.producerEpoch() == producerEpoch
                    && b.baseSequence() == baseSequence && b.count() == count;
        }
    }

    private final Map<String, ProduceRequest> requests = new HashMap<>();
    final List<Ack> acks = new ArrayList<>();

    @Override
    public void afterEvent(long seq, SimEvent event) {
        if (!(event instanceof SimNetwork.Delivery d)) {
            return;
        }
        if (d.message() instanceof ProduceRequest r) {
            requests.put(d.from().id() + "#" + r.correlationId(), r);
        } else if (d.message() instanceof ProduceResponse r) {
            String producer = event.node().id();
            ProduceRequest req = requests.remove(producer + "#" + r.correlationId());
            if (req == null) {
                return;
            }
            for (ProduceResponse.PartitionResponse pr : r.responses()) {
                if (pr.error() != Errors.NONE) {
                    continue;
                }
                for (ProduceRequest.PartitionData pd : req.data()) {
                    if (pd.topicPartition().equals(pr.topicPartition())) {
                        RecordBatch b = pd.batch();
                        acks.add(new Ack(event.timeMs(), producer, Integer.parseInt(d.from().id()),
                                pr.topicPartition(), pr.baseOffset(), b.producerId(), b.producerEpoch(),
                                b.baseSequence(), b.count()));
                    }
                }
            }
        }
    }

    long records(String producer) {
        return acks.stream().filter(a -> a.producer().equals(producer)).mapToLong(Ack::count).sum();
    }

    List<Ack> between(long fromMs, long toMs) {
        return acks.stream().filter(a -> a.timeMs() >= fromMs && a.timeMs() < toMs).toList();
    }

    /** Whether the acknowledged batch's records stand in these batches. */
    static boolean contained(Ack a, List<RecordBatch> log) {
        for (RecordBatch b : log) {
            if (b.producerId() == a.producerId() && b.producerEpoch() == a.producerEpoch()
                    && b.baseSequence() <= a.baseSequence()
                    && b.lastSequence() >= a.baseSequence() + a.count() - 1) {
                return true;
            }
        }
        return false;
    }
}
