package dev.clusterlab.views.theme;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** ClusterLab's look: one stylesheet of colour variables and classes on top of Modena. */
public final class Theme {
    private static final String STYLESHEET = "clusterlab.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    static String stylesheet() {
        URL url = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET + " is missing");
        return url.toExternalForm();
    }
}
