package dev.clusterlab.snapshot;

/**
 * A message on its way between two nodes, as the cluster view animates it.
 *
 * @param seq       its number among the tracked messages (a view follows a message by it)
 * @param type      Kafka's name of the request or response, for example {@code FetchRequest}
 * @param sentMs    when the sender put it on the link
 * @param arrivalMs when it reaches (or reached) the receiver; never before sentMs
 */
public record MessageInFlight(long seq, String from, String to, String type, long sentMs, long arrivalMs) {
    public MessageInFlight {
        if (arrivalMs < sentMs) {
            throw new IllegalArgumentException("arrival " + arrivalMs + " before sending " + sentMs);
        }
    }

    /** How far along the link it is at nowMs: 0 at the sender, 1 at the receiver. */
    public double progressAt(long nowMs) {
        if (arrivalMs == sentMs) {
            return nowMs >= arrivalMs ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (nowMs - sentMs) / (double) (arrivalMs - sentMs)));
    }
}
