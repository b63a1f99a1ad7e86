package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.fault.TimedCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a scenario's JSON tree into the {@link Scenario} model, reporting every problem by JSON path. */
final class ScenarioBinder {
    static final List<String> TOP_FIELDS = List.of("name", "description", "seed", "cluster", "topics", "schemas",
            "producers", "consumerGroups", "timeline", "runFor", "expect", "lesson");
    private static final List<String> CLUSTER_FIELDS = List.of("brokers", "controllers", "config", "network", "start");
    private static final List<String> NETWORK_FIELDS = List.of("latency", "jitter", "dropRate");
    private static final List<String> PRODUCER_FIELDS = List.of("id", "topic", "ratePerSec", "keys", "valueBytes",
            "valueSubject", "config");
    private static final List<String> LESSON_FIELDS = List.of("goal", "steps");
    private static final List<String> STEP_FIELDS = List.of("at", "text", "ask", "pause", "highlight");

    private final TreeReader r;
    private final ProducerConfigRules rules;

    ScenarioBinder(TreeReader r, ProducerConfigRules rules) {
        this.r = r;
        this.rules = rules;
    }

    Scenario bind(JsonNode rootNode, Path file) {
        ObjectNode root = r.object(rootNode, "$", TOP_FIELDS);
        String name = r.string(root, "$", "name", defaultName(file), false);
        String description = r.string(root, "$", "description", "", false);
        Long seed = TreeReader.present(root, "seed")
                ? r.integer(root, "$", "seed", 0, false, Long.MIN_VALUE, Long.MAX_VALUE) : null;
        ClusterSpec cluster = cluster(root.get("cluster"));
        List<TopicSpec> topics = topics(root.get("topics"), cluster);
        notSupported(root, "schemas", "schemas (the schema registry is not built yet)");
        notSupported(root, "consumerGroups", "consumerGroups (consumer groups are not built yet)");
        List<ProducerSpec> producers = producers(root.get("producers"), cluster, topics);
        Map<String, ProducerSpec> byId = new LinkedHashMap<>();
        producers.forEach(p -> byId.putIfAbsent(p.id(), p));
        List<TimedCommand> timeline = new ActionBinder(r, rules, cluster, topics, byId)
                .bind(r.array(root.get("timeline"), "$.timeline"));
        long runForMs = r.duration(root, "$", "runFor", 0, true);
        List<Expectation> expect = new ExpectationBinder(r, producers).bind(r.array(root.get("expect"), "$.expect"));
        Lesson lesson = lesson(root.get("lesson"), cluster, topics);
        return new Scenario(name, description, seed, cluster, topics, producers, timeline, runForMs, expect, lesson);
    }

    private static String defaultName(Path file) {
        if (file == null || file.getFileName() == null) {
            return "scenario";
        }
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private void notSupported(ObjectNode root, String field, String what) {
        JsonNode n = root.get(field);
        if (n != null && !n.isNull() && !(n.isArray() && n.isEmpty())) {
            r.problem("$." + field, what + ": not supported yet; leave the section out or empty");
        }
    }

    private ClusterSpec cluster(JsonNode n) {
        String p = "$.cluster";
        if (n == null) {
            r.problem(p, "'cluster' is required (at least \"brokers\")");
        }
        ObjectNode o = r.object(n, p, CLUSTER_FIELDS);
        int brokers = (int) r.integer(o, p, "brokers", 1, n != null, 1, 1000);
        int controllers = (int) r.integer(o, p, "controllers", 1, false, 1, 99);
        Map<String, String> config = r.config(o, p, "config", false);
        TopicBinder.checkConfig(r, KafkaConfigs.BROKER, config, p + ".config");
        String np = p + ".network";
        ObjectNode net = r.object(o.get("network"), np, NETWORK_FIELDS);
        NetworkSpec network = new NetworkSpec(r.duration(net, np, "latency", 1, false),
                r.duration(net, np, "jitter", 0, false), r.number(net, np, "dropRate", 0.0, false, 0.0, 1.0));
        String start = r.string(o, p, "start", "ready", false);
        if (!start.equals("ready") && !start.equals("cold")) {
            r.problem(p + ".start", "must be \"ready\" or \"cold\", not \"" + start + "\"");
            start = "ready";
        }
        return new ClusterSpec(brokers, controllers, config, network, start);
    }

    private List<TopicSpec> topics(JsonNode n, ClusterSpec cluster) {
        TopicBinder binder = new TopicBinder(r, cluster.brokers(), cluster.config());
        List<JsonNode> items = r.array(n, "$.topics");
        List<TopicSpec> topics = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String p = "$.topics[" + i + "]";
            TopicSpec t = binder.read(r.object(items.get(i), p, TopicBinder.FIELDS), p, "name");
            if (seen.putIfAbsent(t.name(), i) != null && !t.name().isEmpty()) {
                r.problem(p + ".name", "duplicate topic '" + t.name() + "' (also $.topics[" + seen.get(t.name()) + "])");
            }
            topics.add(t);
        }
        return topics;
    }

    private List<ProducerSpec> producers(JsonNode n, ClusterSpec cluster, List<TopicSpec> topics) {
        List<JsonNode> items = r.array(n, "$.producers");
        List<ProducerSpec> producers = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String p = "$.producers[" + i + "]";
            ObjectNode o = r.object(items.get(i), p, PRODUCER_FIELDS);
            String id = r.string(o, p, "id", "", true);
            checkClientId(id, cluster, p + ".id");
            if (seen.putIfAbsent(id, i) != null && !id.isEmpty()) {
                r.problem(p + ".id", "duplicate producer '" + id + "' (also $.producers[" + seen.get(id) + "])");
            }
            String topic = r.string(o, p, "topic", "", true);
            if (!topic.isEmpty() && topics.stream().noneMatch(t -> t.name().equals(topic))) {
                r.problem(p + ".topic", "unknown topic '" + topic + "'; topics: " + names(topics));
            }
            double rate = r.number(o, p, "ratePerSec", 0, true, 0, 10_000_000);
            int keys = (int) r.integer(o, p, "keys", 0, false, 0, 10_000_000);
            int valueBytes = (int) r.integer(o, p, "valueBytes", 100, false, 0, 10_000_000);
            if (TreeReader.present(o, "valueSubject")) {
                r.problem(p + ".valueSubject", "valueSubject: not supported yet (the schema registry is not built yet)");
            }
            Map<String, String> config = r.config(o, p, "config", false);
            checkProducerConfig(r, rules, config, config, p + ".config");
            producers.add(new ProducerSpec(id, topic, rate, keys, valueBytes, config));
        }
        return producers;
    }

    /** Per-name checks of the given entries, then the producer's own rules over the whole config. */
    static void checkProducerConfig(TreeReader r, ProducerConfigRules rules, Map<String, String> given,
                                    Map<String, String> whole, String p) {
        int before = r.problems().count();
        TopicBinder.checkConfig(r, KafkaConfigs.PRODUCER, given, p);
        if (r.problems().count() == before) {
            rules.check(whole).forEach(m -> r.problem(p, m));
        }
    }

    private void checkClientId(String id, ClusterSpec cluster, String p) {
        if (id.equals("active") || id.equals("*") || NodeIds.isNode(id, cluster)) {
            r.problem(p, "producer id '" + id + "' collides with a node id (brokers are 1.." + cluster.brokers()
                    + ", controllers " + NodeIds.controllerRange(cluster) + "; \"active\" and \"*\" are reserved)");
        }
    }

    static String names(List<TopicSpec> topics) {
        return topics.isEmpty() ? "(none)" : String.join(", ", topics.stream().map(TopicSpec::name).toList());
    }

    private Lesson lesson(JsonNode n, ClusterSpec cluster, List<TopicSpec> topics) {
        if (n == null || n.isNull()) {
            return null;
        }
        String p = "$.lesson";
        ObjectNode o = r.object(n, p, LESSON_FIELDS);
        String goal = r.string(o, p, "goal", "", false);
        List<JsonNode> items = r.array(o.get("steps"), p + ".steps");
        List<Lesson.Step> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String sp = p + ".steps[" + i + "]";
            ObjectNode s = r.object(items.get(i), sp, STEP_FIELDS);
            long at = r.duration(s, sp, "at", 0, true);
            String text = r.string(s, sp, "text", "", true);
            String ask = r.string(s, sp, "ask", null, false);
            boolean pause = r.bool(s, sp, "pause", false);
            List<String> highlight = new ArrayList<>();
            List<JsonNode> hs = r.array(s.get("highlight"), sp + ".highlight");
            for (int j = 0; j < hs.size(); j++) {
                String hp = sp + ".highlight[" + j + "]";
                if (!hs.get(j).isTextual()) {
                    r.problem(hp, "must be a string like \"broker:1\", not " + TreeReader.describe(hs.get(j)));
                    continue;
                }
                String problem = NodeIds.checkHighlight(hs.get(j).asText(), cluster, topics);
                if (problem != null) {
                    r.problem(hp, problem);
                }
                highlight.add(hs.get(j).asText());
            }
            steps.add(new Lesson.Step(at, text, ask, pause, highlight));
        }
        return new Lesson(goal, steps);
    }
}
