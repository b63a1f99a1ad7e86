package dev.clusterlab.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.app.ui.UiBench;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code ui-bench [FILE.json] [--seconds N] [--warmup N] [--skip VM,...]}: opens the desktop window
 * (it needs a display) on the scenario, default {@code samples/large.json}, at "max speed", and
 * prints one JSON object with the FX work per frame and the click latencies. --skip leaves view
 * models out of the pump, to see what each costs. Exit 0 when both of the issue's
 * budgets held (frame work under 8 ms on average, every click's effect on screen within 200 ms),
 * 1 when one did not, 2 for bad input.
 */
public final class UiBenchCommand {
    static final Path DEFAULT_SCENARIO = Path.of("samples", "large.json");

    private UiBenchCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse("ui-bench", args, 1, Set.of("--seconds", "--warmup", "--skip"));
        Path file = o.positionalCount() == 0 ? DEFAULT_SCENARIO : o.file();
        long seconds = o.longValue("--seconds", 20L, 5);
        long warmup = o.longValue("--warmup", 5L, 0);
        Set<String> skip = o.value("--skip") == null ? Set.of() : Set.of(o.value("--skip").split(","));
        if (!UiBench.VIEW_MODELS.containsAll(skip)) {
            throw new UsageException("ui-bench: --skip takes view model names out of " + UiBench.VIEW_MODELS);
        }
        LoadedScenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
        ObjectNode report;
        try {
            report = UiBench.runStandalone(scenario, new UiBench.Settings(warmup * 1000, seconds * 1000, true, skip));
        } catch (Exception e) {
            err.println("ui-bench: " + e);
            e.printStackTrace(err);
            return 3;
        }
        out.println(report.toPrettyString());
        boolean ok = UiBench.withinBudget(report);
        err.println("ui-bench: FX work per frame " + report.at("/fxWorkPerFrameMs/average").asDouble() + " ms average, "
                + report.at("/fxWorkPerFrameMs/p99").asDouble() + " ms p99; slowest click "
                + report.get("clickMaxMs").asDouble() + " ms: " + (ok ? "within" : "OVER") + " the budget ("
                + UiBench.FRAME_BUDGET_MS + " ms per frame, " + UiBench.CLICK_BUDGET_MS + " ms per click)");
        return ok ? 0 : 1;
    }
}
