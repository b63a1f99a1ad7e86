package dev.clusterlab.app;

/** Entry point of clusterlab.jar: subcommands run headless, no argument opens the desktop app. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        ClusterLabApp.launchApp(args);
    }
}
