package dev.clusterlab.config;

import java.util.List;

/**
 * One supported Kafka config: its name, type, Kafka's default, the smallest allowed value for
 * numbers, and for strings the allowed values (empty = any).
 */
public record ConfigKey(String name, ConfigType type, String defaultValue, Double min, List<String> allowed) {

    public static ConfigKey ofInt(String name, int def, int min) {
        return new ConfigKey(name, ConfigType.INT, Integer.toString(def), (double) min, List.of());
    }

    public static ConfigKey ofLong(String name, long def, long min) {
        return new ConfigKey(name, ConfigType.LONG, Long.toString(def), (double) min, List.of());
    }

    public static ConfigKey ofDouble(String name, double def, double min) {
        return new ConfigKey(name, ConfigType.DOUBLE, Double.toString(def), min, List.of());
    }

    public static ConfigKey ofBoolean(String name, boolean def) {
        return new ConfigKey(name, ConfigType.BOOLEAN, Boolean.toString(def), null, List.of());
    }

    public static ConfigKey ofString(String name, String def, String... allowed) {
        return new ConfigKey(name, ConfigType.STRING, def, null, List.of(allowed));
    }

    /** Returns null when the value is valid, else why not. */
    public String check(String value) {
        if (value == null) {
            return name + " must have a value";
        }
        try {
            switch (type) {
                case INT -> checkMin(Integer.parseInt(value.trim()));
                case LONG -> checkMin(Long.parseLong(value.trim()));
                case DOUBLE -> checkMin(Double.parseDouble(value.trim()));
                case BOOLEAN -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        return name + " must be true or false, not " + value;
                    }
                }
                case STRING -> {
                    if (!allowed.isEmpty() && !allowed.contains(value.trim())) {
                        return name + " must be one of " + allowed + ", not " + value;
                    }
                }
                default -> throw new IllegalStateException();
            }
        } catch (NumberFormatException e) {
            return name + " must be " + (type == ConfigType.DOUBLE ? "a number" : "an integer") + ", not " + value;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private void checkMin(double v) {
        if (min != null && v < min) {
            throw new IllegalArgumentException(name + " must be at least " + fmt(min) + ", not " + fmt(v));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
