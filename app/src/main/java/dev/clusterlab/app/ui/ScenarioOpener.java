package dev.clusterlab.app.ui;

import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioException;
import dev.clusterlab.scenario.ScenarioLoader;
import dev.clusterlab.views.menu.RecentFiles;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * File > Open: loads and validates a scenario file with the simulation's own loader. A bad file
 * is reported with the loader's message (file, JSON path, line and column) and changes nothing:
 * the running scenario keeps running. A good one replaces it from time 0 with the file's seed,
 * names the window after it, becomes what the restart actions restart, and heads the recent files.
 * Loading a scenario file takes milliseconds, so it runs on the FX thread; the simulation itself
 * is built on the engine thread.
 */
public final class ScenarioOpener {
    private final EngineTimeControls engine;
    private final TimeControlViewModel time;
    private final RecentFiles recent;
    private final Consumer<String> title;
    private final BiConsumer<Path, String> error;

    /**
     * @param title receives the window's new title
     * @param error shows a file's problems (the loader's message, one problem per line)
     */
    public ScenarioOpener(EngineTimeControls engine, TimeControlViewModel time, RecentFiles recent,
                          Consumer<String> title, BiConsumer<Path, String> error) {
        this.engine = engine;
        this.time = time;
        this.recent = recent;
        this.title = title;
        this.error = error;
    }

    /** Opens the file; false (with the problem shown) when it is not a valid scenario. FX thread. */
    public boolean open(Path file) {
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            error.accept(file, e.getMessage());
            return false;
        }
        engine.use(seed -> OpenedScenario.create(loaded, seed), loaded.setup().seed());
        time.restartSameSeed();
        title.accept(MainWindow.title(loaded.setup().name()));
        recent.add(file);
        return true;
    }

    public RecentFiles recentFiles() {
        return recent;
    }
}
