package dev.clusterlab.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Immutable typed config values. */
public final class Config {
    private final ConfigDef def;
    private final Map<String, String> values;
    private final Map<String, Integer> ints = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Long> longs = new java.util.concurrent.ConcurrentHashMap<>();

    Config(ConfigDef def, Map<String, String> values) {
        this.def = def;
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Map<String, String> values() {
        return values;
    }

    private String raw(String name) {
        String v = values.get(name);
        if (v == null && !def.supports(name)) {
            throw new IllegalArgumentException("unknown " + def.kind() + " config " + name);
        }
        return v;
    }

    public int getInt(String name) {
        Integer v = ints.get(name);
        if (v == null) {
            v = Integer.parseInt(raw(name));
            ints.put(name, v);
        }
        return v;
    }

    public long getLong(String name) {
        Long v = longs.get(name);
        if (v == null) {
            v = Long.parseLong(raw(name));
            longs.put(name, v);
        }
        return v;
    }

    public double getDouble(String name) {
        return Double.parseDouble(raw(name));
    }

    public boolean getBoolean(String name) {
        return Boolean.parseBoolean(raw(name));
    }

    public String getString(String name) {
        return raw(name);
    }

    /** A copy with some values changed (a null value restores the default). */
    public Config with(Map<String, String> changes) {
        Map<String, String> m = new TreeMap<>(values);
        changes.forEach((k, v) -> m.put(k, v == null ? def.keys().get(k).defaultValue() : v.trim()));
        return new Config(def, m);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
