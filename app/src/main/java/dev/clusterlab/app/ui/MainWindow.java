package dev.clusterlab.app.ui;

import dev.clusterlab.views.cluster.ClusterSummaryView;
import dev.clusterlab.views.cluster.ClusterSummaryViewModel;
import dev.clusterlab.views.theme.Theme;
import dev.clusterlab.views.timeline.ClockView;
import dev.clusterlab.views.timeline.ClockViewModel;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's scene: the scenario header with its clock and the cluster summary. */
public final class MainWindow {
    public static final String TITLE = "ClusterLab";
    static final double WIDTH = 720;

    private MainWindow() {
    }

    public static Scene scene(ClockViewModel clock, ClusterSummaryViewModel summary) {
        VBox header = new VBox(new ClockView(clock), new ClusterSummaryView(summary));
        header.getStyleClass().add("header-card");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(header);
        root.setPrefWidth(WIDTH);
        Scene scene = new Scene(root);
        Theme.apply(scene);
        return scene;
    }
}
