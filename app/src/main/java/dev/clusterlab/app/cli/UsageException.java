package dev.clusterlab.app.cli;

/** The command line itself is wrong (unknown command or option, missing argument): exit 2 with the usage. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
