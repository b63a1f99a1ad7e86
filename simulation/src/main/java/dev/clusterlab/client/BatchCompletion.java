package dev.clusterlab.client;

import dev.clusterlab.log.RecordBatch;
import java.util.Set;
import org.apache.kafka.common.errors.FencedLeaderEpochException;
import org.apache.kafka.common.errors.InvalidMetadataException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.protocol.Errors;

/**
 * What happens to a batch when its answer comes (Kafka's Sender.completeBatch, canRetry, failBatch):
 * success is reported to the ledger; an error is counted, then the batch is retried (retriable,
 * attempts below retries, delivery timeout not passed; the idempotent rules of TransactionManager)
 * or failed; a duplicate sequence counts as success. Metadata errors ask for a refresh and apply a
 * newer leader named in the response (KIP-951).
 */
final class BatchCompletion {
    private final ProducerInstance producer;
    private final Set<ProducerBatch> inFlightBatches;
    private final ExponentialBackoff retryBackoff;

    BatchCompletion(ProducerInstance producer, Set<ProducerBatch> inFlightBatches, ExponentialBackoff retryBackoff) {
        this.producer = producer;
        this.inFlightBatches = inFlightBatches;
        this.retryBackoff = retryBackoff;
    }

    /** The answer for one batch; sent is the batch exactly as this attempt carried it. */
    void complete(ProducerBatch batch, RecordBatch sent, Errors error, long baseOffset, int leaderId, int leaderEpoch,
                  long nowMs) {
        if (producer.settings().maxInFlight() == 1) {
            producer.accumulator().unmute(batch.partition);
        }
        // a batch already expired on the client: a late answer changes nothing for the application
        boolean done = batch.isDone();
        if (error == Errors.NONE) {
            if (!done) {
                succeed(batch, sent, baseOffset);
            }
            return;
        }
        producer.client().stats().recordError(error);
        ClientMetadata metadata = producer.metadata();
        if (!done) {
            retryOrFail(batch, sent, error, baseOffset, nowMs);
        }
        if (error.exception() instanceof InvalidMetadataException) {
            if ((error.exception() instanceof NotLeaderOrFollowerException
                    || error.exception() instanceof FencedLeaderEpochException) && leaderId >= 0 && leaderEpoch >= 0) {
                metadata.updateLeaderHint(batch.partition, leaderId, leaderEpoch);
            }
            metadata.requestUpdate();
        }
    }

    private void retryOrFail(ProducerBatch batch, RecordBatch sent, Errors error, long baseOffset, long nowMs) {
        if (canRetry(batch, error, nowMs)) {
            reenqueue(batch, nowMs);
        } else if (error == Errors.DUPLICATE_SEQUENCE_NUMBER) {
            succeed(batch, sent, baseOffset); // an earlier attempt was written: success without a valid offset
        } else {
            fail(batch, error, batch.attempts() < producer.settings().retries());
        }
    }

    private boolean canRetry(ProducerBatch batch, Errors error, long nowMs) {
        ProducerSettings s = producer.settings();
        if (batch.hasReachedDeliveryTimeout(s.deliveryTimeoutMs(), nowMs) || batch.attempts() >= s.retries()) {
            return false;
        }
        IdempotenceManager idem = producer.idempotence();
        return idem == null ? error.exception() instanceof RetriableException : idem.canRetry(error, batch);
    }

    private void reenqueue(ProducerBatch batch, long nowMs) {
        inFlightBatches.remove(batch);
        batch.reenqueued(nowMs, retryBackoff.backoffMs(batch.attempts()),
                producer.metadata().leaderEpoch(batch.partition));
        producer.accumulator().reenqueue(batch);
    }

    /** Acknowledged: reported to the ledger with the identity the acknowledged attempt carried. */
    private void succeed(ProducerBatch batch, RecordBatch sent, long baseOffset) {
        finish(batch);
        if (producer.idempotence() != null) {
            producer.idempotence().handleCompletedBatch(batch);
        }
        producer.client().stats().recordAcked(batch.count());
        producer.client().ledger().onAcked(producer.topicPartition(batch.partition), sent.producerId(),
                sent.producerEpoch(), sent.baseSequence(), sent.count(), baseOffset);
    }

    /** acks=0: the batch is done once sent; nothing acknowledges it (offset -1), nothing is reported. */
    void completeUnacknowledged(ProducerBatch batch) {
        finish(batch);
    }

    private void fail(ProducerBatch batch, Errors error, boolean adjustSequenceNumbers) {
        finish(batch);
        producer.client().stats().recordFailed(batch.count());
        if (producer.idempotence() != null) {
            producer.idempotence().handleFailedBatch(batch, error, adjustSequenceNumbers);
        }
    }

    /** delivery.timeout.ms passed (queued or in flight): the records fail with a TimeoutException. */
    void expire(ProducerBatch batch) {
        boolean wasSent = batch.hasSequence() && batch.inRetry();
        finish(batch);
        producer.client().stats().recordFailed(batch.count());
        IdempotenceManager idem = producer.idempotence();
        if (idem != null) {
            if (wasSent) {
                idem.markSequenceUnresolved(batch);
            } else {
                idem.removeInFlightBatch(batch);
            }
        }
    }

    private void finish(ProducerBatch batch) {
        batch.markDone();
        inFlightBatches.remove(batch);
        producer.accumulator().deallocate(batch);
    }
}
