package dev.clusterlab.app;

import java.util.Locale;

/**
 * Entry point of clusterlab.jar: subcommands run headless; no argument, or a single scenario
 * file ({@code *.json}), opens the desktop app (on that scenario).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !opensApp(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        ClusterLabApp.launchApp(args);
    }

    /** No argument, or only a scenario file to open in the window. */
    public static boolean opensApp(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".json"));
    }
}
