package dev.clusterlab.network;

/** Default behaviour of every link: latency, jitter and the probability that a message is lost. */
public record LinkSettings(long latencyMs, long jitterMs, double dropRate) {
    public static final LinkSettings DEFAULT = new LinkSettings(1, 0, 0.0);

    public LinkSettings {
        if (latencyMs < 0 || jitterMs < 0) {
            throw new IllegalArgumentException("latency and jitter must not be negative");
        }
        if (dropRate < 0 || dropRate > 1) {
            throw new IllegalArgumentException("dropRate must be in [0, 1]");
        }
    }
}
