package dev.clusterlab.fault;

import java.util.List;
import java.util.Map;

/**
 * Everything a user can do to the cluster: the same vocabulary for the scenario timeline, the
 * desktop app and the command line. {@link #action()} is the contract's action name.
 * Node references are strings: a broker or controller id ("2", "1001"), a client id
 * ("checkout"), or "active" for the active controller where the contract allows it.
 */
public sealed interface Command {
    String action();

    record CrashBroker(int broker) implements Command {
        public String action() {
            return "crashBroker";
        }
    }

    record RestartBroker(int broker) implements Command {
        public String action() {
            return "restartBroker";
        }
    }

    record ShutdownBroker(int broker) implements Command {
        public String action() {
            return "shutdownBroker";
        }
    }

    record PowerFailBroker(int broker) implements Command {
        public String action() {
            return "powerFailBroker";
        }
    }

    record WipeBroker(int broker) implements Command {
        public String action() {
            return "wipeBroker";
        }
    }

    /** controller: an id, or "active". */
    record CrashController(String controller) implements Command {
        public String action() {
            return "crashController";
        }
    }

    record RestartController(String controller) implements Command {
        public String action() {
            return "restartController";
        }
    }

    /** node: a broker or controller id, or "active". */
    record PauseNode(String node) implements Command {
        public String action() {
            return "pauseNode";
        }
    }

    record ResumeNode(String node) implements Command {
        public String action() {
            return "resumeNode";
        }
    }

    /** Links between different sides drop every message until healNetwork. */
    record PartitionNetwork(List<List<String>> sides) implements Command {
        public String action() {
            return "partitionNetwork";
        }
    }

    /** from/to: node ids, or ["*"] for every node. */
    record PartitionOneWay(List<String> from, List<String> to) implements Command {
        public String action() {
            return "partitionOneWay";
        }
    }

    record Isolate(String node) implements Command {
        public String action() {
            return "isolate";
        }
    }

    record HealNetwork() implements Command {
        public String action() {
            return "healNetwork";
        }
    }

    /** One direction: messages from every node of from to every node of to take latencyMs. */
    record SetLatency(List<String> from, List<String> to, long latencyMs) implements Command {
        public String action() {
            return "setLatency";
        }
    }

    /** assignment may be null: the controller places replicas. */
    record CreateTopic(String topic, int partitions, int replicationFactor, Map<String, String> config,
                       List<List<Integer>> assignment) implements Command {
        public String action() {
            return "createTopic";
        }
    }

    record DeleteTopic(String topic) implements Command {
        public String action() {
            return "deleteTopic";
        }
    }

    /** Exactly one of topic and broker is set; a null config value deletes the override. */
    record AlterConfig(String topic, Integer broker, Map<String, String> config) implements Command {
        public String action() {
            return "alterConfig";
        }
    }

    /** topic may be null: every topic. */
    record ElectPreferredLeaders(String topic) implements Command {
        public String action() {
            return "electPreferredLeaders";
        }
    }

    record ReassignPartition(String topic, int partition, List<Integer> replicas) implements Command {
        public String action() {
            return "reassignPartition";
        }
    }

    record StartProducer(String producer) implements Command {
        public String action() {
            return "startProducer";
        }
    }

    record StopProducer(String producer) implements Command {
        public String action() {
            return "stopProducer";
        }
    }

    record SetRate(String producer, double ratePerSec) implements Command {
        public String action() {
            return "setRate";
        }
    }

    /** Restarts the producer with these settings (null = unchanged); it gets a new producer id. */
    record ConfigureProducer(String producer, Map<String, String> config, Integer keys, Integer valueBytes)
            implements Command {
        public String action() {
            return "configureProducer";
        }
    }
}
