package dev.clusterlab.cluster;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.NodeStatus;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.fault.Command;
import dev.clusterlab.network.SimNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Carries out user commands at the current simulated time. Returns null when done, or why the
 * command is impossible right now (traced as ActionRefused).
 */
final class CommandExecutor {
    private final ClusterNodes nodes;
    private final SimNetwork network;

    CommandExecutor(ClusterNodes nodes, SimNetwork network) {
        this.nodes = nodes;
        this.network = network;
    }

    String execute(Command command) {
        if (command instanceof Command.CrashBroker c) {
            return onBroker(c.broker(), b -> b.status() == NodeStatus.DOWN ? notRunning(b) : died(b, b::crash));
        }
        if (command instanceof Command.RestartBroker c) {
            return onBroker(c.broker(), b -> b.status() != NodeStatus.DOWN ? alreadyRunning(b) : done(b::start));
        }
        if (command instanceof Command.ShutdownBroker c) {
            return onBroker(c.broker(), b -> !b.isUp() ? notRunning(b) : b.beginControlledShutdown() ? null
                    : "broker " + b.id() + " cannot shut down in state " + b.processState());
        }
        if (command instanceof Command.PowerFailBroker c) {
            return onBroker(c.broker(), b -> done(b::powerFail)); // a machine without power answers nothing
        }
        if (command instanceof Command.WipeBroker c) {
            return onBroker(c.broker(), b -> b.status() == NodeStatus.DOWN ? done(b::wipe) : died(b, b::wipe));
        }
        if (command instanceof Command.CrashController c) {
            return onController(c.controller(), n -> n.status() == NodeStatus.DOWN ? notRunning(n) : died(n, n::stop));
        }
        if (command instanceof Command.RestartController c) {
            return onController(c.controller(), n -> n.status() != NodeStatus.DOWN ? alreadyRunning(n) : done(n::start));
        }
        if (command instanceof Command.PauseNode c) {
            return onServerNode(c.node(), n -> n.status() != NodeStatus.UP
                    ? "node " + n.id() + " is " + n.status().name().toLowerCase() + ", not running" : done(n::pause));
        }
        if (command instanceof Command.ResumeNode c) {
            return onServerNode(c.node(), n -> n.status() != NodeStatus.PAUSED ? "node " + n.id() + " is not paused"
                    : done(n::resume));
        }
        return executeNetworkOrClient(command);
    }

    private String onBroker(int id, Function<BrokerNode, String> action) {
        BrokerNode b = nodes.brokers.get(id);
        return b == null ? "broker " + id + " does not exist" : action.apply(b);
    }

    private String onController(String ref, Function<ControllerNode, String> action) {
        ControllerNode n = controller(ref);
        return n == null ? noController(ref) : action.apply(n);
    }

    private String onServerNode(String ref, Function<SimNode, String> action) {
        SimNode n = serverNode(ref);
        return n == null ? noNode(ref) : action.apply(n);
    }

    private static String done(Runnable action) {
        action.run();
        return null;
    }

    /** The process dies on a running machine: its OS resets its connections, which every peer notices. */
    private String died(SimNode node, Runnable kill) {
        kill.run();
        processDied(node);
        return null;
    }

    private static String notRunning(SimNode n) {
        return kind(n) + " " + n.id() + " is not running";
    }

    private static String alreadyRunning(SimNode n) {
        return kind(n) + " " + n.id() + " is already running";
    }

    private static String kind(SimNode n) {
        return n instanceof BrokerNode ? "broker" : n instanceof ControllerNode ? "controller" : "node";
    }

    private String executeNetworkOrClient(Command command) {
        if (command instanceof Command.PartitionNetwork c) {
            List<List<SimNode>> sides = new ArrayList<>();
            for (List<String> side : c.sides()) {
                List<SimNode> resolved = resolveAll(side);
                if (resolved == null) {
                    return "unknown node in " + side;
                }
                sides.add(resolved);
            }
            for (int i = 0; i < sides.size(); i++) {
                for (int j = 0; j < sides.size(); j++) {
                    if (i != j) {
                        for (SimNode a : sides.get(i)) {
                            for (SimNode b : sides.get(j)) {
                                network.cut(a, b);
                            }
                        }
                    }
                }
            }
            return null;
        }
        if (command instanceof Command.PartitionOneWay c) {
            return forEachLink(c.from(), c.to(), network::cut);
        }
        if (command instanceof Command.Isolate c) {
            SimNode n = nodes.resolve(c.node());
            if (n == null) {
                return noNode(c.node());
            }
            for (SimNode other : nodes.all()) {
                network.cut(n, other);
                network.cut(other, n);
            }
            return null;
        }
        if (command instanceof Command.HealNetwork) {
            network.heal();
            return null;
        }
        if (command instanceof Command.SetLatency c) {
            return forEachLink(c.from(), c.to(), (a, b) -> network.setLatency(a, b, c.latencyMs()));
        }
        return executeAdminOrClient(command);
    }

    private String executeAdminOrClient(Command command) {
        ControllerNode active = nodes.activeController();
        if (command instanceof Command.CreateTopic c) {
            return active == null ? noQuorum() : active.controller().admin().createTopic(c);
        }
        if (command instanceof Command.DeleteTopic c) {
            return active == null ? noQuorum() : active.controller().admin().deleteTopic(c.topic());
        }
        if (command instanceof Command.AlterConfig c) {
            return active == null ? noQuorum() : active.controller().admin().alterConfig(c.topic(), c.broker(), c.config());
        }
        if (command instanceof Command.ElectPreferredLeaders c) {
            return active == null ? noQuorum() : active.controller().admin().electPreferredLeaders(c.topic());
        }
        if (command instanceof Command.ReassignPartition c) {
            return active == null ? noQuorum()
                    : active.controller().admin().reassignPartition(c.topic(), c.partition(), c.replicas());
        }
        return executeClient(command);
    }

    private String executeClient(Command command) {
        if (command instanceof Command.StartProducer c) {
            ProducerClient p = nodes.producers.get(c.producer());
            if (p == null) {
                return "producer '" + c.producer() + "' does not exist";
            }
            if (p.isProducing()) {
                return "producer '" + c.producer() + "' is already producing";
            }
            p.startProducing();
            return null;
        }
        if (command instanceof Command.StopProducer c) {
            ProducerClient p = nodes.producers.get(c.producer());
            if (p == null) {
                return "producer '" + c.producer() + "' does not exist";
            }
            if (!p.isProducing()) {
                return "producer '" + c.producer() + "' is not producing";
            }
            p.stopProducing();
            return null;
        }
        if (command instanceof Command.SetRate c) {
            ProducerClient p = nodes.producers.get(c.producer());
            if (p == null) {
                return "producer '" + c.producer() + "' does not exist";
            }
            p.setRate(c.ratePerSec());
            return null;
        }
        if (command instanceof Command.ConfigureProducer c) {
            ProducerClient p = nodes.producers.get(c.producer());
            if (p == null) {
                return "producer '" + c.producer() + "' does not exist";
            }
            ProducerSetup old = nodes.producerSetups.get(c.producer());
            Map<String, String> config = new TreeMap<>(old.config());
            if (c.config() != null) {
                config.putAll(c.config());
            }
            List<String> errors = ProducerClient.validateConfig(config);
            if (!errors.isEmpty()) {
                return String.join("; ", errors);
            }
            ProducerSetup updated = new ProducerSetup(old.id(), old.topic(), old.ratePerSec(),
                    c.keys() != null ? c.keys() : old.keys(), c.valueBytes() != null ? c.valueBytes() : old.valueBytes(),
                    config);
            nodes.producerSetups.put(c.producer(), updated);
            p.reconfigure(updated);
            return null;
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /** The OS of the node's machine resets its connections: every other process notices. */
    private void processDied(SimNode dead) {
        for (SimNode n : nodes.all()) {
            if (n != dead && n.isUp()) {
                n.peerProcessDied(dead);
            }
        }
    }

    private ControllerNode controller(String ref) {
        if ("active".equals(ref)) {
            return nodes.activeController();
        }
        try {
            return nodes.controllers.get(Integer.parseInt(ref));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SimNode serverNode(String ref) {
        SimNode n = nodes.resolve(ref);
        return n instanceof BrokerNode || n instanceof ControllerNode ? n : null;
    }

    /** Applies the action to every direction from a node of from to a node of to. */
    private String forEachLink(List<String> fromRefs, List<String> toRefs,
                               java.util.function.BiConsumer<SimNode, SimNode> action) {
        List<SimNode> from = resolveAll(fromRefs);
        List<SimNode> to = resolveAll(toRefs);
        if (from == null || to == null) {
            return "unknown node in " + fromRefs + " or " + toRefs;
        }
        for (SimNode a : from) {
            for (SimNode b : to) {
                action.accept(a, b);
            }
        }
        return null;
    }

    private List<SimNode> resolveAll(List<String> refs) {
        if (refs.size() == 1 && "*".equals(refs.get(0))) {
            return nodes.all();
        }
        List<SimNode> out = new ArrayList<>();
        for (String r : refs) {
            SimNode n = nodes.resolve(r);
            if (n == null) {
                return null;
            }
            out.add(n);
        }
        return out;
    }

    private static String noController(String ref) {
        return "active".equals(ref) ? "there is no active controller" : "controller " + ref + " does not exist";
    }

    private static String noNode(String ref) {
        return "active".equals(ref) ? "there is no active controller" : "node " + ref + " does not exist";
    }

    private static String noQuorum() {
        return "there is no active controller (the quorum has no leader)";
    }
}
