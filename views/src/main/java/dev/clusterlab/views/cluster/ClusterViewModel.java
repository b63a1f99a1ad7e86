package dev.clusterlab.views.cluster;

import dev.clusterlab.fault.Command;
import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ClusterSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;
import dev.clusterlab.views.fx.ListUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The controllers and brokers as tiles, and what can be done to each: crash, restart, power
 * failure, wipe, controlled shutdown, freeze and resume, isolate. Actions go to the engine as
 * timeline commands at the current simulated time. FX thread.
 */
public final class ClusterViewModel {
    private final Consumer<Command> submit;
    private final ObservableList<NodeTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<NodeTile> readOnlyTiles = FXCollections.unmodifiableObservableList(tiles);

    public ClusterViewModel(Consumer<Command> submit) {
        this.submit = submit;
    }

    public void update(ClusterSnapshot snapshot) {
        List<NodeTile> next = new ArrayList<>();
        for (ControllerSnapshot c : snapshot.controllers()) {
            next.add(NodeTile.of(c, snapshot.controller().active()));
        }
        for (BrokerSnapshot b : snapshot.brokers()) {
            next.add(NodeTile.of(b));
        }
        ListUpdates.replaceChanged(tiles, next);
    }

    public ObservableList<NodeTile> tiles() {
        return readOnlyTiles;
    }

    /** What the tile's menu offers now, in a fixed order; impossible ones disabled with the reason. */
    public List<NodeAction> actions(NodeTile tile) {
        return tile.kind() == NodeTile.Kind.BROKER ? brokerActions(tile) : controllerActions(tile);
    }

    /** Submits an enabled action's command; a disabled one is refused. */
    public void perform(NodeAction action) {
        if (!action.isEnabled()) {
            throw new IllegalStateException(action.text());
        }
        submit.accept(action.command());
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
        actions.add(NodeAction.enabled("Heal every network cut", new Command.HealNetwork()));
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
        actions.add(NodeAction.enabled("Heal every network cut", new Command.HealNetwork()));
        return actions;
    }

    private static String reasonNotUp(NodeTile t) {
        return t.state().equals("PAUSED") ? "frozen" : "down";
    }

    private static NodeAction when(boolean possible, String label, Command command, String reason) {
        return possible ? NodeAction.enabled(label, command) : NodeAction.disabled(label, command, reason);
    }
}
