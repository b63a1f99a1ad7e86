package dev.clusterlab.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed arguments of one subcommand: positional arguments and {@code --name value} options. */
public final class Options {
    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options(String command) {
        this.command = command;
    }

    /** Parses args (after the command name); every option takes one value and must be in allowed. */
    public static Options parse(String command, String[] args, int from, Set<String> allowed) throws UsageException {
        Options o = new Options(command);
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (!allowed.contains(a)) {
                    throw new UsageException(command + ": unknown option " + a
                            + (allowed.isEmpty() ? "" : " (options: " + String.join(", ", allowed) + ")"));
                }
                if (i + 1 >= args.length) {
                    throw new UsageException(command + ": option " + a + " needs a value");
                }
                if (o.values.put(a, args[++i]) != null) {
                    throw new UsageException(command + ": option " + a + " is given twice");
                }
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    /** The single positional argument (the scenario file). */
    public Path file() throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException(command + ": " + (positional.isEmpty() ? "missing the scenario FILE.json"
                    : "expected one FILE.json, got " + positional.size() + " arguments: " + String.join(" ", positional)));
        }
        return Path.of(positional.get(0));
    }

    public int positionalCount() {
        return positional.size();
    }

    public void noPositional() throws UsageException {
        if (!positional.isEmpty()) {
            throw new UsageException(command + ": unexpected argument " + positional.get(0));
        }
    }

    public String value(String option) {
        return values.get(option);
    }

    public Long longValue(String option, Long def, long min) throws UsageException {
        String v = values.get(option);
        if (v == null) {
            return def;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min) {
                throw new UsageException(command + ": " + option + " must be at least " + min + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + option + " needs an integer, not " + v);
        }
    }

    public double doubleValue(String option, double def) throws UsageException {
        String v = values.get(option);
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new UsageException(command + ": " + option + " must be a positive number, not " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + option + " needs a number, not " + v);
        }
    }

    /** An output file option: its directory must exist, so that a long run never ends unable to write. */
    public Path outputFile(String option) throws UsageException {
        String v = values.get(option);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        Path dir = p.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException(command + ": cannot write " + option + " " + v + ": directory " + dir
                    + " does not exist");
        }
        if (Files.isDirectory(p)) {
            throw new UsageException(command + ": cannot write " + option + " " + v + ": it is a directory");
        }
        return p;
    }
}
