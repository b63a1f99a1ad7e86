package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the node references of timeline actions (broker, controller, node, sides, from/to) and
 * checks that they name nodes of the scenario. Node ids become strings: "2", "1001", "checkout".
 */
final class NodeRefs {
    static final String ACTIVE = "active";
    static final String ALL = "*";

    private final TreeReader r;
    private final ClusterSpec cluster;
    private final Set<String> clients;

    NodeRefs(TreeReader r, ClusterSpec cluster, Set<String> clients) {
        this.r = r;
        this.cluster = cluster;
        this.clients = clients;
    }

    /** A broker id 1..N, or -1 after reporting a problem. */
    int broker(ObjectNode o, String path, String field) {
        String p = path + "." + field;
        if (!TreeReader.present(o, field)) {
            r.problem(p, "'" + field + "' is required");
            return -1;
        }
        JsonNode n = o.get(field);
        if (!n.isIntegralNumber()) {
            r.problem(p, "must be a broker id (an integer), not " + TreeReader.describe(n));
            return -1;
        }
        if (!NodeIds.isBroker(n.asText(), cluster)) {
            r.problem(p, "broker " + n.asText() + " does not exist (brokers are 1.." + cluster.brokers() + ")");
            return -1;
        }
        return n.asInt();
    }

    /** A controller id or "active", or null after reporting a problem. */
    String controller(ObjectNode o, String path) {
        String id = text(o, path, "controller", "a controller id or \"active\"");
        if (id == null) {
            return null;
        }
        if (!id.equals(ACTIVE) && !NodeIds.isController(id, cluster)) {
            r.problem(path + ".controller", "controller " + id + " does not exist (controllers are "
                    + NodeIds.controllerRange(cluster) + ", or \"active\")");
            return null;
        }
        return id;
    }

    /** A node id; clients and "active" only where allowed. Null after reporting a problem. */
    String node(ObjectNode o, String path, String field, boolean allowClients, boolean allowActive) {
        String id = text(o, path, field, "a node id");
        return id == null ? null : checkNode(id, path + "." + field, allowClients, allowActive);
    }

    private String checkNode(String id, String p, boolean allowClients, boolean allowActive) {
        boolean ok = NodeIds.isNode(id, cluster) || (allowClients && clients.contains(id))
                || (allowActive && id.equals(ACTIVE));
        if (!ok) {
            r.problem(p, "node '" + id + "' does not exist (brokers are 1.." + cluster.brokers() + ", controllers "
                    + NodeIds.controllerRange(cluster) + (allowClients ? ", clients " + clientList() : "")
                    + (allowActive ? ", or \"active\"" : "") + ")");
            return null;
        }
        return id;
    }

    private String clientList() {
        return clients.isEmpty() ? "(none)" : String.join(", ", clients);
    }

    /** from/to: a node id, an array of ids, or "*" (every node, given as ["*"]). */
    List<String> nodeSet(ObjectNode o, String path, String field) {
        String p = path + "." + field;
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            r.problem(p, "'" + field + "' is required (a node id, an array of node ids, or \"*\")");
            return null;
        }
        if (n.isTextual() && n.asText().equals(ALL)) {
            return List.of(ALL);
        }
        if (!n.isArray()) {
            String id = idOf(n, p);
            String checked = id == null ? null : checkNode(id, p, true, false);
            return checked == null ? null : List.of(checked);
        }
        List<String> ids = idList(n, p);
        if (ids != null && ids.isEmpty()) {
            r.problem(p, "must name at least one node");
            return null;
        }
        return ids;
    }

    /** partitionNetwork sides: at least two non-empty arrays of node ids, no node on two sides. */
    List<List<String>> sides(ObjectNode o, String path) {
        String p = path + ".sides";
        JsonNode n = o.get("sides");
        if (n == null || n.isNull()) {
            r.problem(p, "'sides' is required (an array of arrays of node ids)");
            return null;
        }
        List<JsonNode> items = r.array(n, p);
        if (n.isArray() && items.size() < 2) {
            r.problem(p, "must have at least two sides");
            return null;
        }
        List<List<String>> sides = new ArrayList<>();
        Map<String, Integer> sideOf = new HashMap<>();
        boolean ok = n.isArray();
        for (int i = 0; i < items.size(); i++) {
            String sp = p + "[" + i + "]";
            List<String> side = idList(items.get(i), sp);
            if (side == null || side.isEmpty()) {
                if (side != null) {
                    r.problem(sp, "a side must name at least one node");
                }
                ok = false;
                continue;
            }
            for (String id : side) {
                Integer other = sideOf.putIfAbsent(id, i);
                if (other != null) {
                    r.problem(sp, "node '" + id + "' is on two sides (also " + p + "[" + other + "])");
                    ok = false;
                }
            }
            sides.add(side);
        }
        return ok ? sides : null;
    }

    private List<String> idList(JsonNode n, String p) {
        if (!n.isArray()) {
            r.problem(p, "must be an array of node ids, not " + TreeReader.describe(n));
            return null;
        }
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < n.size(); i++) {
            String ip = p + "[" + i + "]";
            String id = idOf(n.get(i), ip);
            if (id == null || checkNode(id, ip, true, false) == null) {
                ok = false;
            } else if (ids.contains(id)) {
                r.problem(ip, "node '" + id + "' is listed twice");
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? ids : null;
    }

    private String idOf(JsonNode n, String p) {
        if (n.isIntegralNumber() || n.isTextual()) {
            return n.asText();
        }
        r.problem(p, "must be a node id (an integer or a client id), not " + TreeReader.describe(n));
        return null;
    }

    private String text(ObjectNode o, String path, String field, String what) {
        String p = path + "." + field;
        if (!TreeReader.present(o, field)) {
            r.problem(p, "'" + field + "' is required (" + what + ")");
            return null;
        }
        return idOf(o.get(field), p);
    }
}
