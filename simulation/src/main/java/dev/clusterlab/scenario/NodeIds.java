package dev.clusterlab.scenario;

import java.util.List;
import java.util.Set;

/** The contract's node ids: brokers 1..N, controllers 1001..1000+N, clients by their ids. */
final class NodeIds {
    static final int CONTROLLER_BASE = 1000;
    private static final Set<String> HIGHLIGHT_KINDS = Set.of("broker", "controller", "partition", "group",
            "member", "subject");

    private NodeIds() {
    }

    static boolean isBroker(String id, ClusterSpec c) {
        Integer n = asInt(id);
        return n != null && n >= 1 && n <= c.brokers();
    }

    static boolean isController(String id, ClusterSpec c) {
        Integer n = asInt(id);
        return n != null && n > CONTROLLER_BASE && n <= CONTROLLER_BASE + c.controllers();
    }

    static boolean isNode(String id, ClusterSpec c) {
        return isBroker(id, c) || isController(id, c);
    }

    static String controllerRange(ClusterSpec c) {
        return c.controllers() == 1 ? "1001" : "1001.." + (CONTROLLER_BASE + c.controllers());
    }

    /** The canonical decimal form of an integer id ("007" is not one), or null. */
    static Integer asInt(String id) {
        if (id.isEmpty() || id.length() > 9 || !id.chars().allMatch(Character::isDigit)
                || (id.length() > 1 && id.charAt(0) == '0')) {
            return null;
        }
        return Integer.parseInt(id);
    }

    /** Null when a lesson highlight names something that exists, else what is wrong. */
    static String checkHighlight(String h, ClusterSpec c, List<TopicSpec> topics) {
        int colon = h.indexOf(':');
        String kind = colon < 0 ? "" : h.substring(0, colon);
        String what = colon < 0 ? "" : h.substring(colon + 1);
        if (!HIGHLIGHT_KINDS.contains(kind)) {
            return "'" + h + "' is not a highlight: write broker:N, controller:N, partition:TOPIC-P, group:G, "
                    + "member:NAME or subject:S";
        }
        switch (kind) {
            case "broker":
                return isBroker(what, c) ? null : "broker " + what + " does not exist (brokers are 1.." + c.brokers() + ")";
            case "controller":
                return isController(what, c) ? null
                        : "controller " + what + " does not exist (controllers are " + controllerRange(c) + ")";
            case "partition":
                return checkPartition(what, topics);
            default:
                return kind + " '" + what + "' does not exist (" + kind + "s are not supported yet)";
        }
    }

    private static String checkPartition(String what, List<TopicSpec> topics) {
        int dash = what.lastIndexOf('-');
        Integer p = dash < 0 ? null : asInt(what.substring(dash + 1));
        if (p == null) {
            return "'" + what + "' is not a partition name like orders-0";
        }
        String topic = what.substring(0, dash);
        for (TopicSpec t : topics) {
            if (t.name().equals(topic) && p >= t.partitions()) {
                return "partition " + p + " does not exist (topic '" + topic + "' has " + t.partitions() + ")";
            }
        }
        return null;
    }
}
