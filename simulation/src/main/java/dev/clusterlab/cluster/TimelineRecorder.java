package dev.clusterlab.cluster;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.network.SimNetwork;
import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import dev.clusterlab.snapshot.TimelineField;
import dev.clusterlab.snapshot.TimelineSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the most recent executed events for the desktop app's timeline; added only when the app
 * asks for it, so headless runs never pay for it. Per event it asks describe() for the event's few
 * fields and keeps a delivered message as is (an immutable record, rendered only when shown).
 * Memory is bounded at any speed: entries live in fixed-size chunks and the oldest chunk goes once
 * the rest hold capacity entries; commands are also kept in their own bounded list.
 */
final class TimelineRecorder implements SimulationListener {
    static final int CHUNK_SIZE = 1024;

    private final int capacity;
    private final int commandCapacity;
    private final ArrayDeque<TimelineEntry[]> chunks = new ArrayDeque<>();
    private final ArrayDeque<TimelineEntry> commands = new ArrayDeque<>();
    /** Categories of message types, looked up by type (never iterated). */
    private final Map<String, TimelineCategory> messageCategories = new HashMap<>();
    private final Map<String, Object> scratch = new LinkedHashMap<>();
    private long chunksFirstSeq;
    private long endSeq;
    private TimelineEntry[] current;
    private List<TimelineEntry> commandsCopy = List.of();
    private TimelineSnapshot last = TimelineSnapshot.EMPTY;

    /**
     * capacity: entries shown (the newest ones; up to one chunk more is held); commandCapacity:
     * commands kept; startSeq: the seq of the first event it will hear.
     */
    TimelineRecorder(int capacity, int commandCapacity, long startSeq) {
        if (capacity < 1 || commandCapacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + ", commandCapacity " + commandCapacity);
        }
        this.capacity = capacity;
        this.commandCapacity = commandCapacity;
        this.chunksFirstSeq = startSeq;
        this.endSeq = startSeq;
    }

    @Override
    public void afterEvent(long seq, SimEvent event) {
        if (seq != endSeq) {
            throw new IllegalStateException("event seq " + seq + " where " + endSeq + " was expected");
        }
        TimelineEntry entry = entryOf(seq, event);
        int slot = (int) ((seq - chunksFirstSeq) % CHUNK_SIZE);
        if (slot == 0) {
            current = new TimelineEntry[CHUNK_SIZE];
            chunks.addLast(current);
            // Drop the oldest chunk once the others still hold capacity entries.
            if ((long) (chunks.size() - 2) * CHUNK_SIZE + 1 >= capacity) {
                chunks.removeFirst();
                chunksFirstSeq += CHUNK_SIZE;
            }
        }
        current[slot] = entry;
        endSeq = seq + 1;
        if (entry.isCommand()) {
            commands.addLast(entry);
            if (commands.size() > commandCapacity) {
                commands.removeFirst();
            }
            commandsCopy = null;
        }
    }

    private TimelineEntry entryOf(long seq, SimEvent event) {
        SimNode node = event.node();
        String type = event.type();
        if (event instanceof SimNetwork.Delivery d && d.message() instanceof Record message) {
            TimelineCategory category = messageCategories.computeIfAbsent(type, TimelineCategory::ofMessage);
            return TimelineEntry.ofMessage(seq, event.timeMs(), node.id(), type, category, described(event), message);
        }
        TimelineCategory category;
        boolean refused = false;
        if (event instanceof CommandEvent command) {
            category = TimelineCategory.COMMAND;
            refused = command.refusal() != null;
        } else if (event instanceof SimNetwork.ConnectionRefused) {
            category = TimelineCategory.NETWORK;
        } else if (node != null) {
            category = TimelineCategory.TIMER;
        } else {
            category = TimelineCategory.OTHER;
        }
        return TimelineEntry.of(seq, event.timeMs(), node == null ? "" : node.id(), type, category, refused,
                described(event));
    }

    /** The event's own fields, as text (they are few: ids, flags, a command's arguments). */
    private List<TimelineField> described(SimEvent event) {
        scratch.clear();
        event.describe(scratch);
        if (scratch.isEmpty()) {
            return List.of();
        }
        if (scratch.size() == 1) { // most often: the sender of a message
            Map.Entry<String, Object> f = scratch.entrySet().iterator().next();
            return List.of(new TimelineField(f.getKey(), TimelineEntry.text(f.getValue())));
        }
        List<TimelineField> fields = new ArrayList<>(scratch.size());
        for (Map.Entry<String, Object> f : scratch.entrySet()) {
            fields.add(new TimelineField(f.getKey(), TimelineEntry.text(f.getValue())));
        }
        return fields;
    }

    /** What has been recorded so far; the same instance while nothing new was. */
    TimelineSnapshot snapshot() {
        if (last.recording() && last.endSeq() == endSeq) {
            return last;
        }
        if (commandsCopy == null) {
            commandsCopy = List.copyOf(commands);
        }
        long firstSeq = Math.max(chunksFirstSeq, endSeq - capacity);
        last = TimelineSnapshot.of(this, chunks.toArray(new TimelineEntry[0][]), CHUNK_SIZE, chunksFirstSeq, firstSeq,
                endSeq, commandsCopy);
        return last;
    }
}
