package dev.clusterlab.views.charts;

import javafx.scene.paint.Color;

/**
 * The colours of the charts' lines, from the theme's palette (clusterlab.css): a Canvas draws
 * with colours, not style classes, so they are named once here for the lines and their legend.
 */
public enum SeriesColor {
    BLUE("#0969da"),
    GREEN("#1a7f37"),
    RED("#cf222e"),
    AMBER("#bf8700"),
    PURPLE("#8250df");

    private final String hex;

    SeriesColor(String hex) {
        this.hex = hex;
    }

    public Color color() {
        return Color.web(hex);
    }
}
