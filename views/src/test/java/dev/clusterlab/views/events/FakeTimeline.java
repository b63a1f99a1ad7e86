package dev.clusterlab.views.events;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import dev.clusterlab.snapshot.MetricsHistory;
import dev.clusterlab.snapshot.NetworkSnapshot;
import dev.clusterlab.snapshot.RecordStats;
import dev.clusterlab.snapshot.ReplicaLogsSnapshot;
import dev.clusterlab.snapshot.TimelineCategory;
import dev.clusterlab.snapshot.TimelineEntry;
import dev.clusterlab.snapshot.TimelineField;
import dev.clusterlab.snapshot.TimelineSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A recorder for tests: entries appended by hand, snapshots holding at most capacity of them (one chunk each). */
final class FakeTimeline {
    private final int capacity;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private final List<TimelineEntry> commands = new ArrayList<>();
    private long timeMs;

    FakeTimeline(int capacity) {
        this.capacity = capacity;
    }

    /** A fetch request from a follower at node. */
    FakeTimeline fetch(String node) {
        return add(TimelineEntry.of(entries.size(), timeMs++, node, "FetchRequest", TimelineCategory.REPLICATION,
                false, List.of(new TimelineField("from", "9"), new TimelineField("fetchOffset", "" + entries.size()))));
    }

    FakeTimeline timer(String node, String type) {
        return add(TimelineEntry.of(entries.size(), timeMs++, node, type, TimelineCategory.TIMER, false, List.of()));
    }

    FakeTimeline fetches(String node, int n) {
        for (int i = 0; i < n; i++) {
            fetch(node);
        }
        return this;
    }

    FakeTimeline command(String action, String field, String value) {
        return add(TimelineEntry.of(entries.size(), timeMs++, "", action, TimelineCategory.COMMAND, false,
                List.of(new TimelineField(field, value))));
    }

    FakeTimeline refused(String action, String reason) {
        return add(TimelineEntry.of(entries.size(), timeMs++, "", "ActionRefused", TimelineCategory.COMMAND, true,
                List.of(new TimelineField("action", action), new TimelineField("reason", reason))));
    }

    private FakeTimeline add(TimelineEntry e) {
        entries.add(e);
        if (e.isCommand()) {
            commands.add(e);
        }
        return this;
    }

    long endSeq() {
        return entries.size();
    }

    TimelineSnapshot snapshot() {
        TimelineEntry[][] chunk = {entries.toArray(new TimelineEntry[0])};
        return TimelineSnapshot.of(this, chunk, Math.max(1, entries.size()), 0,
                Math.max(0, entries.size() - capacity), entries.size(), commands);
    }

    ClusterSnapshot cluster() {
        return new ClusterSnapshot("s", 1, timeMs, entries.size(), new ControllerQuorumSnapshot(1001, 1, 0), List.of(),
                List.of(), List.of(), List.of(), new RecordStats(0, 0, 0, 0, 0), List.of())
                .withLiveViews(NetworkSnapshot.EMPTY, ReplicaLogsSnapshot.NONE, snapshot(), MetricsHistory.EMPTY);
    }
}
