package dev.clusterlab.check;

import dev.clusterlab.protocol.TopicPartition;
import java.util.HashMap;
import java.util.Map;

/** No two brokers ever act as leader of the same partition in the same leader epoch. */
public final class SingleLeaderPerEpoch extends Invariant {
    private final Map<TopicPartition, Map<Integer, Integer>> leaders = new HashMap<>();

    public SingleLeaderPerEpoch(ViolationContext context) {
        super("singleLeaderPerEpoch", context);
    }

    @Override
    public void becameLeader(int brokerId, TopicPartition tp, int leaderEpoch) {
        Integer previous = leaders.computeIfAbsent(tp, k -> new HashMap<>()).putIfAbsent(leaderEpoch, brokerId);
        if (previous != null && previous != brokerId) {
            violated("brokers " + previous + " and " + brokerId + " both led " + tp + " in leader epoch " + leaderEpoch);
        }
    }
}
