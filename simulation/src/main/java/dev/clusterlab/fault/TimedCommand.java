package dev.clusterlab.fault;

/** A command from a scenario's timeline, due at a simulated time. */
public record TimedCommand(long atMs, Command command) {
}
