package dev.clusterlab.app.cli;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standard benchmark workload: 5 brokers, 3 controllers, one topic of 100 partitions with
 * replication factor 3, two producers with Kafka's default configs (acks=all, idempotent)
 * writing 10,000 records/s in total with 1,000 keys and 100-byte values, for 10 simulated minutes.
 */
public record BenchWorkload(long seed, int brokers, int partitions, double totalRatePerSec, double minutes,
                            int producers) {
    public static final String TOPIC = "bench";
    public static final int CONTROLLERS = 3;
    public static final int PRODUCERS = 2;

    public BenchWorkload(long seed, int brokers, int partitions, double totalRatePerSec, double minutes) {
        this(seed, brokers, partitions, totalRatePerSec, minutes, PRODUCERS);
    }
    public static final int KEYS = 1000;
    public static final int VALUE_BYTES = 100;

    public static BenchWorkload standard() {
        return new BenchWorkload(0, 5, 100, 10_000, 10);
    }

    public long simulatedMs() {
        return Math.round(minutes * 60_000);
    }

    public ClusterSetup setup() {
        int rf = Math.min(3, brokers);
        List<ProducerSetup> producers = new ArrayList<>();
        for (int i = 1; i <= this.producers; i++) {
            producers.add(new ProducerSetup("bench-" + i, TOPIC, totalRatePerSec / this.producers, KEYS, VALUE_BYTES,
                    Map.of()));
        }
        return new ClusterSetup("bench", seed, brokers, CONTROLLERS, Map.of(), LinkSettings.DEFAULT, false,
                List.of(new Command.CreateTopic(TOPIC, partitions, rf, Map.of(), null)), producers);
    }
}
