package dev.clusterlab.views.topics;

/** Whole numbers typed into the topic dialogs: parsed with a message naming the field when wrong. */
final class Numbers {
    private Numbers() {
    }

    /** The problem with text as an integer of at least min, or null when it is one. */
    static String problem(String field, String text, int min) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return field + " is required";
        }
        try {
            int value = Integer.parseInt(trimmed);
            return value < min ? field + " must be at least " + min + ", not " + value : null;
        } catch (NumberFormatException e) {
            return field + " must be a whole number, not \"" + trimmed + "\"";
        }
    }

    static int parse(String text) {
        return Integer.parseInt(text.trim());
    }
}
