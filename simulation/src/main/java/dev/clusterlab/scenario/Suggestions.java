package dev.clusterlab.scenario;

import java.util.Collection;
import java.util.TreeSet;

/** "Did you mean" for misspelt names: the closest known name within a small edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"}, or "" when no known name is close enough. */
    static String didYouMean(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Math.max(1, Math.min(3, name.length() / 3)) + 1;
        for (String k : new TreeSet<>(known)) {
            int d = distance(name.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
