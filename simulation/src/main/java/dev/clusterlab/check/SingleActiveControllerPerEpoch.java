package dev.clusterlab.check;

import java.util.Map;
import java.util.TreeMap;

/** At most one controller becomes active in any Raft epoch. */
public final class SingleActiveControllerPerEpoch extends Invariant {
    private final Map<Integer, Integer> activeByEpoch = new TreeMap<>();

    public SingleActiveControllerPerEpoch(ViolationContext context) {
        super("singleActiveControllerPerEpoch", context);
    }

    @Override
    public void controllerActivated(int controllerId, int epoch) {
        Integer previous = activeByEpoch.putIfAbsent(epoch, controllerId);
        if (previous != null && previous != controllerId) {
            violated("controllers " + previous + " and " + controllerId + " were both active in epoch " + epoch);
        }
    }
}
