package dev.clusterlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimRandomTest {

    private static List<Long> draw(SimRandom r, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(r.nextLong());
        }
        return out;
    }

    @Test
    void sameSeedSameStream() {
        assertThat(draw(new SimRandom(42), 20)).isEqualTo(draw(new SimRandom(42), 20));
        assertThat(draw(new SimRandom(42), 20)).isNotEqualTo(draw(new SimRandom(43), 20));
    }

    @Test
    void childDependsOnlyOnTheSeedAndTheName() {
        SimRandom used = new SimRandom(7);
        draw(used, 100);
        SimRandom fresh = new SimRandom(7);
        assertThat(draw(used.child("broker-1"), 10)).isEqualTo(draw(fresh.child("broker-1"), 10));
        assertThat(used.child("broker-1").seed()).isEqualTo(fresh.child("broker-1").seed());
    }

    @Test
    void childrenWithDifferentNamesAreDifferentStreams() {
        SimRandom root = new SimRandom(7);
        assertThat(draw(root.child("a"), 10)).isNotEqualTo(draw(root.child("b"), 10));
        assertThat(draw(root.child("a"), 10)).isNotEqualTo(draw(root, 10));
        assertThat(draw(new SimRandom(8).child("a"), 10)).isNotEqualTo(draw(new SimRandom(7).child("a"), 10));
    }

    @Test
    void drawingFromAChildDoesNotMoveTheParent() {
        SimRandom a = new SimRandom(9);
        SimRandom b = new SimRandom(9);
        draw(a.child("x"), 50);
        assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }

    @Test
    void boundedDrawsStayInRangeAndCoverIt() {
        SimRandom r = new SimRandom(1);
        boolean[] seen = new boolean[7];
        for (int i = 0; i < 1_000; i++) {
            int v = r.nextInt(7);
            assertThat(v).isBetween(0, 6);
            seen[v] = true;
            double d = r.nextDouble();
            assertThat(d).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            assertThat(r.nextLong(3)).isBetween(0L, 2L);
        }
        for (boolean s : seen) {
            assertThat(s).isTrue();
        }
        assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulationStreamsAreNamedChildrenOfTheSeed() {
        assertThat(draw(new Simulation(5).random("p"), 5)).isEqualTo(draw(new SimRandom(5).child("p"), 5));
    }
}
