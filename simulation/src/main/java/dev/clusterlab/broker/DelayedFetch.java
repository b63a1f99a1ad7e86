package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.TopicPartition;

/** A follower fetch parked until new data arrives on one of its partitions or maxWaitMs passes. */
final class DelayedFetch {
    final SimNode from;
    final FetchRequest request;
    SimNode.Timer timeout;
    boolean done;
    DelayedFetch(SimNode from, FetchRequest request) {
        this.from = from;
        this.request = request;
    }

    /** Whether new data on tp completes this fetch (it fetches tp). */
    boolean watches(TopicPartition tp) {
        for (FetchRequest.PartitionData p : request.partitions()) {
            if (p.topicPartition() == tp || p.topicPartition().equals(tp)) {
                return true;
            }
        }
        return false;
    }
}
