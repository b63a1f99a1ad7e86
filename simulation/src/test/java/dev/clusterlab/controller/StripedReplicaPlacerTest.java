package dev.clusterlab.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.engine.SimRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rack-unaware outcomes of Kafka's StripedReplicaPlacer (StripedReplicaPlacerTest). */
class StripedReplicaPlacerTest {

    private static List<List<Integer>> place(long seed, int partitions, int rf, List<Integer> unfenced,
                                             List<Integer> fenced) {
        return new StripedReplicaPlacer(new SimRandom(seed)).place(partitions, rf, unfenced, fenced);
    }

    @Test
    void firstRoundGivesConsecutiveBrokersFromOneRandomStart() {
        List<Integer> brokers = List.of(1, 2, 3, 4, 5);
        for (long seed = 0; seed < 20; seed++) {
            List<List<Integer>> a = place(seed, 5, 3, brokers, List.of());
            int start = brokers.indexOf(a.get(0).get(0));
            for (int p = 0; p < 5; p++) {
                assertThat(a.get(p)).containsExactly(brokers.get((start + p) % 5), brokers.get((start + p + 1) % 5),
                        brokers.get((start + p + 2) % 5));
            }
        }
    }

    @Test
    void leadersAreSpreadOverAllBrokersInEachRound() {
        List<List<Integer>> a = place(7, 12, 2, List.of(1, 2, 3), List.of());
        for (int round = 0; round < 4; round++) {
            Set<Integer> leaders = new HashSet<>();
            for (int p = round * 3; p < round * 3 + 3; p++) {
                leaders.add(a.get(p).get(0));
            }
            assertThat(leaders).containsExactlyInAnyOrder(1, 2, 3);
        }
        for (List<Integer> replicas : a) {
            assertThat(replicas).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    void theRandomStartDependsOnTheSeed() {
        Set<Integer> starts = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            starts.add(place(seed, 1, 1, List.of(1, 2, 3), List.of()).get(0).get(0));
        }
        assertThat(starts).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void sameSeedSamePlacementWhateverTheInputOrder() {
        assertThat(place(42, 20, 3, List.of(4, 2, 1, 3), List.of()))
                .isEqualTo(place(42, 20, 3, List.of(1, 2, 3, 4), List.of()));
    }

    @Test
    void fencedBrokersAreOnlyAFallbackForFollowers() {
        List<List<Integer>> a = place(3, 6, 3, List.of(1, 2), List.of(3));
        for (List<Integer> replicas : a) {
            assertThat(replicas).containsExactlyInAnyOrder(1, 2, 3);
            assertThat(replicas.get(0)).isNotEqualTo(3);
            assertThat(replicas.get(2)).isEqualTo(3);
        }
        // with enough unfenced brokers a fenced one is never used
        for (List<Integer> replicas : place(3, 6, 2, List.of(1, 2), List.of(3))) {
            assertThat(replicas).doesNotContain(3);
        }
    }

    @Test
    void replicationFactorAboveTheRegisteredBrokersIsRefused() {
        assertThatThrownBy(() -> place(1, 1, 4, List.of(1, 2), List.of(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The target replication factor of 4 cannot be reached because only 3 broker(s) are registered.");
    }

    @Test
    void allBrokersFencedIsRefused() {
        assertThatThrownBy(() -> place(1, 1, 1, List.of(), List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("All brokers are currently fenced.");
    }

    @Test
    void nonPositiveReplicationFactorIsRefused() {
        assertThatThrownBy(() -> place(1, 1, 0, List.of(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid replication factor 0: the replication factor must be positive.");
        assertThatThrownBy(() -> place(1, 1, -1, List.of(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }
}
