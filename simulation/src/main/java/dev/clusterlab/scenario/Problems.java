package dev.clusterlab.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one scenario file, locating each JSON path in the text. */
final class Problems {
    private final Path file;
    private final LocatedTree tree;
    private final List<ScenarioException.Problem> list = new ArrayList<>();

    Problems(Path file, LocatedTree tree) {
        this.file = file;
        this.tree = tree;
    }

    void add(String path, String message) {
        int[] loc = tree.location(path);
        list.add(new ScenarioException.Problem(file, path, loc[0], loc[1], message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int count() {
        return list.size();
    }

    /** Throws when any problem was found. */
    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) {
            throw new ScenarioException(list);
        }
    }
}
