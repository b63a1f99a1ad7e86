package dev.clusterlab.controller;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.config.Config;
import dev.clusterlab.controller.raft.LogEntry;
import dev.clusterlab.controller.raft.RaftConfig;
import dev.clusterlab.controller.raft.RaftDisk;
import dev.clusterlab.controller.raft.RaftListener;
import dev.clusterlab.controller.raft.RaftReplica;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.network.Message;
import java.util.List;

/**
 * A KRaft controller process: a Raft voter for the metadata log plus the controller logic that
 * is active while this voter leads. Its Raft log and vote survive a crash; everything else is
 * rebuilt by replaying the committed log.
 */
public final class ControllerNode extends SimNode {
    private final int nodeId;
    private final Config config;
    private final List<Integer> voterIds;
    private final ClusterEvents events;
    private final RaftDisk disk = new RaftDisk();
    private RaftReplica raft;
    private QuorumController controller;

    public ControllerNode(Simulation sim, int nodeId, Config config, List<Integer> voterIds, ClusterEvents events) {
        super(sim, Integer.toString(nodeId));
        this.nodeId = nodeId;
        this.config = config;
        this.voterIds = List.copyOf(voterIds);
        this.events = events;
    }

    public int nodeId() {
        return nodeId;
    }

    public RaftDisk disk() {
        return disk;
    }

    public RaftReplica raft() {
        return raft;
    }

    public QuorumController controller() {
        return controller;
    }

    /** True when this node is up and its controller is active. */
    public boolean isActiveController() {
        return isUp() && controller != null && controller.isActive();
    }

    @Override
    protected void onStart() {
        raft = new RaftReplica(this, nodeId, voterIds, RaftConfig.from(config), disk,
                simulation().random("controller-" + nodeId + "-raft-" + incarnation()), new RaftListener() {
                    @Override
                    public void onCommitted(LogEntry entry) {
                        controller.replay(entry);
                    }

                    @Override
                    public void onBecameLeader(int epoch) {
                        controller.activate(epoch);
                    }

                    @Override
                    public void onLostLeadership(int epoch) {
                        controller.deactivate();
                    }
                });
        controller = new QuorumController(this, nodeId, config, raft,
                simulation().random("controller-" + nodeId + "-" + incarnation()), events);
        raft.start();
    }

    @Override
    protected void onStop() {
        if (controller != null) {
            controller.deactivate();
        }
    }

    @Override
    protected void onMessage(SimNode from, Message message) {
        if (raft.handle(from, message)) {
            return;
        }
        if (!controller.handle(from, message)) {
            throw new IllegalStateException("controller " + nodeId + " cannot handle " + message.type());
        }
    }
}
