package dev.clusterlab.scenarios;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.network.SimNetwork;
import dev.clusterlab.protocol.BrokerHeartbeatRequest;
import java.util.Map;
import java.util.TreeMap;

/** When each broker's last heartbeat reached a controller (the controller's "last contact"). */
final class HeartbeatWatch implements SimulationListener {
    private final Map<Integer, Long> lastDeliveredMs = new TreeMap<>();

    @Override
    public void afterEvent(long seq, SimEvent event) {
        if (event instanceof SimNetwork.Delivery d && d.message() instanceof BrokerHeartbeatRequest r) {
            lastDeliveredMs.put(r.brokerId(), event.timeMs());
        }
    }

    long last(int brokerId) {
        Long t = lastDeliveredMs.get(brokerId);
        if (t == null) {
            throw new AssertionError("broker " + brokerId + " never heartbeated");
        }
        return t;
    }
}
