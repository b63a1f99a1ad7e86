package dev.clusterlab.broker;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The broker process as Kafka's BrokerLifecycleManager sees it, plus how it last stopped.
 * Transitions are checked against an explicit table.
 */
public enum BrokerProcessState {
    /** Not started yet or stopped by a crash, a power failure or a wipe. */
    CRASHED,
    /** Registering with the controller. */
    STARTING,
    /** Registered, fenced, catching up on metadata. */
    RECOVERY,
    /** Unfenced and serving. */
    RUNNING,
    /** Asked the controller for a controlled shutdown; leadership is being moved away. */
    PENDING_CONTROLLED_SHUTDOWN,
    /** Exited after a controlled shutdown. */
    STOPPED;

    private static final Map<BrokerProcessState, Set<BrokerProcessState>> ALLOWED = Map.of(
            CRASHED, EnumSet.of(STARTING, CRASHED),
            STARTING, EnumSet.of(RECOVERY, CRASHED, STARTING),
            RECOVERY, EnumSet.of(RUNNING, STARTING, CRASHED, PENDING_CONTROLLED_SHUTDOWN),
            RUNNING, EnumSet.of(RECOVERY, STARTING, CRASHED, PENDING_CONTROLLED_SHUTDOWN),
            PENDING_CONTROLLED_SHUTDOWN, EnumSet.of(STOPPED, CRASHED),
            STOPPED, EnumSet.of(STARTING, CRASHED));

    public BrokerProcessState transitionTo(BrokerProcessState next) {
        if (!ALLOWED.get(this).contains(next)) {
            throw new IllegalStateException("illegal broker state transition " + this + " -> " + next);
        }
        return next;
    }
}
