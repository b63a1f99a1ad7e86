package dev.clusterlab.views.clients;

import dev.clusterlab.snapshot.ProducerSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntUnaryOperator;

/**
 * One producer as its card shows it: state, settings, record counts, error responses by Kafka's
 * name, and the leaders it believes in next to the committed ones. Immutable: a changed producer
 * is a new card. A topic with many partitions shows at most {@link #MAX_LEADERS_SHOWN} of them,
 * stale ones first, so that a card stays small with thousands of partitions.
 *
 * @param config the producer's explicitly set configs, onto which a configureProducer merges
 */
public record ProducerCard(String id, String topic, boolean running, double ratePerSec, String acks,
                           boolean idempotent, long producerId, long sent, long acked, long failed,
                           List<ErrorCount> errors, List<BelievedLeader> leaders, int staleLeaders,
                           int hiddenLeaders, long lingerMs, int batchSize, int keys, int valueBytes,
                           SortedMap<String, String> config) {
    public static final int MAX_LEADERS_SHOWN = 12;

    public ProducerCard {
        errors = List.copyOf(errors);
        leaders = List.copyOf(leaders);
    }

    /** The card of a producer; actualLeader gives the committed leader of a partition of its topic (-1: none). */
    static ProducerCard of(ProducerSnapshot p, IntUnaryOperator actualLeader) {
        List<ErrorCount> errors = new ArrayList<>();
        for (Map.Entry<String, Long> e : p.errors().entrySet()) {
            errors.add(new ErrorCount(e.getKey(), e.getValue(), e.getKey().equals(p.lastError())));
        }
        // Per frame with thousands of partitions: compare numbers first, make records only for the shown ones.
        int count = p.believedLeaders().size();
        int[] partitions = new int[count];
        int[] believed = new int[count];
        int[] actual = new int[count];
        int stale = 0;
        int i = 0;
        for (Map.Entry<Integer, Integer> e : p.believedLeaders().entrySet()) {
            partitions[i] = e.getKey();
            believed[i] = e.getValue();
            actual[i] = actualLeader.applyAsInt(e.getKey());
            stale += believed[i] != actual[i] ? 1 : 0;
            i++;
        }
        List<BelievedLeader> shown = new ArrayList<>(Math.min(count, MAX_LEADERS_SHOWN));
        boolean all = count <= MAX_LEADERS_SHOWN;
        for (int pass = all ? 1 : 0; pass < 2; pass++) { // when not all fit: the stale ones first
            for (int j = 0; j < count && shown.size() < MAX_LEADERS_SHOWN; j++) {
                boolean isStale = believed[j] != actual[j];
                if (all || isStale == (pass == 0)) {
                    shown.add(new BelievedLeader(p.topic() + "-" + partitions[j], believed[j], actual[j]));
                }
            }
        }
        return new ProducerCard(p.id(), p.topic(), p.running(), p.ratePerSec(), p.acks(), p.idempotent(),
                p.producerId(), p.sent(), p.acked(), p.failed(), errors, shown, stale, count - shown.size(),
                p.lingerMs(), p.batchSize(), p.keys(), p.valueBytes(), p.config());
    }

    /** For example {@code Producer checkout}. */
    public String title() {
        return "Producer " + id;
    }

    /** PRODUCING or STOPPED. */
    public String state() {
        return running ? "PRODUCING" : "STOPPED";
    }

    /** For example {@code → orders · 100 records/s · acks=all · idempotent · producer id 3}. */
    public String settingsLine() {
        return "→ " + topic + " · " + rateText(ratePerSec) + " records/s · acks=" + acks + " · "
                + (idempotent ? "idempotent" : "not idempotent") + " · producer id "
                + (producerId < 0 ? "none yet" : Long.toString(producerId));
    }

    /** For example {@code 20 keys · 100 B values · linger.ms=5 · batch.size=16384}. */
    public String setupLine() {
        return (keys == 0 ? "null keys" : keys + (keys == 1 ? " key" : " keys")) + " · " + valueBytes
                + " B values · linger.ms=" + lingerMs + " · batch.size=" + batchSize;
    }

    /** For example {@code sent 1,200 · acknowledged 1,190 · failed 2}. */
    public String countsLine() {
        return String.format(Locale.ROOT, "sent %,d · acknowledged %,d · failed %,d", sent, acked, failed);
    }

    /** The heading before the leaders: how many are stale, and how many are not shown. */
    public String leadersTitle() {
        if (leaders.isEmpty() && hiddenLeaders == 0) {
            return "Believes leaders: none known yet";
        }
        String counts = staleLeaders == 0 ? "all current" : staleLeaders + " stale";
        if (hiddenLeaders > 0) {
            counts += "; " + hiddenLeaders + " more not shown";
        }
        return "Believes leaders (" + counts + "):";
    }

    /** A rate as typed: 100, 0.5, 12.25. */
    static String rateText(double ratePerSec) {
        return BigDecimal.valueOf(ratePerSec).stripTrailingZeros().toPlainString();
    }
}
