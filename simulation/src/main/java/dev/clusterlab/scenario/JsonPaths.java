package dev.clusterlab.scenario;

import java.util.regex.Pattern;

/**
 * JSON paths as problems name them: {@code $.timeline[2].broker}; a member whose name is not a
 * plain identifier (a Kafka config name) in brackets: {@code $.cluster.config['min.insync.replicas']}.
 */
final class JsonPaths {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {
    }

    static String member(String parent, String name) {
        return IDENTIFIER.matcher(name).matches() ? parent + "." + name
                : parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the enclosing value, or null for the root. */
    static String parent(String path) {
        if (path.endsWith("']")) {
            return path.substring(0, path.lastIndexOf("['"));
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
