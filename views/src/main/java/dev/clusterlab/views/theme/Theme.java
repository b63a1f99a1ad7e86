package dev.clusterlab.views.theme;

import java.net.URL;
import java.util.Objects;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * ClusterLab's look: AtlantaFX's Primer Light for the controls (buttons, tables, tabs, menus), and
 * one stylesheet of colour variables and classes on top for ClusterLab's own views.
 */
public final class Theme {
    private static final String STYLESHEET = "clusterlab.css";

    private Theme() {
    }

    /** Makes Primer Light the look of every control of the application. FX thread, once at start. */
    public static void useForApplication() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    static String stylesheet() {
        URL url = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET + " is missing");
        return url.toExternalForm();
    }
}
