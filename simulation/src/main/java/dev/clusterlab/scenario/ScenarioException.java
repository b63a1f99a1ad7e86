package dev.clusterlab.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file is bad input. It lists every problem found, each with the file, the JSON path
 * (like {@code $.timeline[2].broker}), and the line and column where known (0 when not). The
 * accessors describe the first problem; {@link #getMessage()} has one line per problem:
 * {@code FILE:LINE:COLUMN: $.PATH: what is wrong} (without {@code :LINE:COLUMN} when unknown).
 */
public final class ScenarioException extends Exception {
    private final transient List<Problem> problems;

    /** One thing wrong with a scenario file. line and column are 1-based, 0 when unknown. */
    public record Problem(Path file, String jsonPath, int line, int column, String message) {
        @Override
        public String toString() {
            String where = line > 0 ? file + ":" + line + ":" + column : String.valueOf(file);
            return where + ": " + jsonPath + ": " + message;
        }
    }

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Path file, String jsonPath, int line, int column, String message) {
        this(List.of(new Problem(file, jsonPath, line, column, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public Path file() {
        return problems.get(0).file();
    }

    public String jsonPath() {
        return problems.get(0).jsonPath();
    }

    public int line() {
        return problems.get(0).line();
    }

    public int column() {
        return problems.get(0).column();
    }
}
