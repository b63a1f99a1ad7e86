package dev.clusterlab.views.replicalog;

/**
 * A line across one replica's column at the boundary above offset: its log end offset (where the
 * next record goes), its high watermark (records below are committed), its log start offset
 * (records below are deleted), and where each of its segments starts (the last one is active).
 */
public record Marker(Kind kind, long offset) {

    public enum Kind {
        LOG_END_OFFSET("LEO"),
        HIGH_WATERMARK("HW"),
        /** Not "LSO": in Kafka that is the last stable offset. */
        LOG_START_OFFSET("log start"),
        /** A segment's base offset (a rolled segment, read-only now). */
        SEGMENT("segment"),
        /** The active segment's base offset: appends go to this segment. */
        ACTIVE_SEGMENT("active segment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Kafka's abbreviation, as the view writes it beside the line. */
        public String label() {
            return label;
        }
    }

    /** The text beside the line, for example {@code LEO 12}. */
    public String label() {
        return kind.label() + " " + offset;
    }
}
