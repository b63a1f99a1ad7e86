package dev.clusterlab.views.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.cluster.ClusterSimulation;
import dev.clusterlab.fault.Command;
import dev.clusterlab.scenario.LoadedScenario;
import dev.clusterlab.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dots from a real simulation's live snapshots, frame by frame at real time, as the cluster view
 * feeds them: each frame the model gets the snapshot and the dots take its messages; the dots move
 * (tick) and are drawn only while the view's animation timer runs, which it does while there are
 * dots, starting on the frame after the one that brought them.
 */
class MessageDotsLiveTest {
    private static final long FRAME_MS = 16;
    private static final long MS = 1_000_000L;
    /** A dot of a 1 ms message crosses in MIN_TRAVEL_NANOS of wall time: this many frames, less one for rounding. */
    private static final long FRAMES_TO_CROSS = MessageDots.MIN_TRAVEL_NANOS / (FRAME_MS * MS) - 1;

    private final ClusterViewModel model = new ClusterViewModel(c -> { });
    private final MessageDots dots = new MessageDots(model::kindOf);
    private ClusterSimulation simulation;
    private long wallNanos;
    private boolean timerRunning;

    private void start() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("..", "samples", "welcome.json"));
        simulation = new ClusterSimulation(loaded.setup());
        simulation.trackMessagesInFlight(true);
    }

    /** The messages drawn over some frames: by seq, in how many frames, and where each was drawn last. */
    private static final class Drawn {
        final Map<Long, Integer> frames = new HashMap<>();
        final Map<Long, Double> lastProgress = new HashMap<>();
        int framesWithDots;
        int framesWithMovingDots;
    }

    /** One frame: the clock runs on 16 ms, the model gets the live snapshot, the timer (if running) moves and draws the dots. */
    private void frame(Drawn drawn) {
        simulation.runUntil(simulation.nowMs() + FRAME_MS);
        wallNanos += FRAME_MS * MS;
        boolean ticks = timerRunning; // a timer started in this frame runs from the next one
        if (ticks) {
            dots.tick(wallNanos);
            boolean moved = false;
            for (MessageDots.Dot d : dots.dots()) {
                double p = dots.progress(d);
                Double before = drawn.lastProgress.put(d.message.seq(), p);
                moved |= before == null || before != p;
                drawn.frames.merge(d.message.seq(), 1, Integer::sum);
            }
            drawn.framesWithDots += dots.size() > 0 ? 1 : 0;
            drawn.framesWithMovingDots += moved ? 1 : 0;
            timerRunning = dots.size() > 0;
        }
        model.update(simulation.liveSnapshot());
        dots.show(model.messages().get(), wallNanos);
        timerRunning |= dots.size() > 0;
    }

    private Drawn run(long ms) {
        Drawn drawn = new Drawn();
        for (long t = 0; t < ms; t += FRAME_MS) {
            frame(drawn);
        }
        return drawn;
    }

    @Test
    void everyMessageIsDrawnCrossingItsLinkAlsoAfterTheRestIsCutFromBroker3AndBroker2Crashes() throws Exception {
        start();
        Drawn healthy = run(8_000);
        int frames = (int) (8_000 / FRAME_MS);
        assertThat(healthy.framesWithDots).as("frames with dots of %d", frames).isGreaterThan(frames * 9 / 10);
        assertThat(healthy.framesWithMovingDots).as("frames whose dots moved").isGreaterThan(frames * 9 / 10);

        simulation.submit(new Command.PartitionOneWay(java.util.List.of("*"), java.util.List.of("3")));
        run(1_000);
        simulation.submit(new Command.CrashBroker(2));
        run(1_000);
        Drawn quiet = run(20_000);
        frames = (int) (20_000 / FRAME_MS);
        assertThat(quiet.frames).as("messages drawn").hasSizeGreaterThan(100);
        assertThat(quiet.frames.values()).as("frames each message's dot was drawn in")
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo((int) FRAMES_TO_CROSS));
        assertThat(quiet.framesWithDots).as("frames with dots of %d", frames).isGreaterThan(frames / 2);
        assertThat(quiet.framesWithMovingDots).as("frames whose dots moved").isGreaterThan(frames / 2);
    }
}
