package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.protocol.FetchRequest;
import java.util.List;

/** A follower fetch parked until new data arrives on one of its partitions or maxWaitMs passes. */
final class DelayedFetch {
    final SimNode from;
    final FetchRequest request;
    SimNode.Timer timeout;
    List<Partition> watched = List.of();
    boolean done;

    DelayedFetch(SimNode from, FetchRequest request) {
        this.from = from;
        this.request = request;
    }
}
