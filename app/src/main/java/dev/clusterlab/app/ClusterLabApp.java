package dev.clusterlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public class ClusterLabApp extends Application {
    static void launchApp(String[] args) {
        Application.launch(ClusterLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ClusterLab");
        stage.setScene(new Scene(new Label("ClusterLab"), 800, 600));
        stage.show();
    }
}
