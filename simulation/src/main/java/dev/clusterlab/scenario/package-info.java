/**
 * Scenario files (SCENARIO-FORMAT.md): loading, validation, the run, the report and the trace.
 *
 * <ul>
 *   <li>{@link dev.clusterlab.scenario.ScenarioLoader} reads a file into a
 *       {@link dev.clusterlab.scenario.LoadedScenario}: the {@link dev.clusterlab.scenario.Scenario} model,
 *       the engine's {@code ClusterSetup}, the timeline as {@code TimedCommand}s in time order, runFor and
 *       the expectations. Bad input is a {@link dev.clusterlab.scenario.ScenarioException} listing every
 *       problem, one per line: {@code FILE:LINE:COLUMN: $.json.path[2]: what is wrong}.</li>
 *   <li>{@link dev.clusterlab.scenario.ScenarioRunner} runs it headless and returns the report
 *       ({@link dev.clusterlab.scenario.ReportBuilder}) with the expectations decided
 *       ({@link dev.clusterlab.scenario.ExpectationEvaluator}); {@link dev.clusterlab.scenario.TraceWriter}
 *       writes the JSON-lines trace.</li>
 *   <li>Output files are written through {@link dev.clusterlab.scenario.AtomicFiles}: a crash never
 *       leaves a half-written report or trace.</li>
 * </ul>
 */
package dev.clusterlab.scenario;
