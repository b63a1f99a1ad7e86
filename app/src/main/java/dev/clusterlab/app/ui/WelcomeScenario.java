package dev.clusterlab.app.ui;

import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.fault.Command;
import dev.clusterlab.network.LinkSettings;
import java.util.List;
import java.util.Map;

/**
 * The scenario the desktop app opens with: three brokers, a three-node KRaft quorum, topic
 * {@code orders} (6 partitions, replication factor 3) and one producer, {@code checkout}, writing
 * 100 records/s over 20 keys. Kafka's defaults everywhere else.
 *
 * <p>{@link #setup()} is the one place that says what the welcome scenario is; once the scenario
 * loader exists it becomes {@code samples/welcome.json} loaded through it.
 */
public final class WelcomeScenario {
    public static final String NAME = "Welcome to ClusterLab";
    public static final long SEED = 42;

    private WelcomeScenario() {
    }

    /** A fresh simulation of the welcome scenario at time 0: the app's scenario factory. */
    public static ClusterSimulation create() {
        return new ClusterSimulation(setup());
    }

    static ClusterSetup setup() {
        Command.CreateTopic orders = new Command.CreateTopic("orders", 6, 3, Map.of(), null);
        ProducerSetup checkout = new ProducerSetup("checkout", "orders", 100, 20, 100, Map.of());
        return new ClusterSetup(NAME, SEED, 3, 3, Map.of(), LinkSettings.DEFAULT, false, List.of(orders),
                List.of(checkout));
    }
}
