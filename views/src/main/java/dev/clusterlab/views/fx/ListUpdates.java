package dev.clusterlab.views.fx;

import java.util.List;
import javafx.collections.ObservableList;

/** Updating an observable list from each snapshot without disturbing what did not change. */
public final class ListUpdates {
    private ListUpdates() {
    }

    /**
     * Makes target equal to next, replacing only the elements that differ (a table or pane keeps
     * its selection, focus and scroll position); a change of length replaces everything.
     */
    public static <T> void replaceChanged(ObservableList<T> target, List<T> next) {
        if (next.size() != target.size()) {
            target.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).equals(target.get(i))) {
                target.set(i, next.get(i));
            }
        }
    }
}
