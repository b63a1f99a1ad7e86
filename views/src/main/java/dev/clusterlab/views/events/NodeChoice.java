package dev.clusterlab.views.events;

/** One entry of the timeline's node filter: a node id ("" for every node) and how it is shown. */
public record NodeChoice(String id, String label) {
    public static final NodeChoice ALL = new NodeChoice("", "All nodes");

    public boolean isAll() {
        return id.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
