package dev.clusterlab.scenario;

/** The scenario's {@code cluster.network}: default latency and jitter of every link, and the drop rate. */
public record NetworkSpec(long latencyMs, long jitterMs, double dropRate) {
}
