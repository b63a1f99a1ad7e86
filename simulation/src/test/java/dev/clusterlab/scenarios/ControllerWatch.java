package dev.clusterlab.scenarios;

import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimulationListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records every controller activation (first event at which a node is active in an epoch) and checks one per epoch. */
final class ControllerWatch implements SimulationListener {
    record Activation(long timeMs, int controllerId, int epoch) {
    }

    private final Harness h;
    final List<Activation> activations = new ArrayList<>();
    final Map<Integer, Integer> activeByEpoch = new TreeMap<>();
    final List<String> conflicts = new ArrayList<>();

    ControllerWatch(Harness h) {
        this.h = h;
    }

    @Override
    public void afterEvent(long seq, SimEvent event) {
        for (ControllerNode c : h.controllers()) {
            if (!c.isActiveController()) {
                continue;
            }
            int epoch = c.controller().activeEpoch();
            Integer known = activeByEpoch.putIfAbsent(epoch, c.nodeId());
            if (known == null) {
                activations.add(new Activation(event.timeMs(), c.nodeId(), epoch));
            } else if (known != c.nodeId()) {
                conflicts.add("epoch " + epoch + ": " + known + " and " + c.nodeId() + " at event " + seq);
            }
        }
    }
}
