package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerQuorumSnapshot;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line about the cluster's health: brokers running and the active controller. FX thread. */
public final class ClusterSummaryViewModel {
    static final String RUNNING = "RUNNING";

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper engineStopped = new ReadOnlyBooleanWrapper(this, "engineStopped");

    public void update(ClusterSnapshot snapshot) {
        if (engineStopped.get()) {
            return;
        }
        summary.set(brokersText(snapshot) + " · " + controllerText(snapshot.controller()));
    }

    /** The engine thread died: say so instead of showing a frozen cluster as healthy. */
    public void engineFailed(Throwable failure) {
        engineStopped.set(true);
        summary.set("Simulation stopped: " + failure);
    }

    private static String brokersText(ClusterSnapshot snapshot) {
        return runningBrokers(snapshot) + " of " + snapshot.brokers().size() + " brokers running";
    }

    /** Brokers in state RUNNING (not fenced, frozen, shutting down or down). */
    public static long runningBrokers(ClusterSnapshot snapshot) {
        long running = 0;
        for (BrokerSnapshot broker : snapshot.brokers()) {
            if (RUNNING.equals(broker.state())) {
                running++;
            }
        }
        return running;
    }

    private static String controllerText(ControllerQuorumSnapshot quorum) {
        if (quorum.active() < 0) {
            return "no active controller";
        }
        return "active controller " + quorum.active() + " (epoch " + quorum.epoch() + ")";
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty engineStoppedProperty() {
        return engineStopped.getReadOnlyProperty();
    }
}
