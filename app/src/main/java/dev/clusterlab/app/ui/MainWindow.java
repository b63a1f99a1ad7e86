package dev.clusterlab.app.ui;

import dev.clusterlab.views.charts.ChartsView;
import dev.clusterlab.views.charts.ChartsViewModel;
import dev.clusterlab.views.cluster.ClusterSummaryView;
import dev.clusterlab.views.cluster.ClusterView;
import dev.clusterlab.views.charts.ChartsView;
import dev.clusterlab.views.clients.ClientsView;
import dev.clusterlab.views.events.EventsView;
import dev.clusterlab.views.legend.LegendView;
import dev.clusterlab.views.partitions.PartitionMatrixView;
import dev.clusterlab.views.partitions.PartitionsView;
import dev.clusterlab.views.replicalog.ReplicaLogView;
import dev.clusterlab.views.status.StatusBarView;
import dev.clusterlab.views.theme.Theme;
import dev.clusterlab.views.timeline.ClockView;
import dev.clusterlab.views.timeline.TimeControlView;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/** The main window's scene: the header (clock, time controls, summary), the nodes, the partitions, the status bar. */
public final class MainWindow {
    public static final String TITLE = "ClusterLab";
    /** A 1280×800 projector shows the whole window; a smaller screen gets a window that fits it. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private MainWindow() {
    }

    public static Scene scene(WindowModels m, TimeControlViewModel time) {
        // One compact row: the scenario and its clock, then the time controls. The summary line
        // only appears when the engine stopped (the status bar says the rest).
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ClockView clock = new ClockView(m.clock());
        clock.setMinWidth(0); // a long scenario name is cut short, never the buttons
        TimeControlView controls = new TimeControlView(time);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        HBox clockAndControls = new HBox(clock, gap, controls);
        clockAndControls.getStyleClass().add("header-row");
        VBox header = new VBox(clockAndControls, new ClusterSummaryView(m.summary()));
        header.getStyleClass().add("header-card");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        // The nodes (in a row, with their links) and the clients above, the data views below as
        // tabs; the divider can be dragged.
        TabPane views = new TabPane(tab("Partitions", new PartitionsView(m.partitions())));
        views.getTabs().add(tab("Matrix", new PartitionMatrixView(m.matrix())));
        views.getTabs().add(tab("Replica logs", new ReplicaLogView(m.replicaLogs())));
        views.getTabs().add(tab("Timeline", new EventsView(m.events())));
        views.getTabs().add(tab("Charts", new ChartsView(m.charts())));
        views.setId(VIEWS_ID);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox nodes = new VBox(new ClusterView(m.cluster()), new ClientsView(m.clients()));
        nodes.getStyleClass().add("nodes-column");
        ScrollPane nodesScroll = new ScrollPane(nodes); // many brokers and clients scroll
        nodesScroll.setFitToWidth(true);
        nodesScroll.getStyleClass().add("nodes-scroll");
        SplitPane center = new SplitPane(nodesScroll, views);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(NODES_SHARE);
        root.setCenter(center);
        VBox bottom = new VBox(new StatusBarView(m.status()), new LegendView());
        root.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(6, 0, 0, 0));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        root.setPrefSize(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        Scene scene = new Scene(root);
        Theme.apply(scene);
        TimeControlView.installShortcuts(scene, time);
        return scene;
    }

    /** The nodes' share of the window's height at start. */
    static final double NODES_SHARE = 0.5;

    /** The window's title while a scenario opened from a file runs. */
    public static String title(String scenarioName) {
        return TITLE + " — " + scenarioName;
    }

    /** Puts the menu bar above everything, the whole width of the window. */
    public static void addMenuBar(Scene scene, MenuBar menuBar) {
        BorderPane withMenu = new BorderPane(scene.getRoot());
        withMenu.setTop(menuBar);
        scene.setRoot(withMenu);
    }

    /** The seconds in the time controls' Run field (10 if it cannot be found). */
    public static int runForSeconds(Scene scene) {
        return scene.getRoot().lookup(".time-controls .spinner") instanceof Spinner<?> spinner
                && spinner.getValue() instanceof Integer seconds ? seconds : 10;
    }

    /** The id of the tab pane holding the data views. */
    public static final String VIEWS_ID = "views";

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return tab;
    }
}
