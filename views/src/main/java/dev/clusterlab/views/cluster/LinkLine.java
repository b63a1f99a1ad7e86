package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.LinkDirection;
import dev.clusterlab.snapshot.LinkSnapshot;

/**
 * A link as the cluster view draws it: its ends, what it looks like (normal, slowed, cut both
 * ways, cut one way) and the words beside it.
 *
 * @param cutFrom for {@link Look#CUT_ONE_WAY}, the end whose messages are lost; otherwise null
 * @param label   "250 ms", "1 → 2 cut", … or empty
 */
public record LinkLine(String a, String b, LinkSnapshot.Kind kind, Look look, String cutFrom, String label) {
    /** How a link is drawn; the colour lives here once, for the canvas and the legend. */
    public enum Look {
        NORMAL("link", "#8c959f"),
        SLOWED("slowed link", "#bf8700"),
        CUT("cut link", "#cf222e"),
        CUT_ONE_WAY("one-way cut", "#cf222e");

        private final String label;
        private final String colour;

        Look(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }

        public boolean dashed() {
            return this == CUT || this == CUT_ONE_WAY;
        }
    }

    static LinkLine of(LinkSnapshot l) {
        if (l.cutBothWays()) {
            return new LinkLine(l.a(), l.b(), l.kind(), Look.CUT, null, "cut");
        }
        if (l.anyCut()) {
            String from = l.aToB().cut() ? l.a() : l.b();
            String to = from.equals(l.a()) ? l.b() : l.a();
            return new LinkLine(l.a(), l.b(), l.kind(), Look.CUT_ONE_WAY, from, from + " → " + to + " cut");
        }
        if (l.slowed()) {
            return new LinkLine(l.a(), l.b(), l.kind(), Look.SLOWED, null, latencyLabel(l));
        }
        return new LinkLine(l.a(), l.b(), l.kind(), Look.NORMAL, null, "");
    }

    private static String latencyLabel(LinkSnapshot l) {
        LinkDirection ab = l.aToB();
        LinkDirection ba = l.bToA();
        if (ab.latencyMs() == ba.latencyMs()) {
            return ab.latencyMs() + " ms";
        }
        return l.a() + "→" + l.b() + " " + ab.latencyMs() + " ms · " + l.b() + "→" + l.a() + " " + ba.latencyMs() + " ms";
    }

    public boolean joins(String node, String other) {
        return (a.equals(node) && b.equals(other)) || (a.equals(other) && b.equals(node));
    }
}
