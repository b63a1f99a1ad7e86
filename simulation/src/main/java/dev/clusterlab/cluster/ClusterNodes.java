package dev.clusterlab.cluster;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.SimNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The processes of one simulated cluster, by id. */
final class ClusterNodes {
    final Map<Integer, ControllerNode> controllers = new TreeMap<>();
    final Map<Integer, BrokerNode> brokers = new TreeMap<>();
    final Map<String, ProducerClient> producers = new LinkedHashMap<>();
    final Map<String, ProducerSetup> producerSetups = new LinkedHashMap<>();

    List<Integer> controllerIds() {
        return new ArrayList<>(controllers.keySet());
    }

    List<Integer> brokerIds() {
        return new ArrayList<>(brokers.keySet());
    }

    /** The controller that is active with the highest epoch (a zombie may still think it is active). */
    ControllerNode activeController() {
        ControllerNode best = null;
        for (ControllerNode c : controllers.values()) {
            if (c.isActiveController()
                    && (best == null || c.controller().activeEpoch() > best.controller().activeEpoch())) {
                best = c;
            }
        }
        return best;
    }

    /** Every node: controllers, brokers, clients. */
    List<SimNode> all() {
        List<SimNode> all = new ArrayList<>(controllers.values());
        all.addAll(brokers.values());
        all.addAll(producers.values());
        return Collections.unmodifiableList(all);
    }

    /** A node by the contract's reference: an id, a client name, or "active" for the active controller. */
    SimNode resolve(String ref) {
        if ("active".equals(ref)) {
            return activeController();
        }
        for (SimNode n : all()) {
            if (n.id().equals(ref)) {
                return n;
            }
        }
        return null;
    }
}
