package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.config.ConfigDef;
import dev.clusterlab.config.KafkaConfigs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a topic definition (a {@code topics} entry or a createTopic action) and checks configs by name. */
final class TopicBinder {
    static final List<String> FIELDS = List.of("name", "partitions", "replicationFactor", "config", "assignment");
    private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Set<String> INTERNAL = Set.of("__consumer_offsets", "__transaction_state", "_schemas");

    private final TreeReader r;
    private final int brokers;
    private final Map<String, String> brokerConfig;

    TopicBinder(TreeReader r, int brokers, Map<String, String> brokerConfig) {
        this.r = r;
        this.brokers = brokers;
        this.brokerConfig = brokerConfig;
    }

    /** Reads a topic; nameField is "name" ({@code topics}, createTopic) and path the object's path. */
    TopicSpec read(ObjectNode o, String path, String nameField) {
        String name = r.string(o, path, nameField, "", true);
        if (o.hasNonNull(nameField) && o.get(nameField).isTextual()) {
            checkName(name, path + "." + nameField);
        }
        List<List<Integer>> assignment = assignment(o, path);
        int defaultPartitions = intConfig("num.partitions", 1);
        int defaultRf = intConfig("default.replication.factor", 1);
        if (assignment != null && !assignment.isEmpty()) {
            defaultPartitions = assignment.size();
            defaultRf = assignment.get(0).size();
        }
        int partitions = (int) r.integer(o, path, "partitions", defaultPartitions, false, 1, 100_000);
        int rf = (int) r.integer(o, path, "replicationFactor", defaultRf, false, 1, Integer.MAX_VALUE);
        if (rf > brokers) {
            r.problem(path + ".replicationFactor", "replicationFactor " + rf + " is larger than the number of "
                    + "brokers (" + brokers + ")");
        }
        if (assignment != null) {
            checkAssignment(assignment, partitions, rf, path + ".assignment");
        }
        Map<String, String> config = r.config(o, path, "config", false);
        checkConfig(KafkaConfigs.TOPIC, config, path + ".config");
        return new TopicSpec(name, partitions, rf, config, assignment);
    }

    private void checkName(String name, String p) {
        if (!LEGAL_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            r.problem(p, "'" + name + "' is not a legal topic name (1 to 249 of a-z, A-Z, 0-9, '.', '_', '-')");
        } else if (INTERNAL.contains(name)) {
            r.problem(p, "'" + name + "' is an internal topic name");
        }
    }

    private int intConfig(String name, int def) {
        String v = brokerConfig.get(name);
        try {
            return v == null ? def : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private List<List<Integer>> assignment(ObjectNode o, String path) {
        JsonNode n = o.get("assignment");
        if (n == null || n.isNull()) {
            return null;
        }
        String p = path + ".assignment";
        List<JsonNode> lists = r.array(n, p);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            out.add(r.intList(lists.get(i), p + "[" + i + "]"));
        }
        if (n.isArray() && out.isEmpty()) {
            r.problem(p, "must list the replicas of at least one partition");
        }
        return out;
    }

    private void checkAssignment(List<List<Integer>> assignment, int partitions, int rf, String p) {
        if (!assignment.isEmpty() && assignment.size() != partitions) {
            r.problem(p, "has " + assignment.size() + " replica lists but the topic has " + partitions + " partitions");
        }
        for (int i = 0; i < assignment.size(); i++) {
            List<Integer> replicas = assignment.get(i);
            String pp = p + "[" + i + "]";
            if (replicas.size() != rf) {
                r.problem(pp, "lists " + replicas.size() + " replicas but replicationFactor is " + rf);
            }
            checkReplicas(r, replicas, brokers, pp);
        }
    }

    /** Replica lists name existing, distinct brokers. */
    static void checkReplicas(TreeReader r, List<Integer> replicas, int brokers, String p) {
        Set<Integer> seen = new HashSet<>();
        for (int j = 0; j < replicas.size(); j++) {
            int b = replicas.get(j);
            if (b == -1) {
                continue; // already reported as a wrong type
            }
            if (b < 1 || b > brokers) {
                r.problem(p + "[" + j + "]", "broker " + b + " does not exist (brokers are 1.." + brokers + ")");
            } else if (!seen.add(b)) {
                r.problem(p + "[" + j + "]", "broker " + b + " is listed twice");
            }
        }
    }

    /** Checks each config name and value with Kafka's definitions, each problem at its own path. */
    static void checkConfig(TreeReader r, ConfigDef def, Map<String, String> config, String p) {
        config.forEach((k, v) -> {
            if (v == null && def.supports(k)) {
                return; // alterConfig: null deletes the override
            }
            for (String problem : def.validate(Collections.singletonMap(k, v))) {
                r.problem(JsonPaths.member(p, k), problem);
            }
        });
    }

    private void checkConfig(ConfigDef def, Map<String, String> config, String p) {
        checkConfig(r, def, config, p);
    }
}
