package dev.clusterlab.engine;

/** Whether a node's process runs. */
public enum NodeStatus {
    /** Running: handles messages and timers. */
    UP,
    /** Frozen (long GC pause, SIGSTOP): events wait until it resumes. */
    PAUSED,
    /** Not running: events addressed to it are dropped. */
    DOWN
}
