package dev.clusterlab.snapshot;

/** One invariant checker: whether it held, what broke it and at which event (-1 if it held). */
public record InvariantStatus(String name, boolean held, String detail, long violatedAtSeq, long violatedAtMs) {
}
