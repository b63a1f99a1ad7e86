package dev.clusterlab.app.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.fault.TimedCommand;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.views.fx.FrameStats;
import dev.clusterlab.views.fx.SimulationDriver;
import dev.clusterlab.views.fx.SimulationEngine;
import dev.clusterlab.views.fx.SimulationPacer;
import dev.clusterlab.views.fx.SnapshotPump;
import dev.clusterlab.views.partitions.PartitionMatrixView;
import dev.clusterlab.views.theme.Theme;
import dev.clusterlab.views.partitions.PartitionMatrixViewModel;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The responsiveness benchmark: opens the real window on a scenario running as fast as possible,
 * shows the Matrix tab, and after a warm-up measures for a while (1) the FX-thread work of every
 * frame ({@link FrameStats}: pulse start to end of layout, and the pump's part), (2) the FX
 * thread's CPU time per frame (everything it did, input handling and scene-graph sync included),
 * (3) what each view model costs per snapshot, and (4) click latency: real mouse and keyboard
 * events through the JavaFX {@link Robot} (row clicks and Page Down in the matrix, tab switches,
 * a broker's context menu and its Crash and Restart items), each timed from the moment the robot
 * fires it until the end of the layout of the first frame that shows its effect.
 */
public final class UiBench {
    /** The issue's budgets: FX work per frame on average, and a click's effect on screen. */
    public static final double FRAME_BUDGET_MS = 8;
    public static final double CLICK_BUDGET_MS = 200;
    /** The view models the window pumps, by the names --skip and the report use. */
    public static final Set<String> VIEW_MODELS = Set.copyOf(WindowModels.NAMES);
    private static final long CLICK_TIMEOUT_MS = 5_000;
    private static final String NO_EFFECT = "no effect within " + CLICK_TIMEOUT_MS + " ms";

    /**
     * warmupMs before measuring, measureMs of measurement; brokerActions also crashes and restarts
     * a broker; skip names view models left out of the pump (clock, summary, cluster, partitions,
     * status, matrix), to see what one of them costs the window; their views then stay empty.
     */
    public record Settings(long warmupMs, long measureMs, boolean brokerActions, Set<String> skip) {
        public Settings {
            skip = Set.copyOf(skip);
        }
    }

    private final LoadedScenario scenario;
    private final Settings settings;
    private final Map<String, long[]> viewModelNanos = new LinkedHashMap<>(); // name -> {total, calls}
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ArrayNode clicks = new ObjectMapper().createArrayNode();
    private Scene scene;
    private SimulationEngine engine;
    private SnapshotPump pump;
    private FrameStats stats;
    private Runnable uninstallStats;
    private Robot robot;
    private PartitionMatrixViewModel matrix;
    private PartitionMatrixView matrixView;
    private TabPane tabs;
    private long fxThreadId;
    private long cpuStartNanos;
    private long wallStartNanos;
    private long drawsAtStart;
    private ClusterSnapshot snapshotAtStart;

    public UiBench(LoadedScenario scenario, Settings settings) {
        this.scenario = scenario;
        this.settings = settings;
    }

    /** Runs the whole benchmark on stage from a thread other than the FX thread; the report as JSON. */
    public ObjectNode run(Stage stage) throws Exception {
        fx(() -> open(stage));
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (engine.latestSnapshot() == null && System.nanoTime() < giveUp) {
            Thread.sleep(50); // building the simulation of a large scenario takes a moment
        }
        if (engine.latestSnapshot() == null) {
            fx(this::close);
            throw new IllegalStateException("the engine published no snapshot within 60 s");
        }
        Thread.sleep(settings.warmupMs());
        fx(this::startMeasuring);
        List<Click> plan = plan();
        long interval = settings.measureMs() / (plan.size() + 1);
        long endNanos = System.nanoTime() + settings.measureMs() * 1_000_000;
        for (Click click : plan) {
            Thread.sleep(interval);
            clicks.add(measure(click));
        }
        long rest = (endNanos - System.nanoTime()) / 1_000_000;
        if (rest > 0) {
            Thread.sleep(rest);
        }
        ObjectNode report = fx(this::report);
        fx(this::close);
        return report;
    }

    /** The same window as the app's, on this scenario, at the highest speed. FX thread. */
    private Void open(Stage stage) {
        Theme.useForApplication(); // the same look, so the same rendering cost, as the app
        fxThreadId = Thread.currentThread().getId();
        long seed = scenario.setup().seed();
        LongFunction<ClusterSimulation> create = s -> create(scenario, s);
        engine = new SimulationEngine(() -> SimulationDriver.of(create.apply(seed)), SimulationPacer.REAL_TIME,
                System::nanoTime);
        WindowModels models = WindowModels.create(engine);
        matrix = models.matrix();
        Map<String, Consumer<ClusterSnapshot>> viewModels = models.namedSnapshotConsumers();
        List<Consumer<ClusterSnapshot>> pumped = new ArrayList<>();
        viewModels.forEach((name, update) -> {
            if (!settings.skip().contains(name)) {
                pumped.add(timed(name, update));
            }
        });
        pump = new SnapshotPump(engine, pumped, models.summary()::engineFailed);
        pump.onRefusal(models.status()::refused);
        pump.onStateChange(models.status()::stoppedAt);
        TimeControlViewModel time = new TimeControlViewModel(
                new EngineTimeControls(engine, create, seed, new SplittableRandom(seed)::nextLong));
        scene = MainWindow.scene(models, time);
        stage.setTitle(MainWindow.TITLE + " · ui-bench");
        stage.setScene(scene);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(900, screen.getHeight()));
        stage.show();
        stage.requestFocus(); // keyboard input reaches the window even without a window manager
        scene.getRoot().applyCss(); // skins exist from here on: lookups find what they hold
        tabs = (TabPane) scene.lookup("#" + MainWindow.VIEWS_ID);
        tabs.getSelectionModel().select(tab("tab-matrix"));
        matrixView = (PartitionMatrixView) scene.lookup("#" + PartitionMatrixView.ID);
        scene.getRoot().requestFocus();
        robot = new Robot();
        stats = new FrameStats(System::nanoTime, threads::getCurrentThreadCpuTime);
        uninstallStats = stats.install(scene); // before the pump: its timer marks the start of each pulse
        pump.onPumped(stats::pumped);
        engine.start();
        pump.start();
        while (!time.fastestProperty().get()) {
            time.faster(); // through the time controls, as + does: up to "max speed"
        }
        return null;
    }

    static ClusterSimulation create(LoadedScenario scenario, long seed) {
        ClusterSimulation sim = new ClusterSimulation(scenario.setup().withSeed(seed));
        for (TimedCommand c : scenario.timeline()) {
            sim.schedule(c);
        }
        return sim;
    }

    private Consumer<ClusterSnapshot> timed(String name, Consumer<ClusterSnapshot> viewModel) {
        long[] cost = viewModelNanos.computeIfAbsent(name, n -> new long[2]);
        return snapshot -> {
            long start = System.nanoTime();
            viewModel.accept(snapshot);
            cost[0] += System.nanoTime() - start;
            cost[1]++;
        };
    }

    private Void startMeasuring() {
        stats.reset();
        viewModelNanos.values().forEach(c -> java.util.Arrays.fill(c, 0));
        cpuStartNanos = threads.getThreadCpuTime(fxThreadId);
        wallStartNanos = System.nanoTime();
        drawsAtStart = matrixView.drawCount();
        snapshotAtStart = engine.latestSnapshot();
        return null;
    }

    /** What the benchmark clicks and types, spread over the measurement. */
    private List<Click> plan() {
        List<Click> plan = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            plan.add(rowClick(1 + i * 3));
            plan.add(pageKey());
        }
        plan.add(tabClick("tab-partitions"));
        plan.add(tabClick("tab-matrix"));
        if (settings.brokerActions()) {
            plan.add(brokerMenu(1));
            plan.add(brokerMenuItem(1, "Crash", "CRASHED"::equals));
            plan.add(rowClick(2));
            plan.add(brokerMenu(1));
            plan.add(brokerMenuItem(1, "Restart", state -> !"CRASHED".equals(state)));
        }
        plan.add(rowClick(4));
        plan.add(tabClick("tab-partitions"));
        plan.add(tabClick("tab-matrix"));
        return plan;
    }

    /**
     * One user action: prepare (FX thread) moves the pointer where needed and returns the test
     * of its effect; fire sends the real input events.
     */
    private record Click(String name, Callable<BooleanSupplier> prepare, Consumer<Robot> fire) {
    }

    /** Clicks the visibleRow-th row on screen, or the next one that is not selected already. */
    private Click rowClick(int visibleRow) {
        return new Click("matrix row click", () -> {
            Node surface = scene.lookup("#" + PartitionMatrixView.SURFACE_ID);
            double bodyHeight = surface.getBoundsInLocal().getHeight() - PartitionMatrixView.HEADER_HEIGHT;
            int onScreen = Math.max(1, (int) (bodyHeight / PartitionMatrixView.ROW_HEIGHT) - 1);
            double y = 0;
            for (int k = 0; k < onScreen; k++) {
                int slot = (visibleRow + k) % onScreen;
                y = PartitionMatrixView.HEADER_HEIGHT + PartitionMatrixView.ROW_HEIGHT * (slot + 0.5);
                int row = matrixView.rowAt(y);
                if (row >= 0 && row != matrix.selectedRow()) {
                    break;
                }
            }
            moveTo(surface.localToScreen(PartitionMatrixView.NAME_WIDTH / 2, y));
            String before = matrix.selectedPartitionProperty().get();
            long draws = matrixView.drawCount();
            return () -> !Objects.equals(before, matrix.selectedPartitionProperty().get())
                    && matrixView.drawCount() > draws;
        }, r -> r.mouseClick(MouseButton.PRIMARY));
    }

    /** Page Down, or Page Up when the selection is on the last row already. */
    private Click pageKey() {
        KeyCode[] key = {KeyCode.PAGE_DOWN};
        return new Click("matrix Page Down/Up", () -> {
            int before = matrix.selectedRow();
            key[0] = before == matrix.rowCount() - 1 ? KeyCode.PAGE_UP : KeyCode.PAGE_DOWN;
            long draws = matrixView.drawCount();
            return () -> matrix.selectedRow() != before && matrixView.drawCount() > draws;
        }, r -> {
            r.keyPress(key[0]);
            r.keyRelease(key[0]);
        });
    }

    private Click tabClick(String tabId) {
        return new Click("tab switch to " + tabId.substring(4), () -> {
            moveTo(center(scene.lookup("#" + tabId)));
            Tab target = tab(tabId);
            return () -> tabs.getSelectionModel().getSelectedItem() == target;
        }, r -> r.mouseClick(MouseButton.PRIMARY));
    }

    private Click brokerMenu(int broker) {
        return new Click("broker context menu", () -> {
            moveTo(center(scene.lookup("#broker-" + broker)));
            return () -> showingMenu() != null;
        }, r -> r.mouseClick(MouseButton.SECONDARY));
    }

    /** Clicks the menu item; its effect is on screen when the tile's state label satisfies shown. */
    private Click brokerMenuItem(int broker, String action, java.util.function.Predicate<String> shown) {
        return new Click("broker " + action + " (through the engine)", () -> {
            ContextMenu menu = showingMenu();
            MenuItem item = menu == null ? null
                    : menu.getItems().stream().filter(i -> i.getText().startsWith(action)).findFirst().orElse(null);
            if (item == null || item.getStyleableNode() == null) {
                return () -> false;
            }
            moveTo(center(item.getStyleableNode()));
            Label label = (Label) scene.lookup("#broker-" + broker).lookup(".tile-state");
            return () -> shown.test(label.getText());
        }, r -> r.mouseClick(MouseButton.PRIMARY));
    }

    private static ContextMenu showingMenu() {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.isShowing()) {
                return menu;
            }
        }
        return null;
    }

    private Tab tab(String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static Point2D center(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void moveTo(Point2D point) {
        robot.mouseMove(point);
    }

    /**
     * Fires the click and waits for the first frame, after its layout, in which its effect holds.
     * Also notes when the first pressed mouse button or key reached the scene.
     */
    private ObjectNode measure(Click click) throws Exception {
        CompletableFuture<ObjectNode> done = new CompletableFuture<>();
        BooleanSupplier effect = fx(click.prepare());
        Thread.sleep(50); // the pointer has arrived before the press
        fx(() -> {
            long[] inputAt = {-1};
            EventHandler<InputEvent> arrival = e -> {
                if (inputAt[0] < 0 && (e.getEventType() == MouseEvent.MOUSE_PRESSED
                        || e.getEventType() == KeyEvent.KEY_PRESSED)) {
                    inputAt[0] = System.nanoTime();
                }
            };
            ContextMenu menu = showingMenu(); // a click on a menu item lands in the menu's own window
            Scene inputScene = menu != null ? menu.getScene() : scene;
            long firedAt = System.nanoTime();
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    if (!done.isDone() && effect.getAsBoolean()) {
                        long now = System.nanoTime();
                        ObjectNode c = clicks.objectNode();
                        c.put("what", click.name());
                        c.put("inputMs", inputAt[0] < 0 ? -1 : ms(inputAt[0] - firedAt));
                        c.put("effectOnScreenMs", ms(now - firedAt));
                        done.complete(c);
                        Runnable self = this;
                        Platform.runLater(() -> { // not while the pulse iterates its listeners
                            scene.removePostLayoutPulseListener(self);
                            inputScene.removeEventFilter(InputEvent.ANY, arrival);
                        });
                    }
                }
            };
            inputScene.addEventFilter(InputEvent.ANY, arrival);
            scene.addPostLayoutPulseListener(check);
            click.fire().accept(robot);
            return null;
        });
        try {
            return done.get(CLICK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            ObjectNode c = clicks.objectNode();
            c.put("what", click.name());
            c.put("error", NO_EFFECT);
            return c;
        }
    }

    private ObjectNode report() {
        long wallNanos = System.nanoTime() - wallStartNanos;
        long cpuNanos = threads.getThreadCpuTime(fxThreadId) - cpuStartNanos;
        ClusterSnapshot now = engine.latestSnapshot();
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = json.createObjectNode();
        r.put("scenario", scenario.scenario().name());
        r.put("brokers", now.brokers().size());
        r.put("partitions", now.partitions().size());
        r.put("measuredWallMs", Math.round(wallNanos / 1e6));
        r.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        r.put("systemLoadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        r.set("skippedViewModels", json.valueToTree(new java.util.TreeSet<>(settings.skip())));
        FrameStats.Summary frames = stats.frames();
        r.set("fxWorkPerFrameMs", summary(json, frames));
        r.set("fxCpuPerFrameMs", summary(json, stats.frameCpu()));
        r.set("pumpPerFrameMs", summary(json, stats.pumps()));
        FrameStats.Summary intervals = stats.intervals();
        r.put("framesPerSec", intervals.averageMs() == 0 ? 0 : Math.round(10_000 / intervals.averageMs()) / 10.0);
        r.put("frameIntervalMaxMs", intervals.maxMs());
        r.put("fxThreadCpuAllPerFrameMs", frames.count() == 0 ? 0 : ms(cpuNanos / frames.count()));
        r.put("fxThreadBusyPercent", Math.round(cpuNanos * 1000.0 / wallNanos) / 10.0);
        ObjectNode vms = r.putObject("viewModelMsPerSnapshot");
        long snapshots = 0;
        for (Map.Entry<String, long[]> e : viewModelNanos.entrySet()) {
            long[] c = e.getValue();
            vms.put(e.getKey(), c[1] == 0 ? 0 : ms(c[0] / c[1]));
            snapshots = Math.max(snapshots, c[1]);
        }
        r.put("snapshotsShown", snapshots);
        r.put("matrixDraws", matrixView.drawCount() - drawsAtStart);
        r.put("simulatedMs", now.nowMs() - snapshotAtStart.nowMs());
        r.put("events", now.events() - snapshotAtStart.events());
        r.put("speedup", Math.round((now.nowMs() - snapshotAtStart.nowMs()) / (wallNanos / 1e6) * 10) / 10.0);
        r.set("clicks", clicks);
        double clickMax = 0;
        boolean allClicksSeen = true;
        for (var c : clicks) {
            allClicksSeen &= c.has("effectOnScreenMs");
            clickMax = Math.max(clickMax, c.path("effectOnScreenMs").asDouble(0));
        }
        r.put("clickMaxMs", clickMax);
        ObjectNode budget = r.putObject("budget");
        budget.put("frameAverageUnder8Ms", frames.count() > 0 && frames.averageMs() < FRAME_BUDGET_MS);
        budget.put("frameCpuAverageUnder8Ms", stats.frameCpu().count() > 0
                && stats.frameCpu().averageMs() < FRAME_BUDGET_MS);
        budget.put("everyClickUnder200Ms", allClicksSeen && clickMax < CLICK_BUDGET_MS);
        return r;
    }

    private static ObjectNode summary(ObjectMapper json, FrameStats.Summary s) {
        ObjectNode o = json.createObjectNode();
        o.put("frames", s.count());
        o.put("average", s.averageMs());
        o.put("p99", s.p99Ms());
        o.put("max", s.maxMs());
        return o;
    }

    private Void close() {
        pump.stop();
        uninstallStats.run();
        engine.shutdown();
        scene.getWindow().hide();
        return null;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    /** Runs action on the FX thread and waits for its result. */
    static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Whether a report shows both budgets held. */
    public static boolean withinBudget(ObjectNode report) {
        return report.at("/budget/frameAverageUnder8Ms").asBoolean()
                && report.at("/budget/everyClickUnder200Ms").asBoolean();
    }

    /** Starts the toolkit, runs the benchmark in a window of its own and stops the toolkit. */
    public static ObjectNode runStandalone(LoadedScenario scenario, Settings settings) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        try {
            Stage stage = fx(Stage::new);
            return new UiBench(scenario, settings).run(stage);
        } finally {
            Platform.exit();
        }
    }
}
