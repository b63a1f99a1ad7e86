package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.cluster.ClusterSetup;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.snapshot.ClusterSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/** Runs a loaded scenario headless for its runFor, then builds the report and decides the expectations. */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /**
     * Runs the scenario. seedOverride (the --seed option) replaces the scenario's seed when not
     * null; traceOutOrNull names a trace file (JSON lines), written atomically, or null for none
     * (then no listener is added at all). An I/O error on the trace is an UncheckedIOException.
     */
    public static RunResult run(LoadedScenario s, Long seedOverride, Path traceOutOrNull) {
        return run(s, seedOverride, traceOutOrNull, () -> 0L);
    }

    /**
     * The same, measuring the report's wallMs with the caller's wall clock (nanoseconds): the
     * simulation module itself never reads the wall clock, so without one wallMs is 0.
     */
    public static RunResult run(LoadedScenario s, Long seedOverride, Path traceOutOrNull, LongSupplier wallClockNanos) {
        long seed = seedOverride != null ? seedOverride : s.setup().seed();
        ClusterSetup setup = seed == s.setup().seed() ? s.setup() : ScenarioLoader.withSeed(s.setup(), seed);
        TraceWriter trace = null;
        try {
            ClusterSimulation sim = new ClusterSimulation(setup);
            if (traceOutOrNull != null) {
                trace = TraceWriter.open(traceOutOrNull);
                sim.addListener(trace);
            }
            for (TimedCommand c : s.timeline()) {
                sim.schedule(c);
            }
            long startNanos = wallClockNanos.getAsLong();
            sim.runUntil(s.runForMs());
            long wallMs = (wallClockNanos.getAsLong() - startNanos) / 1_000_000;
            ClusterSnapshot snapshot = sim.snapshot();
            ObjectNode report = ReportBuilder.build(snapshot, s.scenario().name(), seed, wallMs);
            boolean held = ExpectationEvaluator.evaluate(s.expectations(), report);
            if (trace != null) {
                trace.commit();
                trace = null;
            }
            return new RunResult(report, held);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace " + traceOutOrNull + ": " + e.getMessage(), e);
        } finally {
            if (trace != null) {
                trace.abort();
            }
        }
    }
}
