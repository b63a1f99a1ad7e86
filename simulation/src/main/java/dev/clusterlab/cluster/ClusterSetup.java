package dev.clusterlab.cluster;

import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import java.util.List;
import java.util.Map;

/**
 * What a simulation starts from: the scenario's cluster, topics and clients, already validated.
 * brokerConfig holds the scenario's {@code cluster.config} (broker and controller configs).
 */
public record ClusterSetup(String name, long seed, int brokers, int controllers, Map<String, String> brokerConfig,
                           LinkSettings network, boolean coldStart, List<Command.CreateTopic> topics,
                           List<ProducerSetup> producers) {

    /** The same cluster and workload with another seed (the desktop app's "restart with a new seed"). */
    public ClusterSetup withSeed(long newSeed) {
        return new ClusterSetup(name, newSeed, brokers, controllers, brokerConfig, network, coldStart, topics,
                producers);
    }

    public ClusterSetup {
        brokerConfig = Map.copyOf(brokerConfig);
        topics = List.copyOf(topics);
        producers = List.copyOf(producers);
    }
}
