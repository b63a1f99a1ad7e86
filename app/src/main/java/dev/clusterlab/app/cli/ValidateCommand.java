package dev.clusterlab.app.cli;

import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code validate FILE.json}: exit 0 with a one-line summary, or 2 with every problem. */
public final class ValidateCommand {
    private ValidateCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Path file = Options.parse("validate", args, 1, Set.of()).file();
        try {
            LoadedScenario s = ScenarioLoader.load(file);
            out.println(file + ": valid (" + s.setup().brokers() + " brokers, " + s.setup().controllers()
                    + " controllers, " + s.setup().topics().size() + " topics, " + s.setup().producers().size()
                    + " producers, " + s.timeline().size() + " actions)");
            return 0;
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
