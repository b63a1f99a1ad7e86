package dev.clusterlab.views.fx;

import dev.clusterlab.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * Once per frame, on the FX thread, hands the engine's latest snapshot to the view models (only
 * when it is a new one), and the engine's failure, once, to whoever shows it. This is the only
 * path from the engine to the UI: no runLater per event. It tells the engine which snapshot was
 * drawn, so that the next ones also list the messages in flight in the snapshots skipped since.
 */
public final class SnapshotPump {
    private final SimulationEngine engine;
    private final List<Consumer<ClusterSnapshot>> consumers;
    private final Consumer<Throwable> onFailure;
    private ClusterSnapshot shown;
    private boolean failureShown;
    private AnimationTimer timer;
    private Consumer<String> onRefusal = refusal -> { };
    private Consumer<List<String>> onStateChange = changes -> { };
    private LongConsumer onPumped = workNanos -> { };

    public SnapshotPump(SimulationEngine engine, List<Consumer<ClusterSnapshot>> consumers,
                        Consumer<Throwable> onFailure) {
        this.engine = engine;
        this.consumers = List.copyOf(consumers);
        this.onFailure = onFailure;
    }

    /** Who shows a user command the simulation refused. */
    public void onRefusal(Consumer<String> consumer) {
        this.onRefusal = consumer;
    }

    /** Who shows what a step to the next state change stopped at. */
    public void onStateChange(Consumer<List<String>> consumer) {
        this.onStateChange = consumer;
    }

    /** Who hears how long each frame's pump took, in nanoseconds (FrameStats#pumped, for ui-bench). */
    public void onPumped(LongConsumer consumer) {
        this.onPumped = consumer;
    }

    /** Starts pumping once per frame. FX thread. */
    public void start() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pump();
                }
            };
        }
        timer.start();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** One frame's work; public so that it can be driven without a toolkit. */
    public void pump() {
        long startNanos = System.nanoTime();
        ClusterSnapshot latest = engine.latestSnapshot();
        if (latest != null && latest != shown) {
            shown = latest;
            for (Consumer<ClusterSnapshot> consumer : consumers) {
                consumer.accept(latest);
            }
            engine.drawn(latest);
        }
        for (String refusal = engine.pollRefusal(); refusal != null; refusal = engine.pollRefusal()) {
            onRefusal.accept(refusal);
        }
        for (List<String> changes = engine.pollStateChange(); changes != null; changes = engine.pollStateChange()) {
            onStateChange.accept(changes);
        }
        if (!failureShown && engine.failure().isPresent()) {
            failureShown = true;
            onFailure.accept(engine.failure().get());
        }
        onPumped.accept(System.nanoTime() - startNanos);
    }
}
