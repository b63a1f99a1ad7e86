package dev.clusterlab.views.replicalog;

import java.util.List;

/**
 * The colour of a leader epoch: a fixed palette indexed by the epoch number, so an epoch keeps its
 * colour on every replica, in every frame and in the legend. Neighbouring epochs differ clearly,
 * which is what the eye needs at the offset where a new leader's records begin.
 */
public final class EpochPalette {
    /** Light fills that keep dark text readable; distinct hues in an order that alternates warm and cool. */
    static final List<String> COLORS = List.of(
            "#9ecae1", // blue
            "#fdae6b", // orange
            "#a1d99b", // green
            "#f4a6c6", // pink
            "#c6b3e6", // purple
            "#f2d56b", // yellow
            "#8fd5cf", // teal
            "#d9b38c"); // brown
    /** Records without an epoch (never in a real log). */
    static final String NO_EPOCH = "#d0d7de";

    private EpochPalette() {
    }

    /** The web colour (#rrggbb) of leaderEpoch. */
    public static String colorOf(int leaderEpoch) {
        return leaderEpoch < 0 ? NO_EPOCH : COLORS.get(leaderEpoch % COLORS.size());
    }
}
