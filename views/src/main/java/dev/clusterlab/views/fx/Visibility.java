package dev.clusterlab.views.fx;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * Whether a view can be seen. A tab pane hides the content of the tabs not selected by making
 * their parent invisible, so a view in a tab asks up the tree, and hears when its parent is shown
 * or hidden, to skip drawing (and following data) nobody would see.
 */
public final class Visibility {
    private Visibility() {
    }

    /** In a scene and visible all the way up. */
    public static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Runs changed whenever node or its (current) parent is shown or hidden, and when node moves to a parent. */
    public static void whenShownOrHidden(Node node, Runnable changed) {
        ChangeListener<Boolean> listener = (obs, was, is) -> changed.run();
        node.parentProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.visibleProperty().removeListener(listener);
            }
            if (now != null) {
                now.visibleProperty().addListener(listener);
            }
            changed.run();
        });
        node.visibleProperty().addListener(listener);
    }
}
