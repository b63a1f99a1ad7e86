package dev.clusterlab.views.fx;

import dev.clusterlab.fault.Command;

/** What the UI asks of the engine thread; queued and applied there, between chunks. */
public sealed interface EngineRequest {
    /** A user action, executed by the simulation at its current simulated time. */
    record Submit(Command command) implements EngineRequest {
    }

    /** A new speed factor, or SimulationPacer.AS_FAST_AS_POSSIBLE. */
    record ChangeSpeed(double speed) implements EngineRequest {
    }
}
