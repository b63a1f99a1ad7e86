package dev.clusterlab.views.timeline;

import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.Locale;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The running scenario and its simulated clock, as the header shows them. FX thread. */
public final class ClockViewModel {
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", formatClock(0));
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed");
    private final ReadOnlyLongWrapper events = new ReadOnlyLongWrapper(this, "events");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");

    public void update(ClusterSnapshot snapshot) {
        scenarioName.set(snapshot.scenarioName());
        clock.set(formatClock(snapshot.nowMs()));
        seed.set(snapshot.seed());
        events.set(snapshot.events());
        details.set(String.format(Locale.ROOT, "seed %d · %,d events", snapshot.seed(), snapshot.events()));
    }

    /** Simulated time as {@code t = HH:MM:SS.mmm}, for example {@code t = 00:01:23.456}. */
    public static String formatClock(long timeMs) {
        long hours = timeMs / 3_600_000;
        long minutes = timeMs / 60_000 % 60;
        long seconds = timeMs / 1_000 % 60;
        long millis = timeMs % 1_000;
        return String.format(Locale.ROOT, "t = %02d:%02d:%02d.%03d", hours, minutes, seconds, millis);
    }

    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** Seed and event count in one line: {@code seed 42 · 1,234 events}. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
