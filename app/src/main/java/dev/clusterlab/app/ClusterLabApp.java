package dev.clusterlab.app;

import dev.clusterlab.app.ui.Dialogs;
import dev.clusterlab.app.ui.EngineTimeControls;
import dev.clusterlab.app.ui.MainMenu;
import dev.clusterlab.app.ui.MainWindow;
import dev.clusterlab.app.ui.ScenarioOpener;
import dev.clusterlab.app.ui.WelcomeScenario;
import dev.clusterlab.app.ui.WindowModels;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.views.fx.SimulationDriver;
import dev.clusterlab.views.theme.Theme;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.fx.SimulationPacer;
import dev.clusterlab.views.fx.SnapshotPump;
import dev.clusterlab.views.menu.RecentFiles;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application: the scenario runs on the engine thread at real time, the window
 * shows the latest snapshot once per frame. Closing the window stops the engine.
 */
public class ClusterLabApp extends Application {
    /** Where the app's simulation comes from. */
    private static final LongFunction<ClusterSimulation> SCENARIO = WelcomeScenario::create;

    /** The java.util.prefs node (under the user root) that keeps the recent files. */
    public static final String PREFERENCES_NODE_PROPERTY = "clusterlab.preferences";
    private static final String PREFERENCES_NODE = "ClusterLab";

    private SimulationEngine engine;
    private SnapshotPump pump;
    private ScenarioOpener opener;

    static void launchApp(String[] args) {
        Application.launch(ClusterLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Theme.useForApplication();
        long seed = WelcomeScenario.seed();
        engine = new SimulationEngine(() -> SimulationDriver.of(SCENARIO.apply(seed)), SimulationPacer.REAL_TIME,
                System::nanoTime);
        WindowModels models = WindowModels.create(engine);
        pump = new SnapshotPump(engine, models.snapshotConsumers(), models.summary()::engineFailed);
        pump.onRefusal(models.status()::refused);
        pump.onStateChange(models.status()::stoppedAt);

        stage.setTitle(MainWindow.TITLE);
        EngineTimeControls timeControls = new EngineTimeControls(engine, SCENARIO, seed,
                new SplittableRandom()::nextLong);
        TimeControlViewModel time = new TimeControlViewModel(timeControls);
        Scene scene = MainWindow.scene(models, time);
        opener = new ScenarioOpener(timeControls, time, new RecentFiles(RecentFiles.inPreferences(preferences())),
                stage::setTitle, (file, message) -> Dialogs.scenarioError(stage, file, message));
        MainWindow.addMenuBar(scene, new MainMenu(stage, opener, time, () -> MainWindow.runForSeconds(scene),
                models.cluster(), models.clients(), engine::submit, engine::latestSnapshot).build());
        stage.setScene(scene);
        stage.show();
        scene.getRoot().requestFocus(); // no text field takes the keyboard shortcuts at start
        engine.start();
        pump.start();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            openScenario(Path.of(args.get(0))); // a bad file is reported; the welcome scenario runs on
        }
    }

    /**
     * Opens a scenario file as File > Open does: true when it now runs; false when it is invalid,
     * its problems shown in a dialog and the current scenario still running. FX thread.
     */
    public boolean openScenario(Path file) {
        return opener.open(file);
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node(System.getProperty(PREFERENCES_NODE_PROPERTY, PREFERENCES_NODE));
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
