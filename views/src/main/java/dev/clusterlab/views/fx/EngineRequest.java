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

    /** Pause (nothing more is due) or resume (from the current simulated time). */
    record SetPaused(boolean paused) implements EngineRequest {
    }

    /** Run events until a leader, ISR or active controller changes (meant for a paused simulation). */
    record StepToStateChange() implements EngineRequest {
    }

    /** Run the next simulatedMs of simulated time at once, whatever the speed (meant for a paused simulation). */
    record RunFor(long simulatedMs) implements EngineRequest {
        public RunFor {
            if (simulatedMs <= 0) {
                throw new IllegalArgumentException("simulatedMs must be positive: " + simulatedMs);
            }
        }
    }

    /** Run exactly the next event, whatever its time (meant for a paused simulation). */
    record StepEvent() implements EngineRequest {
    }

    /** Live snapshots carry this partition's replica logs from now on (the replica log view); topic null: none. */
    record WatchPartition(String topic, int partition) implements EngineRequest {
    }
}
