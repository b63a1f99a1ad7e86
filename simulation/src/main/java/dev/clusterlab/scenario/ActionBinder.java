package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.fault.Command;
import dev.clusterlab.fault.TimedCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Turns the timeline into engine commands. Entries are taken in time order (file order among
 * equal times) so that a topic exists for an action exactly when an earlier createTopic made it
 * and no deleteTopic removed it since.
 */
final class ActionBinder {
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
    private static final Map<String, String> UNSUPPORTED = new LinkedHashMap<>();

    static {
        for (String a : List.of("crashBroker", "restartBroker", "shutdownBroker", "powerFailBroker", "wipeBroker")) {
            FIELDS.put(a, List.of("broker"));
        }
        FIELDS.put("crashController", List.of("controller"));
        FIELDS.put("restartController", List.of("controller"));
        FIELDS.put("pauseNode", List.of("node"));
        FIELDS.put("resumeNode", List.of("node"));
        FIELDS.put("partitionNetwork", List.of("sides"));
        FIELDS.put("partitionOneWay", List.of("from", "to"));
        FIELDS.put("isolate", List.of("node"));
        FIELDS.put("healNetwork", List.of());
        FIELDS.put("setLatency", List.of("from", "to", "latency"));
        FIELDS.put("createTopic", TopicBinder.FIELDS);
        FIELDS.put("deleteTopic", List.of("topic"));
        FIELDS.put("alterConfig", List.of("topic", "broker", "config"));
        FIELDS.put("electPreferredLeaders", List.of("topic"));
        FIELDS.put("reassignPartition", List.of("topic", "partition", "replicas"));
        FIELDS.put("startProducer", List.of("producer"));
        FIELDS.put("stopProducer", List.of("producer"));
        FIELDS.put("setRate", List.of("producer", "ratePerSec"));
        FIELDS.put("configureProducer", List.of("producer", "config", "keys", "valueBytes"));
        for (String a : List.of("addConsumer", "removeConsumer", "crashConsumer", "pauseConsumer")) {
            UNSUPPORTED.put(a, "consumer groups are not built yet");
        }
        for (String a : List.of("registerSchema", "setCompatibility", "switchProducerSchema")) {
            UNSUPPORTED.put(a, "the schema registry is not built yet");
        }
    }

    private record Entry(String path, long atMs, String action, ObjectNode fields) {
    }

    private final TreeReader r;
    private final ProducerConfigRules rules;
    private final ClusterSpec cluster;
    private final NodeRefs refs;
    private final TopicBinder topicBinder;
    private final Map<String, Integer> topics = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> producerConfigs = new LinkedHashMap<>();

    ActionBinder(TreeReader r, ProducerConfigRules rules, ClusterSpec cluster, List<TopicSpec> topics,
                 Map<String, ProducerSpec> producers) {
        this.r = r;
        this.rules = rules;
        this.cluster = cluster;
        this.refs = new NodeRefs(r, cluster, producers.keySet());
        this.topicBinder = new TopicBinder(r, cluster.brokers(), cluster.config());
        topics.forEach(t -> this.topics.put(t.name(), t.partitions()));
        producers.forEach((id, p) -> producerConfigs.put(id, p.config()));
    }

    /** The commands in time order; entries with problems are reported and left out. */
    List<TimedCommand> bind(List<JsonNode> items) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = "$.timeline[" + i + "]";
            JsonNode n = items.get(i);
            if (!n.isObject()) {
                r.problem(p, "must be an object like {\"at\": \"10s\", \"action\": \"crashBroker\", \"broker\": 1}, not "
                        + TreeReader.describe(n));
                continue;
            }
            ObjectNode o = (ObjectNode) n;
            long at = r.duration(o, p, "at", -1, true);
            String action = r.string(o, p, "action", null, true);
            if (at >= 0 && action != null && knownAction(action, p)) {
                entries.add(new Entry(p, at, action, o));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::atMs)); // stable: file order among equal times
        List<TimedCommand> timeline = new ArrayList<>();
        for (Entry e : entries) {
            List<String> allowed = new ArrayList<>(List.of("at", "action"));
            allowed.addAll(FIELDS.get(e.action()));
            int before = r.problems().count();
            r.object(e.fields(), e.path(), allowed);
            Command c = command(e.action(), e.fields(), e.path());
            if (c != null && r.problems().count() == before) {
                timeline.add(new TimedCommand(e.atMs(), c));
            }
        }
        return timeline;
    }

    private boolean knownAction(String action, String p) {
        if (UNSUPPORTED.containsKey(action)) {
            r.problem(p + ".action", "action '" + action + "' is not supported yet (" + UNSUPPORTED.get(action) + ")");
            return false;
        }
        if (!FIELDS.containsKey(action)) {
            r.problem(p + ".action", "unknown action '" + action + "'" + Suggestions.didYouMean(action, FIELDS.keySet())
                    + "; actions: " + String.join(", ", FIELDS.keySet()));
            return false;
        }
        return true;
    }

    private Command command(String action, ObjectNode o, String p) {
        switch (action) {
            case "crashBroker": return brokerCommand(o, p, Command.CrashBroker::new);
            case "restartBroker": return brokerCommand(o, p, Command.RestartBroker::new);
            case "shutdownBroker": return brokerCommand(o, p, Command.ShutdownBroker::new);
            case "powerFailBroker": return brokerCommand(o, p, Command.PowerFailBroker::new);
            case "wipeBroker": return brokerCommand(o, p, Command.WipeBroker::new);
            case "crashController": return orNull(refs.controller(o, p), Command.CrashController::new);
            case "restartController": return orNull(refs.controller(o, p), Command.RestartController::new);
            case "pauseNode": return orNull(refs.node(o, p, "node", false, true), Command.PauseNode::new);
            case "resumeNode": return orNull(refs.node(o, p, "node", false, true), Command.ResumeNode::new);
            case "isolate": return orNull(refs.node(o, p, "node", true, false), Command.Isolate::new);
            case "partitionNetwork": return orNull(refs.sides(o, p), Command.PartitionNetwork::new);
            case "healNetwork": return new Command.HealNetwork();
            case "partitionOneWay": {
                List<String> from = refs.nodeSet(o, p, "from");
                List<String> to = refs.nodeSet(o, p, "to");
                return from == null || to == null ? null : new Command.PartitionOneWay(from, to);
            }
            case "setLatency": {
                List<String> from = refs.nodeSet(o, p, "from");
                List<String> to = refs.nodeSet(o, p, "to");
                long latency = r.duration(o, p, "latency", -1, true);
                return from == null || to == null || latency < 0 ? null : new Command.SetLatency(from, to, latency);
            }
            default: return topicOrProducerCommand(action, o, p);
        }
    }

    private Command topicOrProducerCommand(String action, ObjectNode o, String p) {
        switch (action) {
            case "createTopic": return createTopic(o, p);
            case "deleteTopic": {
                String topic = existingTopic(o, p, true);
                if (topic != null) {
                    topics.remove(topic);
                }
                return orNull(topic, Command.DeleteTopic::new);
            }
            case "alterConfig": return alterConfig(o, p);
            case "electPreferredLeaders":
                return TreeReader.present(o, "topic") ? orNull(existingTopic(o, p, true), Command.ElectPreferredLeaders::new)
                        : new Command.ElectPreferredLeaders(null);
            case "reassignPartition": return reassign(o, p);
            case "startProducer": return orNull(producer(o, p), Command.StartProducer::new);
            case "stopProducer": return orNull(producer(o, p), Command.StopProducer::new);
            case "setRate": {
                String producer = producer(o, p);
                double rate = r.number(o, p, "ratePerSec", -1, true, 0, 10_000_000);
                return producer == null || rate < 0 ? null : new Command.SetRate(producer, rate);
            }
            case "configureProducer": return configureProducer(o, p);
            default: throw new IllegalStateException("no binding for action " + action);
        }
    }

    private Command createTopic(ObjectNode o, String p) {
        TopicSpec t = topicBinder.read(o, p, "name");
        if (topics.containsKey(t.name())) {
            r.problem(p + ".name", "topic '" + t.name() + "' already exists at this time");
            return null;
        }
        topics.put(t.name(), t.partitions());
        return new Command.CreateTopic(t.name(), t.partitions(), t.replicationFactor(), t.config(), t.assignment());
    }

    private Command alterConfig(ObjectNode o, String p) {
        boolean hasTopic = TreeReader.present(o, "topic");
        if (hasTopic == TreeReader.present(o, "broker")) {
            r.problem(p, "alterConfig needs exactly one of 'topic' and 'broker'");
            return null;
        }
        if (!TreeReader.present(o, "config")) {
            r.problem(p + ".config", "'config' is required");
            return null;
        }
        Map<String, String> config = r.config(o, p, "config", true);
        TopicBinder.checkConfig(r, hasTopic ? KafkaConfigs.TOPIC : KafkaConfigs.BROKER, config, p + ".config");
        if (hasTopic) {
            String topic = existingTopic(o, p, true);
            return topic == null ? null : new Command.AlterConfig(topic, null, config);
        }
        int broker = refs.broker(o, p, "broker");
        return broker < 0 ? null : new Command.AlterConfig(null, broker, config);
    }

    private Command reassign(ObjectNode o, String p) {
        String topic = existingTopic(o, p, true);
        int partitions = topic == null ? Integer.MAX_VALUE : topics.get(topic);
        long partition = r.integer(o, p, "partition", -1, true, 0, Integer.MAX_VALUE);
        if (partition >= partitions) {
            r.problem(p + ".partition", "partition " + partition + " does not exist (topic '" + topic + "' has "
                    + partitions + " partitions)");
            return null;
        }
        List<Integer> replicas = r.intList(o.get("replicas"), p + ".replicas");
        if (o.hasNonNull("replicas") && replicas.isEmpty()) {
            r.problem(p + ".replicas", "must name at least one broker");
        }
        TopicBinder.checkReplicas(r, replicas, cluster.brokers(), p + ".replicas");
        return topic == null || partition < 0 ? null : new Command.ReassignPartition(topic, (int) partition, replicas);
    }

    private Command configureProducer(ObjectNode o, String p) {
        String producer = producer(o, p);
        if (!TreeReader.present(o, "config") && !TreeReader.present(o, "keys") && !TreeReader.present(o, "valueBytes")) {
            r.problem(p, "configureProducer needs at least one of 'config', 'keys' and 'valueBytes'");
            return null;
        }
        Map<String, String> config = r.config(o, p, "config", false);
        Integer keys = TreeReader.present(o, "keys") ? (int) r.integer(o, p, "keys", 0, false, 0, 10_000_000) : null;
        Integer valueBytes = TreeReader.present(o, "valueBytes")
                ? (int) r.integer(o, p, "valueBytes", 100, false, 0, 10_000_000) : null;
        if (producer == null) {
            return null;
        }
        Map<String, String> whole = new LinkedHashMap<>(producerConfigs.get(producer));
        whole.putAll(config);
        ScenarioBinder.checkProducerConfig(r, rules, config, whole, p + ".config");
        producerConfigs.put(producer, whole);
        return new Command.ConfigureProducer(producer, TreeReader.present(o, "config") ? config : null, keys, valueBytes);
    }

    private String existingTopic(ObjectNode o, String p, boolean required) {
        String topic = r.string(o, p, "topic", null, required);
        if (topic != null && !topics.containsKey(topic)) {
            r.problem(p + ".topic", "topic '" + topic + "' does not exist at this time; topics: "
                    + (topics.isEmpty() ? "(none)" : String.join(", ", topics.keySet())));
            return null;
        }
        return topic;
    }

    private String producer(ObjectNode o, String p) {
        String id = r.string(o, p, "producer", null, true);
        if (id != null && !producerConfigs.containsKey(id)) {
            r.problem(p + ".producer", "producer '" + id + "' does not exist; producers: "
                    + (producerConfigs.isEmpty() ? "(none)" : String.join(", ", producerConfigs.keySet())));
            return null;
        }
        return id;
    }

    private Command brokerCommand(ObjectNode o, String p, IntFunction<Command> make) {
        int broker = refs.broker(o, p, "broker");
        return broker < 0 ? null : make.apply(broker);
    }

    private static <T> Command orNull(T value, Function<T, Command> make) {
        return value == null ? null : make.apply(value);
    }
}
