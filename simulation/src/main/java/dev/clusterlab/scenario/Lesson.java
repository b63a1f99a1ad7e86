package dev.clusterlab.scenario;

import java.util.List;

/** The scenario's {@code lesson}: a goal and the steps the app walks a workshop through. */
public record Lesson(String goal, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** One step: shown at atMs; ask is null when the step asks nothing; highlight like "broker:1". */
    public record Step(long atMs, String text, String ask, boolean pause, List<String> highlight) {
        public Step {
            highlight = List.copyOf(highlight);
        }
    }
}
