package dev.clusterlab.app;

import dev.clusterlab.app.cli.BenchCommand;
import dev.clusterlab.app.cli.RunCommand;
import dev.clusterlab.app.cli.UiBenchCommand;
import dev.clusterlab.app.cli.UsageException;
import dev.clusterlab.app.cli.ValidateCommand;
import java.io.PrintStream;

/**
 * The headless command line: run, validate, bench. Never touches JavaFX (no class of the desktop
 * app is loaded from here), except ui-bench, which opens the window to measure it.
 */
public final class Cli {
    static final String USAGE = String.join("\n",
            "usage: clusterlab                                   open the desktop app",
            "       clusterlab FILE.json                         open the desktop app on a scenario",
            "       clusterlab run FILE.json [--seed N] [--report OUT.json] [--trace OUT.jsonl]",
            "       clusterlab validate FILE.json",
            "       clusterlab bench [--minutes N] [--seed N] [--brokers N] [--partitions N] [--rate N] [--producers N]",
            "       clusterlab ui-bench [FILE.json] [--seconds N] [--warmup N] [--skip VIEWMODEL,...]",
            "",
            "run       runs a scenario headless; the report goes to --report or stdout, a summary to stderr",
            "validate  checks a scenario file without running it",
            "bench     runs the standard workload (5 brokers, 3 controllers, 100 partitions RF 3,",
            "          10000 records/s, 10 simulated minutes) and prints one JSON object",
            "ui-bench  opens the window (needs a display) on FILE.json, default samples/large.json, at max",
            "          speed and prints FX work per frame and click latencies as JSON; exit 1 when over budget",
            "",
            "exit status: 0 every expectation held (or valid), 1 an expectation did not hold,",
            "             2 bad input or bad usage, 3 internal error (with a stack trace)");

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "run":
                    return RunCommand.execute(args, out, err);
                case "validate":
                    return ValidateCommand.execute(args, out, err);
                case "bench":
                    return BenchCommand.execute(args, out, err);
                case "ui-bench":
                    return UiBenchCommand.execute(args, out, err); // the only command that loads JavaFX
                case "help", "--help", "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    throw new UsageException("unknown command: " + args[0]);
            }
        } catch (UsageException e) {
            err.println("clusterlab: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (RuntimeException | Error e) {
            err.println("clusterlab: internal error (exit status 3), please report it with the scenario and seed:");
            e.printStackTrace(err);
            return 3;
        }
    }
}
