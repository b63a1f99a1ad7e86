package dev.clusterlab.app;

import dev.clusterlab.app.ui.EngineTimeControls;
import dev.clusterlab.app.ui.MainWindow;
import dev.clusterlab.app.ui.WelcomeScenario;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.views.cluster.ClusterSummaryViewModel;
import dev.clusterlab.views.cluster.ClusterViewModel;
import dev.clusterlab.views.fx.SimulationDriver;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.fx.SimulationPacer;
import dev.clusterlab.views.fx.SnapshotPump;
import dev.clusterlab.views.partitions.PartitionMatrixViewModel;
import dev.clusterlab.views.partitions.PartitionsViewModel;
import dev.clusterlab.views.status.StatusBarViewModel;
import dev.clusterlab.views.timeline.ClockViewModel;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: the scenario runs on the engine thread at real time, the window
 * shows the latest snapshot once per frame. Closing the window stops the engine.
 */
public class ClusterLabApp extends Application {
    /** Where the app's simulation comes from. */
    private static final LongFunction<ClusterSimulation> SCENARIO = WelcomeScenario::create;

    private SimulationEngine engine;
    private SnapshotPump pump;

    static void launchApp(String[] args) {
        Application.launch(ClusterLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long seed = WelcomeScenario.seed();
        engine = new SimulationEngine(() -> SimulationDriver.of(SCENARIO.apply(seed)), SimulationPacer.REAL_TIME,
                System::nanoTime);
        ClockViewModel clock = new ClockViewModel();
        ClusterSummaryViewModel summary = new ClusterSummaryViewModel();
        PartitionsViewModel partitions = new PartitionsViewModel();
        StatusBarViewModel status = new StatusBarViewModel();
        ClusterViewModel cluster = new ClusterViewModel(engine::submit);
        PartitionMatrixViewModel matrix = new PartitionMatrixViewModel();
        pump = new SnapshotPump(engine,
                List.of(clock::update, summary::update, cluster::update, partitions::update, status::update,
                        matrix::update),
                summary::engineFailed);
        pump.onRefusal(status::refused);
        pump.onStateChange(status::stoppedAt);

        stage.setTitle(MainWindow.TITLE);
        stage.setScene(MainWindow.scene(clock, summary, partitions, status, new TimeControlViewModel(
                new EngineTimeControls(engine, SCENARIO, seed, new SplittableRandom()::nextLong)),
                cluster, matrix));
        stage.show();
        stage.getScene().getRoot().requestFocus(); // no text field takes the keyboard shortcuts at start
        engine.start();
        pump.start();
    }

    @Override
    public void stop() {
        if (pump != null) {
            pump.stop();
        }
        if (engine != null) {
            engine.shutdown();
        }
    }
}
