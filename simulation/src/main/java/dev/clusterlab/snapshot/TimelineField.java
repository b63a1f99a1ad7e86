package dev.clusterlab.snapshot;

import java.util.Objects;

/** One field of a timeline entry, as its trace line names it, with its value as text. */
public record TimelineField(String name, String value) {
    public TimelineField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
