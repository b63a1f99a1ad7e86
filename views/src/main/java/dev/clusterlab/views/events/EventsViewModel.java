package dev.clusterlab.views.events;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import dev.clusterlab.snapshot.TimelineField;
import dev.clusterlab.snapshot.TimelineSnapshot;
import dev.clusterlab.views.timeline.ClockViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The timeline's rows: the newest recorded events that pass the filters, oldest first, at most
 * maxRows of them. Each frame it appends only what is new since the last snapshot, examining at
 * most a bounded number of entries newest first; whatever came faster than that is counted as
 * skipped (commands excepted: they are never skipped). While following, the oldest rows make room
 * for new ones; selecting a row stops following, so the rows the user reads stay where they are.
 * A filter change, or following again, rebuilds the rows from everything the recorder still
 * holds. FX thread.
 */
public final class EventsViewModel {
    /** The rows kept by default: enough to scroll back a while, few enough to append cheaply. */
    public static final int DEFAULT_MAX_ROWS = 2_000;
    /** The type filter's choice for every type. */
    public static final String ALL_TYPES = "All types";
    /** Entries examined per frame: cheap checks (node, category, type) on each. */
    static final int SCAN_PER_FRAME = 20_000;
    /** Entries whose text is searched per frame (a summary costs more than a cheap check). */
    static final int TEXT_CHECKS_PER_FRAME = 500;
    /** The same when the rows are rebuilt at once, after a user's change. */
    static final int TEXT_CHECKS_PER_REBUILD = 5_000;

    private final int maxRows;
    private final ObservableList<TimelineEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<NodeChoice> nodes = FXCollections.observableArrayList(NodeChoice.ALL);
    private final ObservableList<NodeChoice> readOnlyNodes = FXCollections.unmodifiableObservableList(nodes);
    private final ObservableList<String> types = FXCollections.observableArrayList(ALL_TYPES);
    private final ObservableList<String> readOnlyTypes = FXCollections.unmodifiableObservableList(types);
    private final Set<String> typesSeen = new HashSet<>();
    private final ObjectProperty<NodeChoice> nodeFilter = new SimpleObjectProperty<>(this, "nodeFilter",
            NodeChoice.ALL);
    private final StringProperty typeFilter = new SimpleStringProperty(this, "typeFilter", ALL_TYPES);
    private final StringProperty textFilter = new SimpleStringProperty(this, "textFilter", "");
    private final Map<TimelineCategory, BooleanProperty> categories = new EnumMap<>(TimelineCategory.class);
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ReadOnlyObjectWrapper<TimelineEntry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<TimelineField> details = FXCollections.observableArrayList();
    private final ObservableList<TimelineField> readOnlyDetails = FXCollections.unmodifiableObservableList(details);
    private final ReadOnlyStringWrapper detailsTitle = new ReadOnlyStringWrapper(this, "detailsTitle", "");
    private final ReadOnlyStringWrapper detailsText = new ReadOnlyStringWrapper(this, "detailsText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock",
            ClockViewModel.formatClock(0));
    private final ReadOnlyLongWrapper skipped = new ReadOnlyLongWrapper(this, "skipped");
    private final ReadOnlyLongWrapper newerNotShown = new ReadOnlyLongWrapper(this, "newerNotShown");

    private EventFilter filter = EventFilter.ALL;
    private TimelineSnapshot timeline = TimelineSnapshot.EMPTY;
    /** One past the newest seq looked at: the next frame starts there. */
    private long seenEndSeq;
    private List<String> nodeIds = List.of();
    private boolean showing = true;
    /** The newest snapshot that came while hidden, or null. */
    private ClusterSnapshot pendingWhileHidden;

    public EventsViewModel() {
        this(DEFAULT_MAX_ROWS);
    }

    public EventsViewModel(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        this.maxRows = maxRows;
        for (TimelineCategory c : TimelineCategory.values()) {
            BooleanProperty on = new SimpleBooleanProperty(this, c.label(), true);
            on.addListener((o, was, is) -> filtersChanged());
            categories.put(c, on);
        }
        nodeFilter.addListener((o, was, is) -> filtersChanged());
        typeFilter.addListener((o, was, is) -> filtersChanged());
        textFilter.addListener((o, was, is) -> filtersChanged());
        follow.addListener((o, was, is) -> {
            if (is) {
                select(null);
                rebuild();
            }
        });
    }

    /**
     * Whether the timeline can be seen (its tab shown). While hidden, a snapshot is only kept: at
     * full speed, following thousands of events per frame is the costliest thing a view does, and
     * nobody would see it. Shown again, the rows catch up at once with the newest events.
     */
    public void setShowing(boolean showing) {
        if (this.showing == showing) {
            return;
        }
        this.showing = showing;
        ClusterSnapshot waiting = pendingWhileHidden;
        pendingWhileHidden = null;
        if (!showing || waiting == null) {
            return;
        }
        if (follow.get() && waiting.timeline().sameRecordingAs(timeline)) {
            clock.set(ClockViewModel.formatClock(waiting.nowMs()));
            updateNodes(waiting);
            timeline = waiting.timeline();
            rebuild(); // the newest rows; what passed while hidden is not "skipped at this speed"
        } else {
            update(waiting);
        }
    }

    public boolean isShowing() {
        return showing;
    }

    public void update(ClusterSnapshot snapshot) {
        if (!showing) {
            pendingWhileHidden = snapshot;
            return;
        }
        clock.set(ClockViewModel.formatClock(snapshot.nowMs()));
        updateNodes(snapshot);
        TimelineSnapshot next = snapshot.timeline();
        if (!next.sameRecordingAs(timeline)) { // a new run: nothing of the old one applies
            timeline = next;
            typesSeen.clear();
            types.setAll(ALL_TYPES);
            select(null);
            follow.set(true);
            rebuild();
            return;
        }
        timeline = next;
        appendNew();
        updateStatus();
    }

    /** Appends what arrived since the last frame, newest first within this frame's budget. */
    private void appendNew() {
        long end = timeline.endSeq();
        long from = seenEndSeq;
        seenEndSeq = end;
        if (end <= from) {
            return;
        }
        long missed = Math.max(0, timeline.firstSeq() - from);
        long start = Math.max(from, timeline.firstSeq());
        if (!follow.get()) {
            appendInOrder(start, end, missed);
            return;
        }
        Scan scan = scan(start, end, maxRows, SCAN_PER_FRAME, TEXT_CHECKS_PER_FRAME);
        // Commands among the entries not examined are shown anyway, in place of the oldest found.
        List<TimelineEntry> rescued = commandsBetween(from, scan.oldestExamined, maxRows);
        List<TimelineEntry> found = scan.found;
        int displaced = Math.max(0, rescued.size() + found.size() - maxRows);
        found = found.subList(displaced, found.size());
        skipped.set(skipped.get() + missed + (scan.oldestExamined - start) - rescued.size() + displaced);
        List<TimelineEntry> added = new ArrayList<>(rescued.size() + found.size());
        added.addAll(rescued);
        added.addAll(found);
        if (added.size() >= maxRows) {
            rows.setAll(added.subList(added.size() - maxRows, added.size()));
        } else if (!added.isEmpty()) {
            int overflow = rows.size() + added.size() - maxRows;
            if (overflow > 0) {
                rows.remove(0, overflow);
            }
            rows.addAll(added);
        }
    }

    /**
     * While the user reads (not following): the rows stay put and new ones are added after them,
     * oldest first and without gaps, until maxRows; what does not fit waits for Follow.
     */
    private void appendInOrder(long start, long end, long missed) {
        skipped.set(skipped.get() + missed);
        List<TimelineEntry> added = new ArrayList<>();
        // Once something waits, everything after it waits too: the rows never have a gap.
        int room = newerNotShown.get() > 0 ? 0 : maxRows - rows.size();
        int textChecks = 0;
        long seq = start;
        for (; seq < end && added.size() < room && seq - start < SCAN_PER_FRAME; seq++) {
            TimelineEntry e = timeline.entry(seq);
            noteType(e.type());
            if (!filter.matchesCheaply(e)) {
                continue;
            }
            if (filter.hasText() && textChecks++ >= TEXT_CHECKS_PER_FRAME) {
                break;
            }
            if (filter.matchesText(e)) {
                added.add(e);
            }
        }
        newerNotShown.set(newerNotShown.get() + (end - seq));
        rows.addAll(added);
    }

    /** Rebuilds the rows from everything the recorder holds: the newest maxRows that pass the filters. */
    private void rebuild() {
        newerNotShown.set(0);
        skipped.set(0);
        long end = timeline.endSeq();
        seenEndSeq = end;
        Scan scan = scan(timeline.firstSeq(), end, maxRows, Integer.MAX_VALUE, TEXT_CHECKS_PER_REBUILD);
        // Commands older than what is held (or than the text budget reached) fill what room is left.
        List<TimelineEntry> rescued = commandsBetween(Long.MIN_VALUE, scan.oldestExamined,
                maxRows - scan.found.size());
        List<TimelineEntry> all = new ArrayList<>(rescued.size() + scan.found.size());
        all.addAll(rescued);
        all.addAll(scan.found);
        rows.setAll(all);
        if (selected.get() != null && !rows.contains(selected.get())) {
            select(null);
        }
        updateStatus();
    }

    /** The matching entries of seqs [from, end), newest first until room, the scan or the text budget runs out. */
    private Scan scan(long from, long end, int room, int maxScanned, int maxTextChecks) {
        List<TimelineEntry> found = new ArrayList<>();
        int textChecks = 0;
        long seq = end - 1;
        for (int scanned = 0; seq >= from && found.size() < room && scanned < maxScanned; seq--, scanned++) {
            TimelineEntry e = timeline.entry(seq);
            noteType(e.type());
            if (!filter.matchesCheaply(e)) {
                continue;
            }
            if (filter.hasText()) {
                if (textChecks++ >= maxTextChecks) {
                    break;
                }
                if (!filter.matchesText(e)) {
                    continue;
                }
            }
            found.add(e);
        }
        Collections.reverse(found);
        return new Scan(found, seq + 1);
    }

    /** Entries found oldest first; oldestExamined is the oldest seq looked at (end if none was). */
    private record Scan(List<TimelineEntry> found, long oldestExamined) {
    }

    /** Commands of seqs [from, before) that pass the filters, the newest at most room of them: never skipped. */
    private List<TimelineEntry> commandsBetween(long from, long before, int room) {
        List<TimelineEntry> out = new ArrayList<>();
        List<TimelineEntry> commands = timeline.commands();
        for (int i = commands.size() - 1; i >= 0 && out.size() < room; i--) {
            TimelineEntry c = commands.get(i);
            if (c.seq() < from) {
                break;
            }
            if (c.seq() < before && filter.matches(c)) {
                out.add(c);
            }
        }
        Collections.reverse(out);
        return out;
    }

    private void noteType(String type) {
        if (typesSeen.add(type)) {
            int at = Collections.binarySearch(types.subList(1, types.size()), type);
            types.add(1 + (at < 0 ? -at - 1 : at), type);
        }
    }

    private void updateNodes(ClusterSnapshot snapshot) {
        List<String> ids = new ArrayList<>();
        List<NodeChoice> choices = new ArrayList<>();
        choices.add(NodeChoice.ALL);
        for (BrokerSnapshot b : snapshot.brokers()) {
            ids.add(String.valueOf(b.id()));
            choices.add(new NodeChoice(String.valueOf(b.id()), "Broker " + b.id()));
        }
        for (ControllerSnapshot c : snapshot.controllers()) {
            ids.add(String.valueOf(c.id()));
            choices.add(new NodeChoice(String.valueOf(c.id()), "Controller " + c.id()));
        }
        for (ProducerSnapshot p : snapshot.producers()) {
            ids.add(p.id());
            choices.add(new NodeChoice(p.id(), "Producer " + p.id()));
        }
        if (!ids.equals(nodeIds)) {
            nodeIds = ids;
            NodeChoice chosen = nodeFilter.get();
            nodes.setAll(choices);
            if (!choices.contains(chosen)) {
                nodeFilter.set(NodeChoice.ALL);
            }
        }
    }

    private void filtersChanged() {
        Set<TimelineCategory> on = EnumSet.noneOf(TimelineCategory.class);
        categories.forEach((c, p) -> {
            if (p.get()) {
                on.add(c);
            }
        });
        NodeChoice node = nodeFilter.get() == null ? NodeChoice.ALL : nodeFilter.get();
        String type = typeFilter.get() == null || ALL_TYPES.equals(typeFilter.get()) ? "" : typeFilter.get();
        filter = new EventFilter(node.id(), on, type, textFilter.get() == null ? "" : textFilter.get());
        rebuild();
    }

    private void updateStatus() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d %s shown of %,d recorded", rows.size(),
                rows.size() == 1 ? "event" : "events", timeline.endSeq()));
        if (!timeline.recording()) {
            s.setLength(0);
            s.append("Not recording");
        }
        if (skipped.get() > 0) {
            s.append(String.format(Locale.ROOT, " · %,d events skipped at this speed", skipped.get()));
        }
        if (newerNotShown.get() > 0) {
            s.append(String.format(Locale.ROOT, " · %,d newer not shown: Follow to catch up", newerNotShown.get()));
        }
        status.set(s.toString());
    }

    /** Shows an entry's fields (null shows none). Looking at a row stops following. */
    public void select(TimelineEntry entry) {
        if (entry != null && follow.get()) {
            follow.set(false);
        }
        selected.set(entry);
        if (entry == null) {
            details.clear();
            detailsTitle.set("");
            detailsText.set("");
            return;
        }
        details.setAll(entry.fields());
        detailsTitle.set(title(entry));
        StringBuilder text = new StringBuilder();
        for (TimelineField f : entry.fields()) {
            text.append(f.name()).append(": ").append(f.value()).append('\n');
        }
        detailsText.set(text.isEmpty() ? "(no fields)" : text.toString().stripTrailing());
    }

    /** {@code FetchRequest at node 2 · seq 1,234 · t = 00:00:01.234}, {@code Command crashBroker · …}. */
    static String title(TimelineEntry e) {
        String what = e.refused() ? "Refused " + e.value("action")
                : e.isCommand() ? "Command " + e.type()
                : e.node().isEmpty() ? e.type() : e.type() + " at node " + e.node();
        return String.format(Locale.ROOT, "%s · seq %,d · %s", what, e.seq(), ClockViewModel.formatClock(e.timeMs()));
    }

    /** Simulated time as the clock shows it, without "t = ": {@code 00:01:23.456}. Cheap: called per visible cell. */
    public static String formatTime(long timeMs) {
        char[] out = new char[12];
        put(out, 0, timeMs / 3_600_000 % 100, 2);
        out[2] = ':';
        put(out, 3, timeMs / 60_000 % 60, 2);
        out[5] = ':';
        put(out, 6, timeMs / 1_000 % 60, 2);
        out[8] = '.';
        put(out, 9, timeMs % 1_000, 3);
        String s = new String(out);
        return timeMs >= 360_000_000 ? timeMs / 3_600_000 + s.substring(2) : s;
    }

    private static void put(char[] out, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    public ObservableList<TimelineEntry> rows() {
        return readOnlyRows;
    }

    /** The node filter's choices: all nodes, then each broker, controller and producer. */
    public ObservableList<NodeChoice> nodes() {
        return readOnlyNodes;
    }

    /** The type filter's choices: {@link #ALL_TYPES}, then every type seen so far, sorted. */
    public ObservableList<String> types() {
        return readOnlyTypes;
    }

    public ObjectProperty<NodeChoice> nodeFilterProperty() {
        return nodeFilter;
    }

    public StringProperty typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** Whether entries of a category are shown. */
    public BooleanProperty categoryProperty(TimelineCategory category) {
        return categories.get(category);
    }

    /** Keep the newest row in view; switched off by selecting a row or scrolling back. */
    public BooleanProperty followProperty() {
        return follow;
    }

    public ReadOnlyObjectProperty<TimelineEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected entry's fields, in its trace line's order. */
    public ObservableList<TimelineField> details() {
        return readOnlyDetails;
    }

    public ReadOnlyStringProperty detailsTitleProperty() {
        return detailsTitle.getReadOnlyProperty();
    }

    /** The selected entry's fields as "name: value" lines. */
    public ReadOnlyStringProperty detailsTextProperty() {
        return detailsText.getReadOnlyProperty();
    }

    /** How many rows are shown, of how many events, and what was skipped. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The simulated clock: {@code t = 00:01:23.456}. */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Events that came faster than a frame could examine since the rows were last rebuilt. */
    public ReadOnlyLongProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    /** Events that arrived while not following with no room left for them. */
    public ReadOnlyLongProperty newerNotShownProperty() {
        return newerNotShown.getReadOnlyProperty();
    }
}
