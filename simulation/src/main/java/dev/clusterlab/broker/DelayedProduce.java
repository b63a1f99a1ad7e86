package dev.clusterlab.broker;

import dev.clusterlab.protocol.ProduceResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.protocol.Errors;

/**
 * An acks=all produce request waiting in purgatory until the high watermark of every partition
 * covers its batch, the request times out, or leadership moves.
 */
final class DelayedProduce {
    private final int correlationId;
    private final List<TopicPartition> partitions;
    private ProduceResponse.PartitionResponse[] results;
    private final Consumer<ProduceResponse> respond;
    private int outstanding;
    /** When the request times out (set by ProduceTimeouts). */
    long deadlineMs;
    private boolean done;

    DelayedProduce(int correlationId, List<TopicPartition> partitions, Consumer<ProduceResponse> respond) {
        this.correlationId = correlationId;
        this.partitions = partitions;
        this.results = new ProduceResponse.PartitionResponse[partitions.size()];
        this.respond = respond;
    }

    void setResult(int index, ProduceResponse.PartitionResponse result) {
        results[index] = result;
    }

    /** One partition waits for the high watermark to reach requiredOffset. */
    Waiter await(int index, long baseOffset, long requiredOffset) {
        outstanding++;
        return new Waiter(index, baseOffset, requiredOffset);
    }


    boolean isDone() {
        return done;
    }

    /** Sends the response now if nothing is outstanding. */
    void maybeComplete() {
        if (!done && outstanding == 0) {
            finish();
        }
    }

    /** The request's timeout: whatever still waits gets REQUEST_TIMED_OUT. */
    void expire() {
        if (done) {
            return;
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = new ProduceResponse.PartitionResponse(partitions.get(i), Errors.REQUEST_TIMED_OUT,
                        -1, -1, -1);
            }
        }
        finish();
    }

    private void finish() {
        done = true;
        List<ProduceResponse.PartitionResponse> list = new ArrayList<>(results.length);
        for (ProduceResponse.PartitionResponse r : results) {
            list.add(r);
        }
        results = null; // the request waits for its deadline to pass in ProduceTimeouts: keep it small
        respond.accept(new ProduceResponse(correlationId, list));
    }

    /** One partition's part of the request. */
    final class Waiter {
        final int index;
        final long requiredOffset;
        private final long baseOffset;

        Waiter(int index, long baseOffset, long requiredOffset) {
            this.index = index;
            this.baseOffset = baseOffset;
            this.requiredOffset = requiredOffset;
        }

        boolean isDone() {
            return done || results[index] != null;
        }

        void complete(Errors error, int leaderId, int leaderEpoch) {
            if (isDone()) {
                return;
            }
            results[index] = new ProduceResponse.PartitionResponse(partitions.get(index), error,
                    error == Errors.NONE || error == Errors.NOT_ENOUGH_REPLICAS_AFTER_APPEND ? baseOffset : -1,
                    leaderId, leaderEpoch);
            outstanding--;
            maybeComplete();
        }
    }
}
