package dev.clusterlab.broker;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.config.Config;
import dev.clusterlab.metadata.MetadataImage;
import java.util.List;

/** What the parts of one broker share: identity, time, configs, its metadata image. */
interface BrokerContext {
    int brokerId();

    long nowMs();

    Config config();

    /** replica.lag.time.max.ms, read once. */
    long replicaLagTimeMaxMs();

    /** The broker's current (possibly stale) metadata image. */
    MetadataImage image();

    ClusterEvents events();

    /** Asks the controller for a new ISR (AlterPartition). */
    void requestIsrChange(Partition partition, List<Integer> newIsr);

}
