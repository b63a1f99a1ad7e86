package dev.clusterlab.controller;

import dev.clusterlab.engine.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Replica placement for new topics, rack-unaware case of Kafka's StripedReplicaPlacer: brokers
 * sorted, a random start, consecutive brokers per partition (leaders from the unfenced ones,
 * fenced brokers only as a fallback for followers), the list shuffled after every round.
 */
public final class StripedReplicaPlacer {
    private final SimRandom random;

    public StripedReplicaPlacer(SimRandom random) {
        this.random = random;
    }

    /**
     * Places partitions × replicationFactor replicas. Throws IllegalArgumentException (Kafka's
     * InvalidReplicationFactorException) when it cannot.
     */
    public List<List<Integer>> place(int partitions, int replicationFactor, List<Integer> unfenced, List<Integer> fenced) {
        if (replicationFactor <= 0) {
            throw new IllegalArgumentException("Invalid replication factor " + replicationFactor
                    + ": the replication factor must be positive.");
        }
        if (unfenced.isEmpty()) {
            throw new IllegalArgumentException("All brokers are currently fenced.");
        }
        if (replicationFactor > unfenced.size() + fenced.size()) {
            throw new IllegalArgumentException("The target replication factor of " + replicationFactor
                    + " cannot be reached because only " + (unfenced.size() + fenced.size())
                    + " broker(s) are registered.");
        }
        List<Integer> active = new ArrayList<>(unfenced);
        active.sort(null);
        List<Integer> inactive = new ArrayList<>(fenced);
        inactive.sort(null);
        int n = active.size();
        int offset = random.nextInt(n);
        List<List<Integer>> result = new ArrayList<>(partitions);
        int placedThisRound = 0;
        for (int p = 0; p < partitions; p++) {
            if (placedThisRound == n) {
                shuffle(active);
                placedThisRound = 0;
            }
            List<Integer> replicas = new ArrayList<>(replicationFactor);
            for (int k = 0; k < Math.min(replicationFactor, n); k++) {
                replicas.add(active.get((offset + k) % n));
            }
            for (int k = 0; replicas.size() < replicationFactor; k++) {
                replicas.add(inactive.get(k));
            }
            result.add(List.copyOf(replicas));
            offset = (offset + 1) % n;
            placedThisRound++;
        }
        return result;
    }

    private void shuffle(List<Integer> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
