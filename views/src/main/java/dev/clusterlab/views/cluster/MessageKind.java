package dev.clusterlab.views.cluster;

import dev.clusterlab.snapshot.LinkSnapshot;
import java.util.Locale;

/**
 * What a message in flight is, by Kafka's request name, for its dot's colour. The colour lives
 * here once: the canvas and the legend both read it.
 */
public enum MessageKind {
    FETCH("Fetch (replication)", "#0969da"),
    RAFT("Vote / Raft", "#8250df"),
    CONTROL("Heartbeat / metadata", "#1a7f37"),
    PRODUCE("Produce", "#bc4c00"),
    OTHER("Other", "#6e7781");

    private final String label;
    private final String colour;

    MessageKind(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The dot's fill, as a CSS hex colour. */
    public String colour() {
        return colour;
    }

    /**
     * The kind of a message by its type and the link it travels: a broker's Fetch of the metadata
     * log from the controllers is metadata, not a Raft vote among voters.
     */
    public static MessageKind of(String type, LinkSnapshot.Kind link) {
        MessageKind kind = of(type);
        return kind == RAFT && link == LinkSnapshot.Kind.CONTROL ? CONTROL : kind;
    }

    /** The kind of a message by its type, for example {@code FetchRequest} or {@code VoteResponse}. */
    public static MessageKind of(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("vote") || t.contains("quorumepoch") || t.startsWith("raft")) {
            return RAFT;
        }
        if (t.startsWith("fetch")) {
            return FETCH;
        }
        if (t.startsWith("produce") || t.startsWith("initproducerid")) {
            return PRODUCE;
        }
        if (t.startsWith("brokerheartbeat") || t.startsWith("brokerregistration") || t.startsWith("metadata")
                || t.startsWith("alterpartition") || t.startsWith("createtopics")) {
            return CONTROL;
        }
        return OTHER;
    }
}
