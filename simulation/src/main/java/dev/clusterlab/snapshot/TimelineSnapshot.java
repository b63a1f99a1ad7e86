package dev.clusterlab.snapshot;

import java.util.List;

/**
 * The recent events and commands for the timeline view, filled by the live snapshot only when
 * the app asked for recording. Immutable and cheap to take every frame: the recorder appends to
 * fixed-size chunks that it never rewrites, so a snapshot is just the chunks' references and the
 * range of seqs [{@link #firstSeq()}, {@link #endSeq()}) it may read; entries arrive in seq order
 * with no gaps. A consumer that remembers the endSeq it saw asks for the entries from there, and
 * knows how many it missed if firstSeq has moved past it. Commands (and refusals) are also kept in
 * their own, longer list, so that a flood of fetches never pushes them out.
 */
public final class TimelineSnapshot {
    /** Not recording: no entries. */
    public static final TimelineSnapshot EMPTY = new TimelineSnapshot(null, new TimelineEntry[0][], 0, 0, 0,
            List.of(), 0);

    private final Object recording;
    private final TimelineEntry[][] chunks;
    private final int chunkSize;
    private final long chunksFirstSeq;
    private final long firstSeq;
    private final long endSeq;
    private final List<TimelineEntry> commands;

    private TimelineSnapshot(Object recording, TimelineEntry[][] chunks, int chunkSize, long chunksFirstSeq,
                             long firstSeq, List<TimelineEntry> commands, long endSeq) {
        this.recording = recording;
        this.chunks = chunks;
        this.chunkSize = chunkSize;
        this.chunksFirstSeq = chunksFirstSeq;
        this.firstSeq = firstSeq;
        this.endSeq = endSeq;
        this.commands = List.copyOf(commands);
    }

    /**
     * A view of a recorder's entries. The caller hands over chunk references (this copies the
     * outer array) and promises never to change an entry of a seq below endSeq; chunk i holds the
     * seqs from chunksFirstSeq + i * chunkSize. recording identifies the recorder (one per run).
     */
    public static TimelineSnapshot of(Object recording, TimelineEntry[][] chunks, int chunkSize, long chunksFirstSeq,
                                      long firstSeq, long endSeq, List<TimelineEntry> commands) {
        if (firstSeq < chunksFirstSeq || endSeq < firstSeq
                || endSeq > chunksFirstSeq + (long) chunks.length * chunkSize) {
            throw new IllegalArgumentException("seqs [" + firstSeq + ", " + endSeq + ") outside the chunks");
        }
        return new TimelineSnapshot(recording, chunks.clone(), chunkSize, chunksFirstSeq, firstSeq, commands, endSeq);
    }

    /** Whether the app asked for a timeline (EMPTY says no). */
    public boolean recording() {
        return recording != null;
    }

    /** Whether both come from the same recorder, that is the same run: a restart starts a new one. */
    public boolean sameRecordingAs(TimelineSnapshot other) {
        return other != null && recording == other.recording;
    }

    /** The oldest seq still held. */
    public long firstSeq() {
        return firstSeq;
    }

    /** One past the newest seq: the seq the next recorded event will have. */
    public long endSeq() {
        return endSeq;
    }

    public int size() {
        return (int) (endSeq - firstSeq);
    }

    /** The entry of a seq in [firstSeq, endSeq). */
    public TimelineEntry entry(long seq) {
        if (seq < firstSeq || seq >= endSeq) {
            throw new IndexOutOfBoundsException("seq " + seq + " not in [" + firstSeq + ", " + endSeq + ")");
        }
        long offset = seq - chunksFirstSeq;
        return chunks[(int) (offset / chunkSize)][(int) (offset % chunkSize)];
    }

    /** The entries of seqs [fromSeq, endSeq) still held, oldest first (a copy). */
    public List<TimelineEntry> entriesFrom(long fromSeq) {
        long from = Math.max(fromSeq, firstSeq);
        TimelineEntry[] out = new TimelineEntry[(int) Math.max(0, endSeq - from)];
        for (int i = 0; i < out.length; i++) {
            out[i] = entry(from + i);
        }
        return List.of(out);
    }

    /** The most recent commands, carried out or refused, oldest first; may reach further back than firstSeq. */
    public List<TimelineEntry> commands() {
        return commands;
    }

    @Override
    public String toString() {
        return "TimelineSnapshot[seqs " + firstSeq + ".." + endSeq + ", " + commands.size() + " commands]";
    }
}
