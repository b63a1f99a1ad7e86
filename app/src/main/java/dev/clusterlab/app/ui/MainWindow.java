package dev.clusterlab.app.ui;

import dev.clusterlab.views.cluster.ClusterSummaryView;
import dev.clusterlab.views.cluster.ClusterView;
import dev.clusterlab.views.cluster.ClusterViewModel;
import dev.clusterlab.views.cluster.ClusterSummaryViewModel;
import dev.clusterlab.views.legend.LegendView;
import dev.clusterlab.views.partitions.PartitionMatrixView;
import dev.clusterlab.views.partitions.PartitionMatrixViewModel;
import dev.clusterlab.views.partitions.PartitionsView;
import dev.clusterlab.views.partitions.PartitionsViewModel;
import dev.clusterlab.views.status.StatusBarView;
import dev.clusterlab.views.status.StatusBarViewModel;
import dev.clusterlab.views.theme.Theme;
import dev.clusterlab.views.timeline.ClockView;
import dev.clusterlab.views.timeline.ClockViewModel;
import dev.clusterlab.views.timeline.TimeControlView;
import dev.clusterlab.views.timeline.TimeControlViewModel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
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

    public static Scene scene(ClockViewModel clock, ClusterSummaryViewModel summary, PartitionsViewModel partitions,
                              StatusBarViewModel status, TimeControlViewModel time,
                              ClusterViewModel cluster, PartitionMatrixViewModel matrix) {
        VBox header = new VBox(new ClockView(clock), new TimeControlView(time), new ClusterSummaryView(summary));
        header.getStyleClass().add("header-card");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(header);
        // The nodes above, the data views below as tabs (one per view); the divider can be dragged.
        TabPane views = new TabPane(tab("Partitions", new PartitionsView(partitions)));
        views.getTabs().add(tab("Matrix", new PartitionMatrixView(matrix)));
        views.setId(VIEWS_ID);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox nodes = new VBox(new ClusterView(cluster));
        SplitPane center = new SplitPane(nodes, views);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.35);
        root.setCenter(center);
        root.setBottom(new VBox(new StatusBarView(status), new LegendView()));
        root.setPrefSize(WIDTH, HEIGHT);
        Scene scene = new Scene(root);
        Theme.apply(scene);
        TimeControlView.installShortcuts(scene, time);
        return scene;
    }

    /** The id of the tab pane holding the data views. */
    public static final String VIEWS_ID = "views";

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return tab;
    }
}
