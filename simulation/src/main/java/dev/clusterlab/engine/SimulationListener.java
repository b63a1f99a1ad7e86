package dev.clusterlab.engine;

/** Watches every executed event: the trace writer, invariant checkers, the snapshot publisher. */
public interface SimulationListener {
    /** Called after an event ran; seq is its execution index. */
    void afterEvent(long seq, SimEvent event);
}
