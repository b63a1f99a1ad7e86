package dev.clusterlab.views.clients;

import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.client.ProducerSettings;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.fault.Command;
import dev.clusterlab.scenario.ProducerConfigRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Configure dialog's values and their checks, without any JavaFX: acks, enable.idempotence,
 * keys and valueBytes of one producer. A change is checked as the scenario loader checks a
 * configureProducer: the changed configs by name, then the producer's own rules
 * ({@link ProducerConfigRules}, for example idempotence needs acks=all, in Kafka's words) over
 * the producer's whole config with the change merged in; keys and valueBytes within the
 * contract's bounds. Unless acks or idempotence changed, no config is sent, so an untouched setup
 * keeps Kafka's own defaulting (idempotence left unset is silently off with acks 0 or 1).
 */
public final class ProducerConfigForm {
    public static final List<String> ACKS = List.of("0", "1", "all");
    /** The contract's largest keys and valueBytes. */
    public static final int MAX_KEYS = 10_000_000;
    public static final int MAX_VALUE_BYTES = 10_000_000;

    private final String producer;
    private final ProducerConfigRules rules;
    private final SortedMap<String, String> base;
    private final String initialAcks;
    private final boolean initialIdempotence;
    private String acks;
    private boolean idempotence;
    private String keys;
    private String valueBytes;

    /** A form holding the producer's current setup; rules are the loader's (ProducerClient::validateConfig). */
    public ProducerConfigForm(ProducerCard card, ProducerConfigRules rules) {
        this.producer = card.id();
        this.rules = rules;
        this.base = new TreeMap<>(card.config());
        ProducerSettings current = ProducerSettings.parse(base);
        this.initialAcks = current.acksName();
        this.initialIdempotence = current.idempotent();
        this.acks = initialAcks;
        this.idempotence = initialIdempotence;
        this.keys = Integer.toString(card.keys());
        this.valueBytes = Integer.toString(card.valueBytes());
    }

    public ProducerConfigForm(ProducerCard card) {
        this(card, ProducerClient::validateConfig);
    }

    public String producer() {
        return producer;
    }

    public String acks() {
        return acks;
    }

    public void setAcks(String acks) {
        if (!ACKS.contains(acks)) {
            throw new IllegalArgumentException("acks must be one of " + ACKS + ", not " + acks);
        }
        this.acks = acks;
    }

    public boolean idempotence() {
        return idempotence;
    }

    public void setIdempotence(boolean idempotence) {
        this.idempotence = idempotence;
    }

    public String keys() {
        return keys;
    }

    public void setKeys(String keys) {
        this.keys = keys;
    }

    public String valueBytes() {
        return valueBytes;
    }

    public void setValueBytes(String valueBytes) {
        this.valueBytes = valueBytes;
    }

    /**
     * The config part of configureProducer: empty when neither acks nor idempotence changed,
     * otherwise both as the dialog shows them, so what the user sees is what the producer gets
     * (idempotence left checked with acks=1 is then refused in Kafka's words, not silently dropped).
     */
    public SortedMap<String, String> changedConfig() {
        SortedMap<String, String> changed = new TreeMap<>();
        if (!acks.equals(initialAcks) || idempotence != initialIdempotence) {
            changed.put("acks", acks);
            changed.put("enable.idempotence", Boolean.toString(idempotence));
        }
        return changed;
    }

    /** What is wrong with the values, in the loader's and Kafka's words; empty when they can be submitted. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        bounded("keys", keys, MAX_KEYS, errors);
        bounded("valueBytes", valueBytes, MAX_VALUE_BYTES, errors);
        SortedMap<String, String> changed = changedConfig();
        List<String> byName = KafkaConfigs.PRODUCER.validate(changed);
        errors.addAll(byName);
        if (byName.isEmpty()) {
            errors.addAll(rules.check(merged(changed)));
        }
        return errors;
    }

    /**
     * What the producer will run with after the restart, for example
     * {@code acks=1, not idempotent (enable.idempotence is not set, so Kafka turns it off)}; "" when invalid.
     */
    public String outcome() {
        if (!errors().isEmpty()) {
            return "";
        }
        Map<String, String> whole = merged(changedConfig());
        ProducerSettings next = ProducerSettings.parse(whole);
        String text = "acks=" + next.acksName() + ", " + (next.idempotent() ? "idempotent" : "not idempotent");
        if (!next.idempotent() && !whole.containsKey("enable.idempotence")) {
            text += " (enable.idempotence is not set, so Kafka turns it off with acks=" + next.acksName() + ")";
        }
        return text + "; a restart gives it a new producer id";
    }

    /**
     * The configureProducer command: the changed configs (null when none), keys and valueBytes.
     * keys and valueBytes are always given, so an unchanged form still restarts the producer.
     */
    public Command.ConfigureProducer command() {
        List<String> errors = errors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join("; ", errors));
        }
        SortedMap<String, String> changed = changedConfig();
        Map<String, String> config = changed.isEmpty() ? null : Collections.unmodifiableSortedMap(changed);
        return new Command.ConfigureProducer(producer, config, Integer.parseInt(keys.trim()),
                Integer.parseInt(valueBytes.trim()));
    }

    private Map<String, String> merged(Map<String, String> changed) {
        Map<String, String> whole = new TreeMap<>(base);
        whole.putAll(changed);
        return whole;
    }

    /** The loader's integer check: an integer in [0, max]. */
    private static void bounded(String name, String text, int max, List<String> errors) {
        String t = text == null ? "" : text.trim();
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            errors.add(name + " must be an integer, not '" + t + "'");
            return;
        }
        if (v < 0) {
            errors.add(name + " must be at least 0, not " + v);
        } else if (v > max) {
            errors.add(name + " must be at most " + max + ", not " + v);
        }
    }
}
