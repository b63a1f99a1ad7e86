package dev.clusterlab.views.topics;

/**
 * Kafka's rules for a topic name (as {@code org.apache.kafka.common.internals.Topic.validate}
 * applies them): not empty, not "." or "..", at most 249 characters, only ASCII letters, digits,
 * '.', '_' and '-'. Checked in the dialog so a typo is explained before anything is submitted.
 */
public final class TopicNames {
    public static final int MAX_LENGTH = 249;

    private TopicNames() {
    }

    /** Why the name is illegal, or null when Kafka accepts it. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "Topic name is illegal, it can't be empty";
        }
        if (name.equals(".") || name.equals("..")) {
            return "Topic name cannot be \".\" or \"..\"";
        }
        if (name.length() > MAX_LENGTH) {
            return "Topic name is illegal, it can't be longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            if (!legal(name.charAt(i))) {
                return "Topic name \"" + name + "\" is illegal, it contains a character other than "
                        + "ASCII alphanumerics, '.', '_' and '-'";
            }
        }
        return null;
    }

    private static boolean legal(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }
}
