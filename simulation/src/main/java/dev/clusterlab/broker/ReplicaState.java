package dev.clusterlab.broker;

/**
 * What a leader knows about one follower (Kafka's Replica state): its log end offset as of its
 * last fetch, and when it was last caught up.
 */
final class ReplicaState {
    final int brokerId;
    long logEndOffset = -1;
    long lastCaughtUpTimeMs;
    long lastFetchLeaderLogEndOffset = -1;
    long lastFetchTimeMs;
    long brokerEpoch = -1;

    ReplicaState(int brokerId) {
        this.brokerId = brokerId;
    }

    /** Reset when this broker becomes leader (Kafka's resetReplicaState for a new leader). */
    void resetForNewLeader(long nowMs, boolean inSync) {
        logEndOffset = -1;
        lastCaughtUpTimeMs = inSync ? nowMs : 0;
        lastFetchLeaderLogEndOffset = -1;
        lastFetchTimeMs = 0;
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
