package dev.clusterlab.views.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulationPacerTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void atRealTimeTheDueTimeFollowsTheWallClock() {
        SimulationPacer pacer = new SimulationPacer(clock, SimulationPacer.REAL_TIME, 0);
        assertThat(pacer.dueTimeMs(0)).isEqualTo(0);
        clock.advanceMs(40);
        assertThat(pacer.dueTimeMs(0)).isEqualTo(40);
        clock.advanceMs(60);
        assertThat(pacer.dueTimeMs(40)).isEqualTo(100);
    }

    @Test
    void pausedNothingIsDueAndResumingCarriesOnFromWhereItStood() {
        SimulationPacer pacer = new SimulationPacer(clock, SimulationPacer.REAL_TIME, 0);
        clock.advanceMs(30);
        pacer.setPaused(true, 30);
        clock.advanceMs(1_000);
        assertThat(pacer.isPaused()).isTrue();
        assertThat(pacer.dueTimeMs(30)).isEqualTo(30);
        pacer.setPaused(false, 30);
        clock.advanceMs(20);
        assertThat(pacer.dueTimeMs(30)).isEqualTo(50);
    }

    @Test
    void theSpeedFactorScalesWallTime() {
        SimulationPacer fast = new SimulationPacer(clock, 10, 1_000);
        SimulationPacer slow = new SimulationPacer(clock, 0.1, 1_000);
        clock.advanceMs(20);
        assertThat(fast.dueTimeMs(1_000)).isEqualTo(1_200);
        assertThat(slow.dueTimeMs(1_000)).isEqualTo(1_002);
    }

    @Test
    void aSpeedChangeKeepsTheTimeAlreadyRunAndAppliesFromNowOn() {
        SimulationPacer pacer = new SimulationPacer(clock, 1, 0);
        clock.advanceMs(100);
        assertThat(pacer.dueTimeMs(0)).isEqualTo(100);
        pacer.setSpeed(2, 100);
        clock.advanceMs(50);
        assertThat(pacer.dueTimeMs(100)).isEqualTo(200);
        assertThat(pacer.speed()).isEqualTo(2);
    }

    @Test
    void aSimulationThatFellBehindOwesAtMostTheBacklogCap() {
        SimulationPacer pacer = new SimulationPacer(clock, 1, 0);
        clock.advanceMs(10_000);
        long capMs = SimulationPacer.MAX_BACKLOG_WALL_MS;
        assertThat(pacer.dueTimeMs(500)).isEqualTo(500 + capMs);
        clock.advanceMs(10);
        assertThat(pacer.dueTimeMs(500 + capMs)).isEqualTo(500 + capMs + 10);
    }

    @Test
    void asFastAsPossibleHasNoDueTime() {
        SimulationPacer pacer = new SimulationPacer(clock, SimulationPacer.AS_FAST_AS_POSSIBLE, 0);
        assertThat(pacer.asFastAsPossible()).isTrue();
        assertThat(pacer.dueTimeMs(123)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rejectsSpeedsThatAreNotPositive() {
        assertThatThrownBy(() -> new SimulationPacer(clock, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulationPacer(clock, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
