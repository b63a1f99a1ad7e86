package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.BrokerSnapshot;
import dev.clusterlab.snapshot.ControllerSnapshot;

/** One broker or controller as its tile shows it. Immutable: a changed node is a new tile. */
public record NodeTile(Kind kind, int id, String state, String detail, boolean active) {
    public enum Kind { CONTROLLER, BROKER }

    static NodeTile of(BrokerSnapshot b) {
        String detail = "leads " + b.leaderCount() + " · follows " + b.followerCount()
                + (b.brokerEpoch() >= 0 ? "\nbroker epoch " + b.brokerEpoch() : "");
        return new NodeTile(Kind.BROKER, b.id(), b.state(), detail, false);
    }

    static NodeTile of(ControllerSnapshot c, int activeController) {
        boolean active = c.id() == activeController;
        String role = c.raftRole().isEmpty() ? "down" : c.raftRole();
        return new NodeTile(Kind.CONTROLLER, c.id(), c.state(), role + " · epoch " + c.epoch(), active);
    }

    /** The contract's reference to this node in commands: its id, for example {@code "2"} or {@code "1001"}. */
    public String ref() {
        return Integer.toString(id);
    }

    /** The tile's title, for example {@code Broker 2} or {@code Controller 1001}. */
    public String title() {
        return (kind == Kind.BROKER ? "Broker " : "Controller ") + id;
    }
}
