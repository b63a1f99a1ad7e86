package dev.clusterlab.views.fx;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keys that open a focused node's context menu, as a right-click does: Enter, the menu key, Shift+F10. */
public final class MenuKeys {
    private MenuKeys() {
    }

    public static boolean opensMenu(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.ENTER
                || (e.getCode() == KeyCode.F10 && e.isShiftDown());
    }
}
