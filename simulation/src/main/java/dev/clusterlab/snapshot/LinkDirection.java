package dev.clusterlab.snapshot;

/**
 * One direction of a link.
 *
 * @param cut                messages this way are lost (a partition, also one-way, or an isolation)
 * @param latencyMs          the latency this way now
 * @param latencyOverridden  set by setLatency rather than the scenario's default
 */
public record LinkDirection(boolean cut, long latencyMs, boolean latencyOverridden) {
}
