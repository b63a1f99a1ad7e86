package dev.clusterlab.views.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.views.fx.FrameStats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frame statistics fed by hand with a fake clock: no toolkit. */
class FrameStatsTest {
    private final FakeClock clock = new FakeClock();
    private final FrameStats stats = new FrameStats(clock);

    private void frame(long workMs, long restMs) {
        stats.frameStarted();
        clock.advanceMs(workMs);
        stats.frameLaidOut();
        clock.advanceMs(restMs);
    }

    @Test
    void summarisesWorkPerFrameWithAverageP99AndMax() {
        for (int i = 0; i < 99; i++) {
            frame(2, 14);
        }
        frame(50, 0);

        Summary frames = stats.frames();
        assertThat(frames.count()).isEqualTo(100);
        assertThat(frames.averageMs()).isEqualTo(2.48);
        assertThat(frames.p99Ms()).isEqualTo(2.0);
        assertThat(frames.maxMs()).isEqualTo(50.0);
        assertThat(stats.intervals().count()).isEqualTo(99);
        assertThat(stats.intervals().averageMs()).isEqualTo(16.0);
    }

    @Test
    void cpuTimeIsMeasuredOverTheSameSpan() {
        FakeClock cpu = new FakeClock();
        FrameStats withCpu = new FrameStats(clock, cpu);
        withCpu.frameStarted();
        clock.advanceMs(9);
        cpu.advanceMs(3); // the rest of the 9 ms the thread waited for a core
        withCpu.frameLaidOut();

        assertThat(withCpu.frames().averageMs()).isEqualTo(9.0);
        assertThat(withCpu.frameCpu().averageMs()).isEqualTo(3.0);
    }

    @Test
    void aLayoutWithoutAStartedPulseIsNotCountedAndResetForgets() {
        stats.frameLaidOut();
        frame(3, 13);
        stats.frameLaidOut();
        assertThat(stats.frames().count()).isEqualTo(1);

        stats.reset();
        assertThat(stats.frames()).isEqualTo(new Summary(0, 0, 0, 0));
        frame(4, 12);
        assertThat(stats.frames().averageMs()).isEqualTo(4.0);
        assertThat(stats.intervals().count()).isZero();
    }

    @Test
    void thePumpReportsEachFramesWork() {
        SimulationEngine engine = new SimulationEngine(RecordingDriver::new, SimulationPacer.REAL_TIME, clock);
        try {
            SnapshotPump pump = new SnapshotPump(engine, List.of(s -> { }), failure -> { });
            pump.onPumped(stats::pumped);
            pump.pump();
            pump.pump();
            assertThat(stats.pumps().count()).isEqualTo(2);
            assertThat(stats.pumps().maxMs()).isGreaterThanOrEqualTo(0.0);
        } finally {
            engine.shutdown();
        }
    }
}
