package dev.clusterlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clusterlab.scenario.AtomicFiles;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.RunResult;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code run FILE.json [--seed N] [--report OUT.json] [--trace OUT.jsonl]}: runs the scenario
 * headless. The report goes to --report or stdout; a one-line summary goes to stderr. Exit 0 when
 * every expectation held, 1 when one did not, 2 for bad input or an unwritable output.
 */
public final class RunCommand {
    private RunCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse("run", args, 1, Set.of("--seed", "--report", "--trace"));
        Path file = o.file();
        Long seed = o.longValue("--seed", null, Long.MIN_VALUE);
        Path report = o.outputFile("--report");
        Path trace = o.outputFile("--trace");
        LoadedScenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
        RunResult result;
        try {
            result = ScenarioRunner.run(scenario, seed, trace, System::nanoTime);
        } catch (UncheckedIOException e) {
            err.println("run: " + e.getMessage());
            return 2;
        }
        String text = result.reportText();
        if (report != null) {
            try {
                AtomicFiles.write(report, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("run: cannot write the report " + report + ": " + e);
                return 2;
            }
        } else {
            out.print(text);
            out.flush();
        }
        err.println(summary(result));
        return result.allExpectationsHeld() ? 0 : 1;
    }

    /** One line: the scenario, seed and times, and which expectations failed and why. */
    static String summary(RunResult result) {
        JsonNode r = result.report();
        String head = r.path("scenario").asText() + " (seed " + r.path("seed").asText() + ", "
                + r.path("simulatedMs").asText() + " ms simulated, " + r.path("events").asText() + " events, "
                + r.path("wallMs").asText() + " ms wall): ";
        JsonNode expectations = r.path("expectations");
        List<String> failed = new ArrayList<>();
        for (JsonNode e : expectations) {
            if (!e.path("held").asBoolean()) {
                failed.add(describe(e.path("expect")) + " (" + e.path("detail").asText() + ")");
            }
        }
        if (expectations.isEmpty()) {
            return head + "no expectations";
        }
        if (failed.isEmpty()) {
            return head + "all " + expectations.size() + " expectations held";
        }
        return head + failed.size() + " of " + expectations.size() + " expectations failed: "
                + String.join("; ", failed);
    }

    private static String describe(JsonNode expect) {
        if (expect.has("invariant")) {
            return expect.path("invariant").asText() + (expect.path("expectViolated").asBoolean()
                    ? " expected violated" : "");
        }
        for (String op : List.of("atLeast", "atMost", "equals")) {
            if (expect.has(op)) {
                return expect.path("metric").asText() + " " + op + " " + expect.path(op).asText();
            }
        }
        return expect.toString();
    }
}
