package dev.clusterlab.app.ui;

import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.views.charts.ChartsViewModel;
import dev.clusterlab.views.clients.ClientsViewModel;
import dev.clusterlab.views.cluster.ClusterSummaryViewModel;
import dev.clusterlab.views.cluster.ClusterViewModel;
import dev.clusterlab.views.events.EventsViewModel;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.partitions.PartitionMatrixViewModel;
import dev.clusterlab.views.partitions.PartitionsViewModel;
import dev.clusterlab.views.replicalog.ReplicaLogViewModel;
import dev.clusterlab.views.status.StatusBarViewModel;
import dev.clusterlab.views.timeline.ClockViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every view model of the main window that follows the snapshots, wired to the engine: the one
 * place a new view is added to (its model here, its view in {@link MainWindow}).
 */
public record WindowModels(ClockViewModel clock, ClusterSummaryViewModel summary, StatusBarViewModel status,
                           ClusterViewModel cluster, ClientsViewModel clients, PartitionsViewModel partitions,
                           ReplicaLogViewModel replicaLogs, EventsViewModel events, ChartsViewModel charts,
                           PartitionMatrixViewModel matrix) {

    /** The models of a window whose actions go to engine. */
    public static WindowModels create(SimulationEngine engine) {
        PartitionsViewModel partitions = new PartitionsViewModel();
        ReplicaLogViewModel replicaLogs = new ReplicaLogViewModel(
                tp -> engine.watchPartition(tp == null ? null : tp.topic(), tp == null ? -1 : tp.partition()),
                System::nanoTime);
        replicaLogs.partitionProperty().bindBidirectional(partitions.selectedPartitionProperty());
        PartitionMatrixViewModel matrix = new PartitionMatrixViewModel();
        matrix.onPartitionSelected(name -> partitions.selectedPartitionProperty()
                .set(PartitionsViewModel.partitionNamed(name)));
        partitions.selectedPartitionProperty().addListener((o, old, tp) -> {
            if (tp != null) {
                matrix.selectNamed(tp.topic() + "-" + tp.partition()); // the table and the matrix agree
            }
        });
        return new WindowModels(new ClockViewModel(), new ClusterSummaryViewModel(), new StatusBarViewModel(),
                new ClusterViewModel(engine::submit), new ClientsViewModel(engine::submit), partitions, replicaLogs,
                new EventsViewModel(), new ChartsViewModel(), matrix);
    }

    /** What each frame's snapshot is handed to, in this order. */
    public List<Consumer<ClusterSnapshot>> snapshotConsumers() {
        return List.copyOf(namedSnapshotConsumers().values());
    }

    /** The view models' names, in the order the snapshots are handed to them (the ui-bench's --skip takes them). */
    public static final List<String> NAMES = List.of("clock", "summary", "cluster", "clients", "partitions",
            "matrix", "status", "replicaLogs", "events", "charts");

    /** The same, by view name (the ui-bench times and may leave out each one). */
    public LinkedHashMap<String, Consumer<ClusterSnapshot>> namedSnapshotConsumers() {
        List<Consumer<ClusterSnapshot>> updates = List.of(clock::update, summary::update, cluster::update,
                clients::update, partitions::update, matrix::update, status::update, replicaLogs::update,
                events::update, charts::update);
        LinkedHashMap<String, Consumer<ClusterSnapshot>> named = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            named.put(NAMES.get(i), updates.get(i));
        }
        return named;
    }
}
