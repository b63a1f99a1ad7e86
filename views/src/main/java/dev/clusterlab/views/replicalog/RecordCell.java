package dev.clusterlab.views.replicalog;

/**
 * One record of one replica's log as the view draws it: its offset, the leader epoch it was
 * written in (and that epoch's colour), and its producer identity (producer id and sequence),
 * which tells two different records at the same offset apart.
 *
 * @param batchStart the first record of its batch (the view draws a batch boundary above it)
 */
public record RecordCell(long offset, int leaderEpoch, long producerId, int sequence, boolean batchStart,
                         String color) {

    /** The text inside the cell: epoch, then producer id and sequence, for example {@code e2  p1 #17}. */
    public String label() {
        return "e" + leaderEpoch + "  p" + producerId + " #" + sequence;
    }
}
