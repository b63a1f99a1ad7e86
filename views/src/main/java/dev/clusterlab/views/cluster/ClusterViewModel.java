package dev.clusterlab.views.cluster;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.snapshot.LinkSnapshot;
import dev.clusterlab.snapshot.MessageInFlight;
import dev.clusterlab.snapshot.NetworkSnapshot;
import dev.clusterlab.snapshot.ProducerSnapshot;
import dev.clusterlab.views.fx.ListUpdates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The controllers and brokers as tiles, and what can be done to each: crash, restart, power
 * failure, wipe, controlled shutdown, freeze and resume, isolate. Also the network between them:
 * the links (cut, one-way cut, slowed), the messages in flight, a selection of nodes, and the
 * partitions, cuts, latencies and heal offered on a selection or a link (see
 * {@link ClusterNetworkActions}). Actions go to the engine as timeline commands at the current
 * simulated time. FX thread.
 */
public final class ClusterViewModel {
    /**
     * Messages are drawn while a snapshot lists at most this many: at real time and below on the
     * welcome scenario, not at high speeds, where dots would only flicker and cost frame time.
     */
    public static final int MAX_DRAWN_MESSAGES = 150;

    private final Consumer<Command> submit;
    private final ObservableList<NodeTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<NodeTile> readOnlyTiles = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<String> clients = FXCollections.observableArrayList();
    private final ObservableList<LinkLine> links = FXCollections.observableArrayList();
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    // Kept: an unmodifiable view listens weakly to its list, so a fresh one per call could be collected with its listeners.
    private final ObservableList<String> readOnlyClients = FXCollections.unmodifiableObservableList(clients);
    private final ObservableList<LinkLine> readOnlyLinks = FXCollections.unmodifiableObservableList(links);
    private final ObservableList<String> readOnlySelection = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyObjectWrapper<MessagesFrame> messages = new ReadOnlyObjectWrapper<>(MessagesFrame.NONE);
    private NetworkSnapshot network = NetworkSnapshot.EMPTY;
    /** Each link's kind by "from to" and "to from", rebuilt with the links: a message's colour is looked up per frame. */
    private final Map<String, LinkSnapshot.Kind> linkKinds = new HashMap<>();

    public ClusterViewModel(Consumer<Command> submit) {
        this.submit = submit;
    }

    public void update(ClusterSnapshot snapshot) {
        NetworkSnapshot previous = network;
        network = snapshot.network(); // before the lists change: their listeners ask for the actions
        List<NodeTile> next = new ArrayList<>();
        for (ControllerSnapshot c : snapshot.controllers()) {
            next.add(NodeTile.of(c, snapshot.controller().active()));
        }
        for (BrokerSnapshot b : snapshot.brokers()) {
            next.add(NodeTile.of(b));
        }
        ListUpdates.replaceChanged(tiles, next);
        List<String> producers = new ArrayList<>();
        for (ProducerSnapshot p : snapshot.producers()) {
            producers.add(p.id());
        }
        ListUpdates.replaceChanged(clients, producers);
        selection.removeIf(ref -> !isNode(ref));
        if (network.links() != previous.links()) {
            List<LinkLine> lines = new ArrayList<>();
            linkKinds.clear();
            for (LinkSnapshot l : network.links()) {
                lines.add(LinkLine.of(l));
                linkKinds.put(l.a() + " " + l.b(), l.kind());
                linkKinds.put(l.b() + " " + l.a(), l.kind());
            }
            ListUpdates.replaceChanged(links, lines);
        }
        messages.set(frame(snapshot.nowMs(), network));
    }

    private static MessagesFrame frame(long nowMs, NetworkSnapshot network) {
        int n = network.messages().size();
        if (!network.tracking()) {
            return new MessagesFrame(nowMs, List.of(), 0, "");
        }
        if (n > MAX_DRAWN_MESSAGES) {
            return new MessagesFrame(nowMs, List.of(), n,
                    n + " messages in flight: too many to draw, slow down to watch");
        }
        return new MessagesFrame(nowMs, network.messages(), n, "");
    }

    public ObservableList<NodeTile> tiles() {
        return readOnlyTiles;
    }

    /** The producers' ids: the far ends of the client links. */
    public ObservableList<String> clients() {
        return readOnlyClients;
    }

    /** Every link between nodes that talk, as drawn; replaced only where one changed. */
    public ObservableList<LinkLine> links() {
        return readOnlyLinks;
    }

    /** The latest snapshot's messages to draw, and why none are drawn if so. */
    public ReadOnlyObjectProperty<MessagesFrame> messages() {
        return messages.getReadOnlyProperty();
    }

    // Selection of nodes (by the contract's node reference: "2", "1001").

    /** The selected nodes, in the order they were selected. */
    public ObservableList<String> selection() {
        return readOnlySelection;
    }

    /** Ctrl+click or Ctrl+Space: adds the node to the selection or takes it out. */
    public void toggleSelected(String node) {
        if (!selection.remove(node) && isNode(node)) {
            selection.add(node);
        }
    }

    /** A plain click: this node alone. */
    public void selectOnly(String node) {
        if (isNode(node)) {
            selection.setAll(node);
        }
    }

    public void clearSelection() {
        selection.clear();
    }

    /** The selected nodes as menus name them: "broker 2", "controller 1001". */
    public List<String> selectionNames() {
        List<String> names = new ArrayList<>();
        for (String ref : selection) {
            for (NodeTile t : tiles) {
                if (t.ref().equals(ref)) {
                    names.add(ClusterNetworkActions.tileName().apply(t));
                }
            }
        }
        return names;
    }

    /** A message's kind, for its dot's colour: by its type and the link it travels. */
    public MessageKind kindOf(MessageInFlight message) {
        return MessageKind.of(message.type(), linkKinds.get(message.from() + " " + message.to()));
    }

    public boolean isSelected(String node) {
        return selection.contains(node);
    }

    private boolean isNode(String ref) {
        for (NodeTile t : tiles) {
            if (t.ref().equals(ref)) {
                return true;
            }
        }
        return false;
    }

    private ClusterNetworkActions networkActions() {
        Map<String, String> everyone = new LinkedHashMap<>();
        for (NodeTile t : tiles) {
            everyone.put(t.ref(), ClusterNetworkActions.tileName().apply(t));
        }
        for (String c : clients) {
            everyone.put(c, c);
        }
        return new ClusterNetworkActions(everyone, network);
    }

    /** What can be done to the selected nodes' network now, in a fixed order; impossible ones disabled with why. */
    public List<NetworkAction> selectionActions() {
        return networkActions().forSelection(selection);
    }

    /** What can be done to one link now: cut it both ways or one way, slow it, heal the network. */
    public List<NetworkAction> linkActions(LinkLine link) {
        return networkActions().forLink(link.a(), link.b());
    }

    /** Submits a network action; a latency action needs {@link #setLatency} instead. */
    public void perform(NetworkAction action) {
        if (!action.isEnabled()) {
            throw new IllegalStateException(action.text());
        }
        if (action instanceof NodeAction a) {
            submit.accept(a.command());
        } else {
            throw new IllegalArgumentException("a latency needs a value: " + action.label());
        }
    }

    /**
     * Sets the latency the user typed both ways; returns why the text is not a latency (nothing
     * is submitted then), or null once submitted.
     */
    public String setLatency(LatencyAction action, String latencyMsText) {
        if (!action.isEnabled()) {
            throw new IllegalStateException(action.text());
        }
        String problem = LatencyAction.problemWith(latencyMsText);
        if (problem != null) {
            return problem;
        }
        action.commands(Long.parseLong(latencyMsText.strip())).forEach(submit);
        return null;
    }

    /**
     * What the tile's menu offers for the node itself now, in a fixed order; impossible ones
     * disabled with the reason. (Healing the network is a network action: {@link #selectionActions}.)
     */
    public List<NodeAction> actions(NodeTile tile) {
        return tile.kind() == NodeTile.Kind.BROKER ? brokerActions(tile) : controllerActions(tile);
    }


    private static List<NodeAction> brokerActions(NodeTile t) {
        int id = t.id();
        String node = Integer.toString(id);
        boolean down = t.state().equals("CRASHED") || t.state().equals("STOPPED");
        boolean paused = t.state().equals("PAUSED");
        boolean up = !down && !paused;
        boolean shuttingDown = t.state().equals("CONTROLLED_SHUTDOWN");
        List<NodeAction> actions = new ArrayList<>();
        actions.add(when(!down, "Crash", new Command.CrashBroker(id), "already down"));
        actions.add(when(up, "Power failure", new Command.PowerFailBroker(id), reasonNotUp(t)));
        actions.add(when(up && !shuttingDown, "Controlled shutdown", new Command.ShutdownBroker(id),
                shuttingDown ? "already shutting down" : reasonNotUp(t)));
        actions.add(NodeAction.enabled("Wipe disk", new Command.WipeBroker(id)));
        actions.add(when(down, "Restart", new Command.RestartBroker(id),
                paused ? "frozen: resume it" : "still running"));
        actions.add(when(up, "Freeze (long GC pause)", new Command.PauseNode(node), reasonNotUp(t)));
        actions.add(when(paused, "Resume", new Command.ResumeNode(node), "not frozen"));
        actions.add(when(up, "Isolate from the network", new Command.Isolate(node), reasonNotUp(t)));
        return actions;
    }

    private static List<NodeAction> controllerActions(NodeTile t) {
        String node = Integer.toString(t.id());
        boolean down = t.state().equals("CRASHED");
        boolean paused = t.state().equals("PAUSED");
        boolean up = !down && !paused;
        List<NodeAction> actions = new ArrayList<>();
        actions.add(when(!down, "Crash", new Command.CrashController(node), "already down"));
        actions.add(when(down, "Restart", new Command.RestartController(node),
                paused ? "frozen: resume it" : "still running"));
        actions.add(when(up, "Freeze (long GC pause)", new Command.PauseNode(node), reasonNotUp(t)));
        actions.add(when(paused, "Resume", new Command.ResumeNode(node), "not frozen"));
        actions.add(when(up, "Isolate from the network", new Command.Isolate(node), reasonNotUp(t)));
        return actions;
    }

    private static String reasonNotUp(NodeTile t) {
        return t.state().equals("PAUSED") ? "frozen" : "down";
    }

    private static NodeAction when(boolean possible, String label, Command command, String reason) {
        return possible ? NodeAction.enabled(label, command) : NodeAction.disabled(label, command, reason);
    }
}
