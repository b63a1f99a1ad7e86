package dev.clusterlab.app.ui;

import dev.clusterlab.views.charts.ChartsView;
import dev.clusterlab.views.charts.ChartsViewModel;
import dev.clusterlab.views.cluster.ClusterSummaryView;
import dev.clusterlab.views.cluster.ClusterView;
import dev.clusterlab.views.charts.ChartsView;
import dev.clusterlab.views.clients.ClientsView;
import dev.clusterlab.views.events.EventsView;
import dev.clusterlab.views.legend.LegendView;
import dev.clusterlab.views.partitions.PartitionsView;
import dev.clusterlab.views.replicalog.ReplicaLogView;
import dev.clusterlab.views.status.StatusBarView;
import dev.clusterlab.views.theme.Theme;
import dev.clusterlab.views.timeline.ClockView;
import dev.clusterlab.views.timeline.TimeControlView;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's scene: the header (clock, time controls, summary), the nodes, the partitions, the status bar. */
public final class MainWindow {
    public static final String TITLE = "ClusterLab";
    static final double WIDTH = 960;
    static final double HEIGHT = 800;

    private MainWindow() {
    }

    public static Scene scene(WindowModels m, TimeControlViewModel time) {
        VBox header = new VBox(new ClockView(m.clock()), new TimeControlView(time), new ClusterSummaryView(m.summary()));
        header.getStyleClass().add("header-card");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(header);
        // The nodes above, the data views below as tabs (one per view); the divider can be dragged.
        TabPane views = new TabPane(tab("Partitions", new PartitionsView(m.partitions())));
        views.getTabs().add(tab("Replica logs", new ReplicaLogView(m.replicaLogs())));
        views.getTabs().add(tab("Timeline", new EventsView(m.events())));
        views.getTabs().add(tab("Charts", new ChartsView(m.charts())));
        views.setId(VIEWS_ID);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox nodes = new VBox(new ClusterView(m.cluster()), new ClientsView(m.clients()));
        ScrollPane nodesScroll = new ScrollPane(nodes); // nodes and clients may not fit above the divider
        nodesScroll.setFitToWidth(true);
        nodesScroll.getStyleClass().add("nodes-scroll");
        SplitPane center = new SplitPane(nodesScroll, views);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.6);
        root.setCenter(center);
        root.setBottom(new VBox(new StatusBarView(m.status()), new LegendView()));
        root.setPrefSize(WIDTH, HEIGHT);
        Scene scene = new Scene(root);
        Theme.apply(scene);
        TimeControlView.installShortcuts(scene, time);
        return scene;
    }

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
