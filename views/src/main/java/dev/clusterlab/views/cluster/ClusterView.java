package dev.clusterlab.views.cluster;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Every controller and broker as a tile: id, state, role or partition counts, the active
 * controller marked. Right-click, or Enter / the menu key / Shift+F10 on a focused tile (Tab
 * moves between tiles), offers the actions that break or repair it.
 */
public final class ClusterView extends VBox {
    public static final String TILES_ID = "cluster-tiles";
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final ClusterViewModel model;
    private final FlowPane tiles = new FlowPane();

    public ClusterView(ClusterViewModel model) {
        this.model = model;
        getStyleClass().add("cluster-view");
        Label title = new Label("Cluster");
        title.getStyleClass().add("section-title");
        tiles.setId(TILES_ID);
        tiles.getStyleClass().add("cluster-tiles");
        getChildren().addAll(title, tiles);
        model.tiles().addListener((ListChangeListener<NodeTile>) change -> rebuild());
        rebuild();
    }

    /** Updates the tiles in place (a rebuilt tile would lose focus and an open menu's anchor). */
    private void rebuild() {
        List<NodeTile> current = model.tiles();
        while (tiles.getChildren().size() > current.size()) {
            tiles.getChildren().remove(tiles.getChildren().size() - 1);
        }
        for (int i = 0; i < current.size(); i++) {
            if (i == tiles.getChildren().size()) {
                tiles.getChildren().add(new TileNode());
            }
            ((TileNode) tiles.getChildren().get(i)).show(current.get(i));
        }
    }

    /** One tile; it keeps its labels and shows whichever node it is given. */
    private final class TileNode extends VBox {
        private final Label name = new Label();
        private final Label state = new Label();
        private final Label detail = new Label();
        private NodeTile shown;

        TileNode() {
            name.getStyleClass().add("tile-title");
            state.getStyleClass().add("tile-state");
            detail.getStyleClass().add("tile-detail");
            getChildren().addAll(name, state, detail);
            getStyleClass().add("node-tile");
            setFocusTraversable(true);
            Tooltip.install(this, new Tooltip("Right-click, or Enter / the menu key, for actions"));
            setOnContextMenuRequested(e -> {
                menu(shown).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            setOnMouseClicked(e -> requestFocus());
            setOnKeyPressed(e -> {
                boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.ENTER
                        || (e.getCode() == KeyCode.F10 && e.isShiftDown());
                if (menuKey) {
                    menu(shown).show(this, Side.BOTTOM, 0, 0);
                    e.consume();
                }
            });
        }

        void show(NodeTile t) {
            if (t.equals(shown)) {
                return;
            }
            shown = t;
            setId(t.kind().name().toLowerCase(Locale.ROOT) + "-" + t.id());
            getStyleClass().removeAll("broker-tile", "controller-tile");
            getStyleClass().add(t.kind() == NodeTile.Kind.BROKER ? "broker-tile" : "controller-tile");
            pseudoClassStateChanged(ACTIVE, t.active());
            name.setText(t.title() + (t.active() ? " · active" : ""));
            state.setText(t.state());
            state.getStyleClass().removeIf(c -> c.startsWith("node-"));
            state.getStyleClass().add("node-" + t.state().toLowerCase(Locale.ROOT).replace('_', '-'));
            detail.setText(t.detail());
        }
    }

    private ContextMenu menu(NodeTile t) {
        ContextMenu menu = new ContextMenu();
        for (NodeAction action : model.actions(t)) {
            MenuItem item = new MenuItem(action.text());
            item.setDisable(!action.isEnabled());
            item.setOnAction(e -> model.perform(action));
            menu.getItems().add(item);
        }
        return menu;
    }
}
