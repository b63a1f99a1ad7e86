package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.TopicPartition;

/**
 * A follower fetch being answered: its session, and whether it opened it (a full answer). Parked
 * until new data arrives on one of the session's partitions or maxWaitMs passes.
 */
final class DelayedFetch {
    final SimNode from;
    final FetchRequest request;
    final FetchSession session;
    final boolean full;
    long deadlineMs;
    boolean done;

    DelayedFetch(SimNode from, FetchRequest request, FetchSession session, boolean full) {
        this.from = from;
        this.request = request;
        this.session = session;
        this.full = full;
    }

    /** Whether new data on tp completes this fetch (tp is in its session). */
    boolean watches(TopicPartition tp) {
        return session.contains(tp);
    }
}
