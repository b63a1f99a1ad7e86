package dev.clusterlab.views.status;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.InvariantStatus;
import dev.clusterlab.snapshot.PartitionSnapshot;
import dev.clusterlab.views.cluster.ClusterSummaryViewModel;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's facts: active controller, brokers up, offline partitions, acknowledged and
 * lost records, and the invariants (the first violated one named with the event that broke it).
 * FX thread.
 */
public final class StatusBarViewModel {
    private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.ROOT);

    private final ReadOnlyStringWrapper controller = new ReadOnlyStringWrapper(this, "controller", "");
    private final ReadOnlyStringWrapper brokers = new ReadOnlyStringWrapper(this, "brokers", "");
    private final ReadOnlyStringWrapper offlinePartitions = new ReadOnlyStringWrapper(this, "offlinePartitions", "");
    private final ReadOnlyStringWrapper records = new ReadOnlyStringWrapper(this, "records", "");
    private final ReadOnlyStringWrapper invariants = new ReadOnlyStringWrapper(this, "invariants", "");
    private final ReadOnlyBooleanWrapper recordsLost = new ReadOnlyBooleanWrapper(this, "recordsLost");
    private final ReadOnlyBooleanWrapper invariantViolated = new ReadOnlyBooleanWrapper(this, "invariantViolated");
    private final ReadOnlyBooleanWrapper partitionsOffline = new ReadOnlyBooleanWrapper(this, "partitionsOffline");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper noticeIsRefusal = new ReadOnlyBooleanWrapper(this, "noticeIsRefusal");

    public void update(ClusterSnapshot s) {
        controller.set(s.controller().active() < 0 ? "No active controller"
                : "Controller " + s.controller().active() + " · epoch " + s.controller().epoch());
        long up = ClusterSummaryViewModel.runningBrokers(s);
        brokers.set("Brokers up " + up + "/" + s.brokers().size());
        long offline = s.partitions().stream().filter(p -> !p.internal()).mapToInt(PartitionSnapshot::leader)
                .filter(leader -> leader < 0).count();
        offlinePartitions.set("Offline partitions " + offline);
        partitionsOffline.set(offline > 0);
        records.set("Acked " + count(s.records().acked()) + " · lost " + count(s.records().lostAcked()));
        recordsLost.set(s.records().lostAcked() > 0);
        invariants.set(invariantsText(s));
        invariantViolated.set(s.invariants().stream().anyMatch(i -> !i.held()));
    }

    /** A user command the simulation refused when it ran: shown until the next notice. */
    public void refused(String actionAndReason) {
        notice.set("Refused " + actionAndReason);
        noticeIsRefusal.set(true);
    }

    /** Where a step to the next state change stopped: shown until the next notice. */
    public void stoppedAt(List<String> changes) {
        noticeIsRefusal.set(false);
        notice.set(changes.isEmpty() ? "Stepped: no leader, ISR or controller change"
                : "Stopped at: " + String.join("; ", changes));
    }

    private static String invariantsText(ClusterSnapshot s) {
        if (s.invariants().isEmpty()) {
            return "No invariant checkers";
        }
        for (InvariantStatus i : s.invariants()) {
            if (!i.held()) {
                return i.name() + " violated at event " + i.violatedAtSeq() + " (t=" + i.violatedAtMs() + " ms): "
                        + i.detail();
            }
        }
        return s.invariants().size() == 1 ? "1 invariant holds" : s.invariants().size() + " invariants hold";
    }

    private String count(long n) {
        return counts.format(n);
    }

    public ReadOnlyStringProperty controllerProperty() {
        return controller.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty brokersProperty() {
        return brokers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty offlinePartitionsProperty() {
        return offlinePartitions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordsProperty() {
        return records.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty invariantsProperty() {
        return invariants.getReadOnlyProperty();
    }

    /** The latest refused command or stepping result, or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsRefusalProperty() {
        return noticeIsRefusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordsLostProperty() {
        return recordsLost.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty invariantViolatedProperty() {
        return invariantViolated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty partitionsOfflineProperty() {
        return partitionsOffline.getReadOnlyProperty();
    }
}
