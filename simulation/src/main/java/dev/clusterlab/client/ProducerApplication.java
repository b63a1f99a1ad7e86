package dev.clusterlab.client;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.log.RecordBatch;

/**
 * The application thread that calls send(): records fall due at ratePerSec with keys drawn
 * uniformly from k0..k(keys-1) (null keys when keys = 0). It runs in ticks, not one event per
 * record: each tick hands over every record due by now and the next tick comes at the next due
 * time, at least 1 ms later. While send() blocks (no metadata for the topic yet, or buffer.memory
 * full) no record is generated; after max.block.ms the blocked record fails with a TimeoutException
 * and the next one blocks again. Missed records are not made up after a block.
 */
final class ProducerApplication {
    /** Where records go: the current KafkaProducer instance, via the client. */
    interface RecordSink {
        /** Hands one record to send(); false when send() blocks. */
        boolean trySend(int key, long nowMs);

        /** A blocked send() gave up after max.block.ms. */
        void sendTimedOut(long nowMs);

        /** After a tick's records: lets the sender run if batches became ready. */
        void afterTick(long nowMs);

        long maxBlockMs();
    }

    private final SimNode node;
    private final SimRandom keyRandom;
    private final RecordSink sink;
    private int keys;
    private double ratePerSec;
    private boolean producing;
    private double nextDueMs;
    private long blockedSinceMs = -1;
    private SimNode.Timer tick;
    private long tickAtMs = Long.MAX_VALUE;

    ProducerApplication(SimNode node, SimRandom keyRandom, RecordSink sink, int keys, double ratePerSec) {
        this.node = node;
        this.keyRandom = keyRandom;
        this.sink = sink;
        this.keys = keys;
        this.ratePerSec = ratePerSec;
    }

    boolean isProducing() {
        return producing;
    }

    double ratePerSec() {
        return ratePerSec;
    }

    void setKeys(int keys) {
        this.keys = keys;
    }

    void start(long nowMs) {
        producing = true;
        nextDueMs = nowMs;
        blockedSinceMs = -1;
        scheduleTick(nowMs);
    }

    void stop() {
        producing = false;
        blockedSinceMs = -1;
        cancelTick();
    }

    void setRate(double rate, long nowMs) {
        ratePerSec = rate;
        if (producing) {
            nextDueMs = Math.max(nextDueMs, nowMs);
            if (blockedSinceMs < 0) {
                nextDueMs = Math.min(nextDueMs, nowMs + intervalMs());
            }
            scheduleTick(nowMs);
        }
    }

    /** send() may go on (metadata arrived or memory was freed). */
    void unblocked(long nowMs) {
        if (producing && blockedSinceMs >= 0) {
            blockedSinceMs = -1;
            nextDueMs = Math.max(nextDueMs, nowMs);
            scheduleTick(nowMs);
        }
    }

    private double intervalMs() {
        return 1000.0 / ratePerSec;
    }

    private void onTick() {
        tick = null;
        tickAtMs = Long.MAX_VALUE;
        if (!producing || ratePerSec <= 0) {
            return;
        }
        long now = node.nowMs();
        while (nextDueMs <= now) {
            if (blockedSinceMs >= 0 && now - blockedSinceMs >= sink.maxBlockMs()) {
                sink.sendTimedOut(now);
                nextDueMs += intervalMs();
                blockedSinceMs = now;
                continue;
            }
            int key = keys == 0 ? RecordBatch.NO_KEY : keyRandom.nextInt(keys);
            if (!sink.trySend(key, now)) {
                if (blockedSinceMs < 0) {
                    blockedSinceMs = now;
                }
                break;
            }
            blockedSinceMs = -1;
            nextDueMs += intervalMs();
        }
        sink.afterTick(now);
        if (blockedSinceMs >= 0) {
            scheduleAt(blockedSinceMs + sink.maxBlockMs(), now);
        } else {
            scheduleTick(now);
        }
    }

    private void scheduleTick(long nowMs) {
        if (!producing || ratePerSec <= 0) {
            return;
        }
        scheduleAt(Math.max((long) Math.ceil(nextDueMs), nowMs + (tick == null && nextDueMs <= nowMs ? 0 : 1)), nowMs);
    }

    private void scheduleAt(long atMs, long nowMs) {
        if (tick != null && tickAtMs <= atMs) {
            return;
        }
        cancelTick();
        tickAtMs = atMs;
        tick = node.schedule(atMs - nowMs, "ProducerSend", this::onTick);
    }

    private void cancelTick() {
        if (tick != null) {
            tick.cancel();
            tick = null;
            tickAtMs = Long.MAX_VALUE;
        }
    }
}
