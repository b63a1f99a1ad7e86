package dev.clusterlab.views.cluster;

import dev.clusterlab.views.fx.MenuKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Every controller and broker as a tile (id, state, role or partition counts, the active
 * controller marked), the producers as small chips, and the links between them: a cut link red
 * and dashed (one-way: an arrow the way messages are lost), a slowed one amber with its latency,
 * and the messages in flight as coloured dots travelling along them. Right-click, or Enter / the
 * menu key / Shift+F10 on a focused tile (Tab moves between tiles), offers the actions that break
 * or repair it; Ctrl+click or Ctrl+Space selects several nodes, whose network can then be
 * partitioned, cut one way or slowed (menu or buttons); clicking a link offers the same for it.
 */
public final class ClusterView extends VBox {
    public static final String TILES_ID = "cluster-tiles";
    public static final String SELECTION_ID = "cluster-selection";
    public static final String MESSAGES_NOTE_ID = "messages-note";
    /** The selection buttons' ids, in order: partition, cut selection → rest, cut rest → selection, latency, heal. */
    public static final List<String> SELECTION_BUTTON_IDS = List.of("network-partition", "network-cut-out",
            "network-cut-in", "network-latency", "network-heal");
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ClusterViewModel model;
    private final NetworkPane network = new NetworkPane();
    private final List<TileNode> tileNodes = new ArrayList<>();
    private final List<Label> clientChips = new ArrayList<>();
    private final Label selectionLabel = new Label();
    private final Label messagesNote = new Label();
    private final List<Button> selectionButtons = new ArrayList<>();
    private final MessageDots dots;
    private final AnimationTimer dotTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            dots.tick(now);
            network.drawDots(dots);
            if (dots.size() == 0) {
                stop();
                running = false;
            }
        }
    };
    private boolean running;

    public ClusterView(ClusterViewModel model) {
        this.model = model;
        this.dots = new MessageDots(model::kindOf);
        getStyleClass().add("cluster-view");
        Label title = new Label("Cluster");
        title.getStyleClass().add("section-title");
        selectionLabel.setId(SELECTION_ID);
        selectionLabel.getStyleClass().add("section-summary");
        messagesNote.setId(MESSAGES_NOTE_ID);
        messagesNote.getStyleClass().add("section-summary");
        title.setMinWidth(Region.USE_PREF_SIZE);
        selectionLabel.setMinWidth(0);
        messagesNote.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, selectionLabel, spacer, messagesNote);
        bar.getChildren().addAll(selectionButtons());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("selection-bar");
        network.setId(TILES_ID);
        network.getStyleClass().add("cluster-tiles");
        getChildren().addAll(bar, network);
        setMinHeight(Region.USE_PREF_SIZE);

        model.tiles().addListener((ListChangeListener<NodeTile>) change -> rebuild());
        model.clients().addListener((ListChangeListener<String>) change -> rebuild());
        model.selection().addListener((ListChangeListener<String>) change -> showSelection());
        model.links().addListener((ListChangeListener<LinkLine>) change -> {
            network.setLinks(model.links());
            showSelection();
        });
        model.messages().addListener((obs, old, frame) -> showMessages(frame));
        network.setOnMouseMoved(e -> network.highlight(network.linkAt(e.getX(), e.getY())));
        network.setOnMouseExited(e -> network.highlight(null));
        network.setOnMouseClicked(this::clickOnNetwork);
        network.setOnContextMenuRequested(this::linkMenuRequested);
        rebuild();
        network.setLinks(model.links());
        showSelection();
    }

    /** Updates the tiles and chips in place (a rebuilt tile would lose focus and an open menu's anchor). */
    private void rebuild() {
        List<NodeTile> current = model.tiles();
        while (tileNodes.size() > current.size()) {
            tileNodes.remove(tileNodes.size() - 1);
        }
        for (int i = 0; i < current.size(); i++) {
            if (i == tileNodes.size()) {
                tileNodes.add(new TileNode());
            }
            tileNodes.get(i).show(current.get(i));
        }
        List<String> clients = model.clients();
        while (clientChips.size() > clients.size()) {
            clientChips.remove(clientChips.size() - 1);
        }
        for (int i = 0; i < clients.size(); i++) {
            if (i == clientChips.size()) {
                Label chip = new Label();
                chip.getStyleClass().add("client-chip");
                chip.setMaxWidth(Double.MAX_VALUE);
                clientChips.add(chip);
            }
            clientChips.get(i).setText("producer\n" + clients.get(i));
        }
        List<String> refs = new ArrayList<>();
        List<Region> nodes = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            refs.add(current.get(i).ref());
            nodes.add(tileNodes.get(i));
        }
        for (int i = 0; i < clients.size(); i++) {
            refs.add(clients.get(i));
            nodes.add(clientChips.get(i));
        }
        network.setRow(refs, nodes);
        showSelection();
    }

    private List<Button> selectionButtons() {
        String[] texts = {"Partition", "Cut →", "Cut ←", "Latency…", "Heal"};
        for (int i = 0; i < texts.length; i++) {
            Button b = new Button(texts[i]);
            b.setId(SELECTION_BUTTON_IDS.get(i));
            b.setTooltip(new Tooltip());
            b.getStyleClass().add("selection-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
            int index = i;
            b.setOnAction(e -> {
                List<NetworkAction> actions = model.selectionActions();
                run(index == texts.length - 1 ? actions.get(actions.size() - 1) : actions.get(index), b);
            });
            selectionButtons.add(b);
        }
        return selectionButtons;
    }

    private void showSelection() {
        for (TileNode t : tileNodes) {
            t.pseudoClassStateChanged(SELECTED, t.shown != null && model.isSelected(t.shown.ref()));
        }
        List<String> selected = model.selection();
        selectionLabel.setText(selected.isEmpty() ? "Ctrl+click or Ctrl+Space selects nodes; click a link for its menu"
                : "selected: " + String.join(", ", model.selectionNames()) + " (Esc clears)");
        List<NetworkAction> actions = model.selectionActions();
        for (int i = 0; i < selectionButtons.size(); i++) {
            NetworkAction a = i == selectionButtons.size() - 1 ? actions.get(actions.size() - 1) : actions.get(i);
            Button b = selectionButtons.get(i);
            b.setDisable(!a.isEnabled());
            b.getTooltip().setText(a.text());
        }
    }

    private void showMessages(MessagesFrame frame) {
        messagesNote.setText(frame.note());
        dots.show(frame, System.nanoTime());
        if (dots.size() > 0 && !running) {
            running = true;
            dotTimer.start();
        } else if (dots.size() == 0) {
            network.drawDots(dots);
        }
    }

    private void clickOnNetwork(MouseEvent e) {
        LinkLine link = network.linkAt(e.getX(), e.getY());
        if (link != null) {
            network.highlight(link);
            showMenu(linkMenu(link), e.getScreenX(), e.getScreenY());
        } else if (e.getButton() == MouseButton.PRIMARY) {
            model.clearSelection();
        }
        e.consume();
    }

    private void linkMenuRequested(ContextMenuEvent e) {
        LinkLine link = network.linkAt(e.getX(), e.getY());
        if (link != null) {
            network.highlight(link);
            showMenu(linkMenu(link), e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    private void showMenu(ContextMenu menu, double screenX, double screenY) {
        menu.setOnHidden(h -> network.highlight(null));
        menu.show(network, screenX, screenY);
    }

    private ContextMenu linkMenu(LinkLine link) {
        ContextMenu menu = new ContextMenu();
        addAll(menu, model.linkActions(link), network);
        return menu;
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
            Tooltip.install(this, new Tooltip("Right-click, or Enter / the menu key, for actions; "
                    + "Ctrl+click or Ctrl+Space to select several"));
            setOnContextMenuRequested(e -> {
                menu(shown).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    if (e.isShortcutDown() || e.isShiftDown()) {
                        model.toggleSelected(shown.ref());
                    } else {
                        model.selectOnly(shown.ref());
                    }
                }
                requestFocus();
                e.consume();
            });
            setOnKeyPressed(e -> {
                if (MenuKeys.opensMenu(e)) {
                    menu(shown).show(this, Side.BOTTOM, 0, 0);
                    e.consume();
                } else if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
                    model.toggleSelected(shown.ref());
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    model.clearSelection();
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
            pseudoClassStateChanged(SELECTED, model.isSelected(t.ref()));
            name.setText(t.title());
            state.setText(t.active() ? t.state() + " · active" : t.state());
            state.getStyleClass().removeIf(c -> c.startsWith("node-"));
            state.getStyleClass().add("node-" + t.state().toLowerCase(Locale.ROOT).replace('_', '-'));
            detail.setText(t.detail());
        }
    }

    /** The node's own actions, then those on the selection (which a menu on an unselected tile makes it alone). */
    private ContextMenu menu(NodeTile t) {
        if (!model.isSelected(t.ref())) {
            model.selectOnly(t.ref());
        }
        ContextMenu menu = new ContextMenu();
        for (NodeAction action : model.actions(t)) {
            menu.getItems().add(item(action, network));
        }
        menu.getItems().add(new SeparatorMenuItem());
        addAll(menu, model.selectionActions(), network);
        return menu;
    }

    private void addAll(ContextMenu menu, List<NetworkAction> actions, Node owner) {
        for (NetworkAction action : actions) {
            menu.getItems().add(item(action, owner));
        }
    }

    private MenuItem item(NetworkAction action, Node owner) {
        MenuItem item = new MenuItem(action.text());
        item.setDisable(!action.isEnabled());
        item.setOnAction(e -> run(action, owner));
        return item;
    }

    private void run(NetworkAction action, Node owner) {
        if (!action.isEnabled()) {
            return; // its control is disabled and says why
        }
        if (action instanceof LatencyAction latency) {
            LatencyDialog.ask(owner, latency.label()).ifPresent(text -> model.setLatency(latency, text));
        } else {
            model.perform(action);
        }
    }
}
