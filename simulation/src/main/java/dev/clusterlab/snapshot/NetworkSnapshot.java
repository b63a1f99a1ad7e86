package dev.clusterlab.snapshot;

/** The network as the live views draw it: links between nodes (cut, one-way, latency) and the messages in flight. Filled by the live snapshot only. */
public record NetworkSnapshot() {
    public static final NetworkSnapshot EMPTY = new NetworkSnapshot();
}
