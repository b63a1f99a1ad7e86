package dev.clusterlab.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.protocol.Errors;

/**
 * The idempotent part of Kafka's TransactionManager (no transactions): the producer id and epoch,
 * per-partition sequence numbers, the batches whose sequence is assigned and not yet completed
 * ("in flight" in Kafka's sense, including those queued for a retry), unresolved sequences after a
 * sent batch expired, and the local epoch bump that restarts a partition's sequences at 0.
 */
final class IdempotenceManager {
    private long producerId = -1;
    private short epoch = -1;
    private boolean epochBumpRequired;
    private final TreeSet<Integer> partitionsToRewrite = new TreeSet<>();
    private PartitionEntry[] entries = new PartitionEntry[0];

    /** Kafka's TxnPartitionEntry. */
    private static final class PartitionEntry {
        long producerId = -1;
        short epoch = -1;
        int nextSequence;
        int lastAckedSequence = -1;
        final List<ProducerBatch> inFlight = new ArrayList<>();
        int firstInFlightSequence = ProducerBatch.NO_SEQUENCE;
        boolean unresolved;
        /** The sequence after the highest expired batch whose fate is unknown. */
        int unresolvedNextSequence;
    }

    boolean hasProducerId() {
        return producerId >= 0;
    }

    long producerId() {
        return producerId;
    }

    short epoch() {
        return epoch;
    }

    void setProducerIdAndEpoch(long pid, short newEpoch) {
        producerId = pid;
        epoch = newEpoch;
    }

    /** False when no partition has an unresolved sequence (most of the time): the scan is skipped. */
    private boolean anyUnresolved;

    private PartitionEntry entry(int partition) {
        if (partition >= entries.length) {
            int old = entries.length;
            entries = Arrays.copyOf(entries, Math.max(partition + 1, old * 2));
            for (int i = old; i < entries.length; i++) {
                entries[i] = new PartitionEntry();
            }
        }
        return entries[partition];
    }

    boolean hasInflightBatches(int partition) {
        return !entry(partition).inFlight.isEmpty();
    }

    boolean hasStaleProducerIdAndEpoch(int partition) {
        PartitionEntry e = entry(partition);
        return e.producerId != producerId || e.epoch != epoch;
    }

    boolean hasUnresolvedSequence(int partition) {
        return entry(partition).unresolved;
    }

    int firstInFlightSequence(int partition) {
        return entry(partition).firstInFlightSequence;
    }

    /** Keeps the head's sequence beside the list: the drain asks for it for every batch it looks at. */
    private static void inFlightChanged(PartitionEntry e) {
        e.firstInFlightSequence = e.inFlight.isEmpty() ? ProducerBatch.NO_SEQUENCE : e.inFlight.get(0).baseSequence();
    }

    /** Removes a batch from the in-flight list; the head's sequence is re-read only when the head left. */
    private static void removeInFlight(PartitionEntry e, ProducerBatch batch) {
        List<ProducerBatch> f = e.inFlight;
        if (!f.isEmpty() && f.get(0) == batch) {
            f.remove(0);
            inFlightChanged(e);
        } else {
            f.remove(batch);
        }
    }

    /** Kafka's shouldStopDrainBatchesForPartition for the idempotent producer. */
    boolean shouldStopDrain(ProducerBatch first) {
        if (!hasProducerId()) {
            return true;
        }
        int p = first.partition;
        if (!first.hasSequence()) {
            if (hasInflightBatches(p) && hasStaleProducerIdAndEpoch(p)) {
                return true;
            }
            if (hasUnresolvedSequence(p)) {
                return true;
            }
        }
        int firstInFlight = firstInFlightSequence(p);
        return firstInFlight != ProducerBatch.NO_SEQUENCE && first.hasSequence()
                && first.baseSequence() != firstInFlight;
    }

    /** At drain: gives an unsequenced batch the producer state and the partition's next sequence. */
    void assignSequence(ProducerBatch batch) {
        int p = batch.partition;
        PartitionEntry e = entry(p);
        if (hasStaleProducerIdAndEpoch(p) && e.inFlight.isEmpty()) {
            startSequencesAtBeginning(e);
        }
        batch.setProducerState(producerId, epoch, e.nextSequence, true);
        e.nextSequence += batch.count();
        e.inFlight.add(batch);
        if (e.inFlight.size() == 1) {
            e.firstInFlightSequence = batch.baseSequence();
        }
    }

    void handleCompletedBatch(ProducerBatch batch) {
        PartitionEntry e = entry(batch.partition);
        removeInFlight(e, batch);
        if (batch.producerId() == producerId && batch.producerEpoch() == epoch) {
            e.lastAckedSequence = Math.max(e.lastAckedSequence, batch.lastSequence());
        }
    }

    /** A batch failed for good (Kafka's handleFailedBatch for the idempotent producer). */
    void handleFailedBatch(ProducerBatch batch, Errors error, boolean adjustSequenceNumbers) {
        removeInFlight(entry(batch.partition), batch);
        if (error == Errors.OUT_OF_ORDER_SEQUENCE_NUMBER || error == Errors.UNKNOWN_PRODUCER_ID
                || adjustSequenceNumbers) {
            requestEpochBumpForPartition(batch.partition);
        }
    }

    /** A sent batch expired on the client: its fate on the broker is unknown. */
    void markSequenceUnresolved(ProducerBatch batch) {
        PartitionEntry e = entry(batch.partition);
        removeInFlight(e, batch);
        e.unresolvedNextSequence = e.unresolved ? Math.max(e.unresolvedNextSequence, batch.lastSequence() + 1)
                : batch.lastSequence() + 1;
        e.unresolved = true;
        anyUnresolved = true;
    }

    /** A batch expired before it was ever sent with this sequence. */
    void removeInFlightBatch(ProducerBatch batch) {
        removeInFlight(entry(batch.partition), batch);
    }

    /** Kafka's TransactionManager.canRetry for the idempotent (non-transactional) producer. */
    boolean canRetry(Errors error, ProducerBatch batch) {
        int p = batch.partition;
        if (error == Errors.UNKNOWN_PRODUCER_ID) {
            if (!batch.sequenceHasBeenReset()) {
                requestEpochBumpForPartition(p);
            }
            return true;
        }
        if (error == Errors.OUT_OF_ORDER_SEQUENCE_NUMBER) {
            if (!hasUnresolvedSequence(p)
                    && (batch.sequenceHasBeenReset() || !isNextSequence(p, batch.baseSequence()))) {
                return true; // a predecessor is being retried: this one follows it
            }
            if (!hasUnresolvedSequence(p) || batch.baseSequence() == entry(p).unresolvedNextSequence) {
                requestEpochBumpForPartition(p); // a real gap: restart the sequences under a new epoch
            }
            return true;
        }
        return error.exception() instanceof RetriableException;
    }

    private boolean isNextSequence(int partition, int sequence) {
        return sequence - entry(partition).lastAckedSequence == 1;
    }

    void requestEpochBumpForPartition(int partition) {
        epochBumpRequired = true;
        partitionsToRewrite.add(partition);
    }

    /** Kafka's maybeResolveSequences: once no batch of the partition is in flight, decide. */
    void maybeResolveSequences() {
        if (!anyUnresolved) {
            return;
        }
        anyUnresolved = false;
        for (int p = 0; p < entries.length; p++) {
            PartitionEntry e = entries[p];
            if (e.unresolved && e.inFlight.isEmpty()) {
                if (!isNextSequence(p, e.nextSequence)) {
                    requestEpochBumpForPartition(p);
                }
                e.unresolved = false;
            }
            anyUnresolved |= e.unresolved;
        }
    }

    /** Kafka's bumpIdempotentProducerEpoch: a local epoch bump; the partitions that asked restart at 0. */
    boolean bumpEpochIfNeeded() {
        if (!epochBumpRequired || !hasProducerId()) {
            return false;
        }
        if (epoch == Short.MAX_VALUE) {
            // Kafka's resetIdempotentProducerId: the epoch is exhausted, ask for a new producer id
            producerId = -1;
            epoch = -1;
            epochBumpRequired = false;
            partitionsToRewrite.clear();
            return true;
        }
        epoch++;
        for (int p : partitionsToRewrite) {
            PartitionEntry e = entry(p);
            startSequencesAtBeginning(e);
            e.unresolved = false;
        }
        partitionsToRewrite.clear();
        epochBumpRequired = false;
        return true;
    }

    private void startSequencesAtBeginning(PartitionEntry e) {
        int sequence = 0;
        for (ProducerBatch b : e.inFlight) {
            b.resetProducerState(producerId, epoch, sequence);
            sequence += b.count();
        }
        e.producerId = producerId;
        e.epoch = epoch;
        e.nextSequence = sequence;
        e.lastAckedSequence = -1;
        inFlightChanged(e);
    }
}
