package dev.clusterlab.broker;

/**
 * What a leader knows about one follower (Kafka's Replica state): its log end offset as of its
 * last fetch, and when it was last caught up.
 */
final class ReplicaState {
    /**
     * "Never": Kafka uses 0 on a wall clock, i.e. 1970; simulated time starts at 0, so "never" must
     * lie far before it (and still leave room for now - value without overflow).
     */
    static final long NEVER_MS = Long.MIN_VALUE / 4;

    final int brokerId;
    long logEndOffset = -1;
    long lastCaughtUpTimeMs = NEVER_MS;
    long lastFetchLeaderLogEndOffset = -1;
    long lastFetchTimeMs = NEVER_MS;
    long brokerEpoch = -1;
    /** The follower's registration as of registrationImage (the leader's metadata image). */
    dev.clusterlab.metadata.BrokerRegistration registration;
    dev.clusterlab.metadata.MetadataImage registrationImage;

    ReplicaState(int brokerId) {
        this.brokerId = brokerId;
    }

    /** Reset when this broker becomes leader (Kafka's resetReplicaState for a new leader). */
    void resetForNewLeader(long nowMs, boolean inSync) {
        logEndOffset = -1;
        lastCaughtUpTimeMs = inSync ? nowMs : NEVER_MS;
        lastFetchLeaderLogEndOffset = -1;
        lastFetchTimeMs = NEVER_MS;
    }

    /** Kafka's Replica.updateFetchStateOrThrow rule for lastCaughtUpTimeMs. */
    void updateFetchState(long fetchOffset, long leaderEndOffset, long nowMs, long followerBrokerEpoch) {
        if (fetchOffset >= leaderEndOffset) {
            lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, nowMs);
        } else if (fetchOffset >= lastFetchLeaderLogEndOffset) {
            lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, lastFetchTimeMs);
        }
        logEndOffset = fetchOffset;
        lastFetchLeaderLogEndOffset = leaderEndOffset;
        lastFetchTimeMs = nowMs;
        brokerEpoch = followerBrokerEpoch;
    }

    boolean isCaughtUp(long leaderEndOffset, long nowMs, long replicaLagTimeMaxMs) {
        return leaderEndOffset == logEndOffset || nowMs - lastCaughtUpTimeMs <= replicaLagTimeMaxMs;
    }
}
