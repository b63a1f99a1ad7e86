package dev.clusterlab.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The set of configs the simulator models for one kind of thing (broker, topic, producer). */
public final class ConfigDef {
    private final String kind;
    private final Map<String, ConfigKey> keys = new TreeMap<>();

    public ConfigDef(String kind, ConfigKey... keys) {
        this.kind = kind;
        for (ConfigKey k : keys) {
            this.keys.put(k.name(), k);
        }
    }

    public String kind() {
        return kind;
    }

    public Map<String, ConfigKey> keys() {
        return Collections.unmodifiableMap(keys);
    }

    public boolean supports(String name) {
        return keys.containsKey(name);
    }

    /** Error messages for unknown names (listing the supported ones) and bad values; empty when valid. */
    public List<String> validate(Map<String, String> values) {
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            ConfigKey key = keys.get(e.getKey());
            if (key == null) {
                errors.add("unsupported " + kind + " config '" + e.getKey() + "'; supported: "
                        + String.join(", ", keys.keySet()));
                continue;
            }
            String problem = key.check(e.getValue());
            if (problem != null) {
                errors.add(problem);
            }
        }
        return errors;
    }

    /** Typed values: Kafka's defaults overlaid by the given values (which must be valid). */
    public Config parse(Map<String, String> values) {
        Map<String, String> merged = new TreeMap<>();
        keys.values().forEach(k -> merged.put(k.name(), k.defaultValue()));
        values.forEach((k, v) -> {
            if (!keys.containsKey(k)) {
                throw new IllegalArgumentException("unsupported " + kind + " config '" + k + "'");
            }
            if (v != null) {
                merged.put(k, v.trim());
            }
        });
        return new Config(this, merged);
    }
}
