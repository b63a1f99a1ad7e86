package dev.clusterlab.app;

import java.io.PrintStream;

/** The headless command line: run, validate, bench. Never touches JavaFX. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("unknown command: " + args[0]);
        return 2;
    }
}
