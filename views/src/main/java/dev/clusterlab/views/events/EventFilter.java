package dev.clusterlab.views.events;

import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which timeline entries to show: one node or all (commands belong to no node and pass the node
 * filter), the categories switched on, one type or all, and a text found in the type, node or
 * fields. The first three are cheap checks; the text needs the entry's summary, which costs more.
 */
record EventFilter(String node, Set<TimelineCategory> categories, String type, String text) {
    static final EventFilter ALL = new EventFilter("", EnumSet.allOf(TimelineCategory.class), "", "");

    EventFilter {
        categories = java.util.Collections.unmodifiableSet(categories.isEmpty()
                ? EnumSet.noneOf(TimelineCategory.class) : EnumSet.copyOf(categories));
        text = text.strip().toLowerCase(Locale.ROOT);
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    /** Node, category and type. */
    boolean matchesCheaply(TimelineEntry e) {
        return categories.contains(e.category())
                && (type.isEmpty() || type.equals(e.type()))
                && (node.isEmpty() || e.isCommand() || node.equals(e.node()));
    }

    /** The text, in the type, the node or the one-line summary of the fields. */
    boolean matchesText(TimelineEntry e) {
        return !hasText() || contains(e.type()) || contains(e.node()) || contains(e.summary());
    }

    boolean matches(TimelineEntry e) {
        return matchesCheaply(e) && matchesText(e);
    }

    private boolean contains(String s) {
        return s.toLowerCase(Locale.ROOT).contains(text);
    }
}
