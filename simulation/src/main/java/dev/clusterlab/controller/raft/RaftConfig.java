package dev.clusterlab.controller.raft;

import dev.clusterlab.config.Config;

/**
 * The KRaft quorum settings (Kafka's QuorumConfig) read from the cluster's broker config, plus the
 * constants Kafka hard-codes in its raft module.
 */
public final class RaftConfig {
    /** KafkaRaftClient.MAX_FETCH_WAIT_MS: how long a leader parks a Fetch that has nothing new. */
    public static final long FETCH_MAX_WAIT_MS = 500;
    /** controller.quorum.retry.backoff.ms (QuorumConfig default 20; not a modelled config). */
    public static final long RETRY_BACKOFF_MS = 20;
    /** LeaderState.CHECK_QUORUM_TIMEOUT_FACTOR. */
    public static final double CHECK_QUORUM_TIMEOUT_FACTOR = 1.5;
    /** Base of the binary exponential election backoff (RaftUtil / KafkaRaftClient.RETRY_BACKOFF_BASE_MS). */
    public static final int ELECTION_BACKOFF_BASE_MS = 50;
    /** controller.quorum.append.linger.ms (QuorumConfig default 25; not a modelled config). */
    public static final long APPEND_LINGER_MS = 25;
    /** At most this many entries go into one fetch response (stands in for Kafka's fetch max bytes). */
    public static final int MAX_FETCH_ENTRIES = 2048;

    private final long fetchTimeoutMs;
    private final long electionTimeoutMs;
    private final long electionBackoffMaxMs;
    private final long requestTimeoutMs;

    public RaftConfig(long fetchTimeoutMs, long electionTimeoutMs, long electionBackoffMaxMs, long requestTimeoutMs) {
        if (fetchTimeoutMs <= 0 || electionTimeoutMs <= 0 || electionBackoffMaxMs <= 0 || requestTimeoutMs <= 0) {
            throw new IllegalArgumentException("quorum timeouts must be positive");
        }
        this.fetchTimeoutMs = fetchTimeoutMs;
        this.electionTimeoutMs = electionTimeoutMs;
        this.electionBackoffMaxMs = electionBackoffMaxMs;
        this.requestTimeoutMs = requestTimeoutMs;
    }

    /** Reads the controller.quorum.* settings from a config of {@code KafkaConfigs.BROKER}. */
    public static RaftConfig from(Config brokerConfig) {
        return new RaftConfig(
                brokerConfig.getLong("controller.quorum.fetch.timeout.ms"),
                brokerConfig.getLong("controller.quorum.election.timeout.ms"),
                brokerConfig.getLong("controller.quorum.election.backoff.max.ms"),
                brokerConfig.getLong("controller.quorum.request.timeout.ms"));
    }

    /** controller.quorum.fetch.timeout.ms (2000). */
    public long fetchTimeoutMs() {
        return fetchTimeoutMs;
    }

    /** controller.quorum.election.timeout.ms (1000); one round lasts a random time in [T, 2T). */
    public long electionTimeoutMs() {
        return electionTimeoutMs;
    }

    /** controller.quorum.election.backoff.max.ms (1000). */
    public long electionBackoffMaxMs() {
        return electionBackoffMaxMs;
    }

    /** controller.quorum.request.timeout.ms (2000). */
    public long requestTimeoutMs() {
        return requestTimeoutMs;
    }

    /** 1.5 × fetch timeout: a leader without fetches from a majority for this long resigns. */
    public long checkQuorumTimeoutMs() {
        return (long) (fetchTimeoutMs * CHECK_QUORUM_TIMEOUT_FACTOR);
    }

    /** fetch timeout / 2: the leader re-sends BeginQuorumEpoch to voters that have not fetched for this long. */
    public long beginQuorumEpochTimeoutMs() {
        return Math.max(1, fetchTimeoutMs / 2);
    }

    @Override
    public String toString() {
        return "RaftConfig(fetchTimeoutMs=" + fetchTimeoutMs + ", electionTimeoutMs=" + electionTimeoutMs
                + ", electionBackoffMaxMs=" + electionBackoffMaxMs + ", requestTimeoutMs=" + requestTimeoutMs + ")";
    }
}
