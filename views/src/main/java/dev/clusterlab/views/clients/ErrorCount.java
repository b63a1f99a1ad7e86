package dev.clusterlab.views.clients;

/**
 * How often a producer got one error response, by Kafka's error name (NOT_ENOUGH_REPLICAS,
 * REQUEST_TIMED_OUT, NOT_LEADER_OR_FOLLOWER…); latest marks the error it got last.
 */
public record ErrorCount(String name, long count, boolean latest) {
}
