package dev.clusterlab.broker;

import dev.clusterlab.engine.SimNode;
import dev.clusterlab.protocol.BrokerHeartbeatRequest;
import dev.clusterlab.protocol.BrokerHeartbeatResponse;
import dev.clusterlab.protocol.BrokerRegistrationRequest;
import dev.clusterlab.protocol.BrokerRegistrationResponse;
import org.apache.kafka.common.protocol.Errors;

/**
 * Registration and heartbeats towards the active controller (Kafka's BrokerLifecycleManager):
 * register with a new incarnation, heartbeat every broker.heartbeat.interval.ms with the
 * metadata offset reached, ask to be unfenced once caught up, and to shut down when told to.
 */
final class BrokerLifecycle {
    private static final long INITIAL_RETRY_BACKOFF_MS = 100;
    private static final long MAX_RETRY_BACKOFF_MS = 2000;

    private final BrokerNode broker;
    private final String incarnationId;
    private BrokerProcessState state = BrokerProcessState.STARTING;
    private long brokerEpoch = -1;
    private int nextCorrelationId;
    private int registrationCorrelationId = -1;
    private int heartbeatCorrelationId = -1;
    private long retryBackoffMs = INITIAL_RETRY_BACKOFF_MS;
    private SimNode.Timer registrationTimer;
    private SimNode registrationSentTo;
    private SimNode.Timer heartbeatTimer;
    private boolean fencedByController = true;

    BrokerLifecycle(BrokerNode broker, String incarnationId) {
        this.broker = broker;
        this.incarnationId = incarnationId;
    }

    BrokerProcessState state() {
        return state;
    }

    long brokerEpoch() {
        return brokerEpoch;
    }

    boolean fencedByController() {
        return fencedByController;
    }

    void start() {
        if (registrationSentTo == null) {
            sendRegistration();
        }
    }

    /** Bootstrap of a cluster formed at t=0: already registered and unfenced. */
    void startRegistered(long epoch) {
        brokerEpoch = epoch;
        fencedByController = false;
        setState(BrokerProcessState.RECOVERY);
        setState(BrokerProcessState.RUNNING);
        heartbeatTimer = broker.schedule(0, "BrokerHeartbeatTimer", this::sendHeartbeat);
    }

    private void setState(BrokerProcessState next) {
        state = state.transitionTo(next);
    }

    private SimNode activeController() {
        int id = broker.activeControllerId();
        return id < 0 ? null : broker.simulation().node(id);
    }

    /**
     * One registration in flight at a time: it is retried after a back-off when it is refused
     * (DUPLICATE_BROKER_REGISTRATION while the old session lives, NOT_CONTROLLER) or gets no
     * answer within controller.quorum.request.timeout.ms.
     */
    private void sendRegistration() {
        SimNode controller = activeController();
        if (controller == null) {
            scheduleRegistrationRetry(retryBackoffMs);
            return;
        }
        registrationCorrelationId = nextCorrelationId++;
        registrationSentTo = controller;
        broker.send(controller, new BrokerRegistrationRequest(registrationCorrelationId, broker.brokerId(),
                incarnationId, broker.disk().cleanShutdownBrokerEpoch()));
        scheduleRegistrationRetry(broker.config().getLong("controller.quorum.request.timeout.ms"));
    }

    private void scheduleRegistrationRetry(long delayMs) {
        if (registrationTimer != null) {
            registrationTimer.cancel();
        }
        registrationTimer = broker.schedule(delayMs, "BrokerRegistrationRetry", this::sendRegistration);
    }

    void onRegistrationResponse(BrokerRegistrationResponse r) {
        if (r.correlationId() != registrationCorrelationId || state != BrokerProcessState.STARTING) {
            return;
        }
        if (r.error() != Errors.NONE) {
            long backoff = retryBackoffMs;
            retryBackoffMs = Math.min(retryBackoffMs * 2, MAX_RETRY_BACKOFF_MS);
            scheduleRegistrationRetry(backoff);
            return;
        }
        if (registrationTimer != null) {
            registrationTimer.cancel();
            registrationTimer = null;
        }
        brokerEpoch = r.brokerEpoch();
        broker.disk().clearCleanShutdown();
        retryBackoffMs = INITIAL_RETRY_BACKOFF_MS;
        setState(BrokerProcessState.RECOVERY);
        sendHeartbeat();
    }

    private long heartbeatIntervalMs() {
        return broker.config().getLong("broker.heartbeat.interval.ms");
    }

    private void sendHeartbeat() {
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        SimNode controller = activeController();
        if (controller != null) {
            heartbeatCorrelationId = nextCorrelationId++;
            broker.send(controller, new BrokerHeartbeatRequest(heartbeatCorrelationId, broker.brokerId(), brokerEpoch,
                    broker.image().offset(), !broker.metadataReady(),
                    state == BrokerProcessState.PENDING_CONTROLLED_SHUTDOWN));
        }
        heartbeatTimer = broker.schedule(heartbeatIntervalMs(), "BrokerHeartbeatTimer", this::sendHeartbeat);
    }

    void onHeartbeatResponse(BrokerHeartbeatResponse r) {
        if (r.correlationId() != heartbeatCorrelationId) {
            return;
        }
        if (r.error() == Errors.STALE_BROKER_EPOCH) {
            reregister();
            return;
        }
        if (r.error() != Errors.NONE) {
            return;
        }
        fencedByController = r.isFenced();
        if (state == BrokerProcessState.PENDING_CONTROLLED_SHUTDOWN) {
            if (r.shouldShutDown()) {
                broker.completeControlledShutdown();
            }
            return;
        }
        if (!r.isFenced() && state == BrokerProcessState.RECOVERY) {
            setState(BrokerProcessState.RUNNING);
        } else if (r.isFenced() && state == BrokerProcessState.RUNNING) {
            setState(BrokerProcessState.RECOVERY);
        }
    }

    private void reregister() {
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
            heartbeatTimer = null;
        }
        setState(BrokerProcessState.STARTING);
        brokerEpoch = -1;
        fencedByController = true;
        sendRegistration();
    }

    /** shutdownBroker: ask the controller to move leadership away, then exit when told to. */
    boolean beginControlledShutdown() {
        if (state != BrokerProcessState.RUNNING && state != BrokerProcessState.RECOVERY) {
            return false;
        }
        setState(BrokerProcessState.PENDING_CONTROLLED_SHUTDOWN);
        sendHeartbeat();
        return true;
    }

    /** Called when the active controller changes: talk to the new one at once. */
    void onControllerChange() {
        if (state == BrokerProcessState.STARTING) {
            if (activeController() != registrationSentTo) {
                sendRegistration(); // the one in flight went to a controller that is no longer active
            }
        } else if (brokerEpoch >= 0) {
            sendHeartbeat();
        }
    }

    void markStopped() {
        setState(BrokerProcessState.STOPPED);
    }
}
