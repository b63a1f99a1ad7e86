package dev.clusterlab.cluster;

import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.config.Config;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.metadata.EffectiveConfig;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.metadata.TopicImage;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.MetricsRecorder;
import dev.clusterlab.snapshot.MetricsSample;

/**
 * Takes one {@link MetricsSample} at every multiple of the interval in simulated time, whatever
 * the speed and however the engine advances (events run one by one, in chunks, or the clock moves
 * without any). The sample at boundary B is the cluster after every event due before B: the event
 * that crosses B already changed the cluster when the listener hears of it, so the sampler keeps
 * the few values it needs as they were after the previous event (an image reference, three
 * counters, a controller id). It schedules no event, so the trace and the event numbers stay
 * the same. Engine thread only.
 */
final class MetricsSampler implements SimulationListener {
    private final ClusterNodes nodes;
    private final CommittedMetadata committed;
    private final Config brokerConfig;
    private final MetricsRecorder recorder;
    private final long intervalMs;
    private long nextSampleMs;

    private ProducerClient[] producers = new ProducerClient[0];
    private ControllerNode[] controllers = new ControllerNode[0];

    // The cluster as the last event left it.
    private MetadataImage image;
    private long sent;
    private long acked;
    private long failed;
    private int activeControllerId;

    // The partition counts of one image, kept until the committed metadata changes.
    private MetadataImage countedImage;
    private PartitionCounts counts;

    MetricsSampler(ClusterNodes nodes, CommittedMetadata committed, Config brokerConfig, long intervalMs,
                   int maxSamples, long nowMs) {
        this.nodes = nodes;
        this.committed = committed;
        this.brokerConfig = brokerConfig;
        this.intervalMs = intervalMs;
        this.recorder = new MetricsRecorder(intervalMs, maxSamples);
        this.nextSampleMs = Math.floorDiv(nowMs + intervalMs - 1, intervalMs) * intervalMs;
        remember();
    }

    long intervalMs() {
        return intervalMs;
    }

    @Override
    public void afterEvent(long seq, SimEvent event) {
        long t = event.timeMs();
        while (nextSampleMs <= t) {
            take(nextSampleMs); // the cluster before this event
        }
        remember();
    }

    /**
     * Samples the boundaries up to nowMs that the clock passed without an event (every event due
     * before them has run, every later one is due at or after nowMs); returns the history.
     */
    MetricsHistory catchUp(long nowMs) {
        while (nextSampleMs <= nowMs) {
            take(nextSampleMs);
        }
        return recorder.history();
    }

    private void take(long timeMs) {
        if (countedImage != image) {
            counts = PartitionCounts.of(image, brokerConfig);
            countedImage = image;
        }
        recorder.append(new MetricsSample(timeMs, sent, acked, failed, counts.partitions, counts.offline,
                counts.underReplicated, counts.underMinIsr, counts.totalIsrSize, counts.smallestIsrSize,
                activeControllerId));
        nextSampleMs = timeMs + intervalMs;
    }

    /** Keeps what the next boundary needs; runs after every event, so it reads only a few fields. */
    private void remember() {
        if (producers.length != nodes.producers.size() || controllers.length != nodes.controllers.size()) {
            producers = nodes.producers.values().toArray(new ProducerClient[0]);
            controllers = nodes.controllers.values().toArray(new ControllerNode[0]);
        }
        image = committed.image();
        long s = 0;
        long a = 0;
        long f = 0;
        for (ProducerClient p : producers) {
            s += p.recordsSent();
            a += p.recordsAcked();
            f += p.recordsFailed();
        }
        sent = s;
        acked = a;
        failed = f;
        activeControllerId = activeControllerId();
    }

    /** As {@link ClusterNodes#activeController()}, without an iterator: the active one with the highest epoch. */
    private int activeControllerId() {
        ControllerNode best = null;
        for (ControllerNode c : controllers) {
            if (c.isActiveController()
                    && (best == null || c.controller().activeEpoch() > best.controller().activeEpoch())) {
                best = c;
            }
        }
        return best == null ? -1 : best.nodeId();
    }

    /** Kafka's partition health metrics over one metadata image; one pass over its partitions. */
    private record PartitionCounts(int partitions, int offline, int underReplicated, int underMinIsr,
                                   long totalIsrSize, int smallestIsrSize) {

        static PartitionCounts of(MetadataImage image, Config brokerConfig) {
            int partitions = 0;
            int offline = 0;
            int underReplicated = 0;
            int underMinIsr = 0;
            long totalIsr = 0;
            int smallestIsr = Integer.MAX_VALUE;
            for (TopicImage t : image.topics().values()) {
                int minIsr = EffectiveConfig.minInsyncReplicas(image, brokerConfig, t.name());
                for (PartitionRegistration p : t.partitions()) {
                    if (p == null) {
                        continue;
                    }
                    int isr = p.isr().size();
                    partitions++;
                    totalIsr += isr;
                    smallestIsr = Math.min(smallestIsr, isr);
                    if (!p.hasLeader()) {
                        offline++;
                    } else {
                        if (isr < p.replicas().size()) {
                            underReplicated++;
                        }
                        if (isr < minIsr) {
                            underMinIsr++;
                        }
                    }
                }
            }
            return new PartitionCounts(partitions, offline, underReplicated, underMinIsr, totalIsr,
                    partitions == 0 ? 0 : smallestIsr);
        }
    }
}
