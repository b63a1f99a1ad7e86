package dev.clusterlab.client;

import dev.clusterlab.check.RecordLedger;
import dev.clusterlab.cluster.ProducerIdAllocator;
import dev.clusterlab.cluster.ProducerSetup;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimRandom;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.network.Message;
import dev.clusterlab.snapshot.ProducerSnapshot;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A producer client process: the application that calls send() at a rate, and the KafkaProducer
 * it uses (partitioner, accumulator, sender, metadata, idempotence), as Kafka 4.4 behaves with the
 * given configs. The node id is the producer's id. reconfigure() is a restart of the producer:
 * close() (in-flight batches complete), then a new KafkaProducer with a new producer id.
 */
public final class ProducerClient extends SimNode {
    private final List<Integer> bootstrapBrokerIds;
    private final ProducerIdAllocator pids;
    private final RecordLedger ledger;
    private final ProducerStats stats = new ProducerStats();
    private final SimRandom clientRandom;
    private final ProducerApplication app;
    private ProducerSetup setup;
    private ProducerInstance instance;
    private ProducerSetup pendingSetup;
    private boolean produceAfterRestart;
    private int nextCorrelationId;
    private Timer senderWake;
    private long senderWakeAtMs = Long.MAX_VALUE;

    public ProducerClient(Simulation sim, ProducerSetup setup, List<Integer> bootstrapBrokerIds,
                          ProducerIdAllocator pids, RecordLedger ledger) {
        super(sim, setup.id());
        ProducerSettings.parse(setup.config()); // a configuration error is thrown here, as Kafka's constructor does
        this.setup = setup;
        this.bootstrapBrokerIds = List.copyOf(bootstrapBrokerIds);
        this.pids = pids;
        this.ledger = ledger;
        this.clientRandom = sim.random("producer:" + setup.id() + ":client");
        this.app = new ProducerApplication(this, sim.random("producer:" + setup.id()), new Sink(), setup.keys(),
                setup.ratePerSec());
    }

    /** Configuration errors of a producer config map, in Kafka's wording; empty when valid. */
    public static List<String> validateConfig(Map<String, String> config) {
        return ProducerSettings.validate(config);
    }

    /** The process starts: a new KafkaProducer, and the application starts calling send(). */
    @Override
    protected void onStart() {
        instance = new ProducerInstance(this, setup, ProducerSettings.parse(setup.config()), bootstrapBrokerIds);
        app.start(nowMs());
    }

    @Override
    protected void onStop() {
        app.stop();
        instance = null;
        pendingSetup = null;
        senderWake = null;
        senderWakeAtMs = Long.MAX_VALUE;
    }

    /** Starts the application (and the process, for a producer that was created stopped). */
    public void startProducing() {
        if (!isUp()) {
            if (status() == dev.clusterlab.engine.NodeStatus.DOWN) {
                start();
            }
            return;
        }
        if (instance == null || app.isProducing()) {
            return;
        }
        if (pendingSetup != null) {
            produceAfterRestart = true;
            return;
        }
        app.start(nowMs());
    }

    /** The application stops calling send(); batches already handed over still complete. */
    public void stopProducing() {
        produceAfterRestart = false;
        app.stop();
    }

    public boolean isProducing() {
        return app.isProducing() || (pendingSetup != null && produceAfterRestart);
    }

    public void setRate(double ratePerSec) {
        if (ratePerSec < 0) {
            throw new IllegalArgumentException("ratePerSec must not be negative: " + ratePerSec);
        }
        setup = new ProducerSetup(setup.id(), setup.topic(), ratePerSec, setup.keys(), setup.valueBytes(),
                setup.config());
        app.setRate(ratePerSec, nowMs());
    }

    /**
     * Restarts the producer with new settings: close() the current KafkaProducer (its batches
     * complete), then create a new one (new producer id, fresh sequences, new config, keys, valueBytes).
     */
    public void reconfigure(ProducerSetup newSetup) {
        if (!newSetup.id().equals(id())) {
            throw new IllegalArgumentException("producer id cannot change: " + newSetup.id());
        }
        ProducerSettings.parse(newSetup.config());
        // the rate stays what it is (setRate changes it); config, keys and valueBytes change
        ProducerSetup next = new ProducerSetup(newSetup.id(), newSetup.topic(), app.ratePerSec(), newSetup.keys(),
                newSetup.valueBytes(), newSetup.config());
        setup = next;
        if (instance == null) {
            app.setKeys(next.keys());
            return;
        }
        pendingSetup = next;
        produceAfterRestart |= app.isProducing();
        app.stop();
        instance.close(nowMs());
    }

    /**
     * Optional: the broker's end of the connection was closed (its process crashed, so the OS reset
     * the TCP connection). Requests in flight to it fail at once with NETWORK_EXCEPTION and
     * metadata is refreshed, as in Kafka's NetworkClient. Without this call a silent broker is
     * noticed only after request.timeout.ms (REQUEST_TIMED_OUT), as for a network partition.
     */
    public void brokerConnectionClosed(int brokerId) {
        if (instance != null && isUp()) {
            instance.onConnectionClosed(brokerId, nowMs());
        }
    }

    @Override
    public void peerProcessDied(SimNode peer) {
        if (isUp() && peer instanceof dev.clusterlab.broker.BrokerNode b) {
            brokerConnectionClosed(b.brokerId());
        }
    }

    public ProducerSnapshot snapshot() {
        SortedMap<Integer, Integer> leaders = instance == null ? new TreeMap<>() : instance.believedLeaders();
        long pid = instance == null ? -1 : instance.producerId();
        // the running KafkaProducer's effective settings; the setup is what a reconfigure merges onto
        ProducerSettings settings = instance == null ? ProducerSettings.parse(setup.config()) : instance.settings();
        return new ProducerSnapshot(id(), setup.topic(), isProducing(), app.ratePerSec(), settings.acksName(), pid,
                stats.sent(), stats.acked(), stats.failed(), stats.errors(), leaders, settings.idempotent(),
                settings.lingerMs(), settings.batchSize(), setup.keys(), setup.valueBytes(),
                new TreeMap<>(setup.config()), stats.lastError());
    }

    @Override
    protected void onMessage(SimNode from, Message message) {
        if (instance != null) {
            instance.onMessage(from, message);
        }
    }

    /** Records handed to send() so far; with the two below, cheap enough to read after every event. */
    public long recordsSent() {
        return stats.sent();
    }

    /** Records acknowledged so far. */
    public long recordsAcked() {
        return stats.acked();
    }

    /** Records that finally failed so far. */
    public long recordsFailed() {
        return stats.failed();
    }

    // ---- services for the producer's parts (package-private) ----

    ProducerStats stats() {
        return stats;
    }

    RecordLedger ledger() {
        return ledger;
    }

    SimRandom clientRandom() {
        return clientRandom;
    }

    ProducerIdAllocator pids() {
        return pids;
    }

    int nextCorrelationId() {
        return nextCorrelationId++;
    }

    /** The broker node with this id, or null when the simulation has none. */
    SimNode broker(int brokerId) {
        return simulation().node(brokerId);
    }

    /** Asks for the sender to run at the given time (one pending wake-up: the earliest wins). */
    void wakeSenderAt(ProducerInstance of, long atMs) {
        if (of != instance || atMs == Long.MAX_VALUE) {
            return;
        }
        if (senderWake != null && !senderWake.isCancelled() && senderWakeAtMs <= atMs && senderWakeAtMs >= nowMs()) {
            return;
        }
        if (senderWake != null) {
            senderWake.cancel();
        }
        senderWakeAtMs = Math.max(atMs, nowMs());
        senderWake = schedule(senderWakeAtMs - nowMs(), "ProducerSenderWakeup", () -> {
            senderWake = null;
            senderWakeAtMs = Long.MAX_VALUE;
            if (instance == of) {
                of.runSender(nowMs());
            }
        });
    }

    /** send() may continue (metadata arrived, memory was freed). */
    void sendUnblocked(ProducerInstance of) {
        if (of == instance) {
            app.unblocked(nowMs());
        }
    }

    /** The closing KafkaProducer finished its batches: the restart completes with the new setup. */
    void instanceClosed(ProducerInstance of) {
        if (of != instance || pendingSetup == null) {
            return;
        }
        ProducerSetup next = pendingSetup;
        pendingSetup = null;
        if (senderWake != null) {
            senderWake.cancel();
            senderWake = null;
            senderWakeAtMs = Long.MAX_VALUE;
        }
        app.setKeys(next.keys());
        instance = new ProducerInstance(this, next, ProducerSettings.parse(next.config()), bootstrapBrokerIds);
        if (produceAfterRestart) {
            produceAfterRestart = false;
            app.start(nowMs());
        }
    }

    private final class Sink implements ProducerApplication.RecordSink {
        @Override
        public boolean trySend(int key, long nowMs) {
            return instance.trySend(key, nowMs);
        }

        @Override
        public void sendTimedOut(long nowMs) {
            stats.recordSent();
            stats.recordFailed(1);
        }

        @Override
        public void afterTick(long nowMs) {
            instance.afterAppends(nowMs);
        }

        @Override
        public long maxBlockMs() {
            return instance.settings().maxBlockMs();
        }
    }
}
