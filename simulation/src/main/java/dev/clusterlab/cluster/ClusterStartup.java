package dev.clusterlab.cluster;

import dev.clusterlab.broker.BrokerNode;
import dev.clusterlab.client.ProducerClient;
import dev.clusterlab.controller.ControllerNode;
import dev.clusterlab.controller.StripedReplicaPlacer;
import dev.clusterlab.controller.raft.RaftBootstrap;
import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.fault.Command;
import dev.clusterlab.metadata.MetadataRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings the cluster up at t=0, in one of the contract's two ways. Ready: the disks are
 * formatted as a formed cluster's (brokers registered and unfenced, topics created with full ISR
 * and the first replica leading, every controller having voted for 1001 in epoch 1), so 1001
 * wins epoch 1 within a round trip. Cold: every node starts from an empty disk; the scenario's
 * topics are created as soon as a controller is active and enough brokers are unfenced.
 */
final class ClusterStartup {
    private static final long TOPIC_RETRY_MS = 500;

    private final ClusterSimulation cluster;
    private final ClusterNodes nodes;

    ClusterStartup(ClusterSimulation cluster) {
        this.cluster = cluster;
        this.nodes = cluster.nodes();
    }

    void start() {
        if (cluster.setup().coldStart()) {
            startCold();
        } else {
            startReady();
        }
        for (ProducerClient p : nodes.producers.values()) {
            p.start();
            p.startProducing();
        }
    }

    private void startCold() {
        nodes.controllers.values().forEach(SimNode::start);
        nodes.brokers.values().forEach(SimNode::start);
        List<Command.CreateTopic> pending = new ArrayList<>(cluster.setup().topics());
        if (!pending.isEmpty()) {
            cluster.engine().schedule(new TopicCreation(pending), 0);
        }
    }

    private void startReady() {
        List<MetadataRecord> records = new ArrayList<>();
        Map<Integer, Long> brokerEpochs = new TreeMap<>();
        for (int id : nodes.brokerIds()) {
            long offset = records.size();
            brokerEpochs.put(id, offset);
            records.add(new MetadataRecord.RegisterBrokerRecord(id, offset, "bootstrap-" + id, false));
        }
        StripedReplicaPlacer placer = new StripedReplicaPlacer(cluster.engine().random("bootstrap-placement"));
        for (Command.CreateTopic t : cluster.setup().topics()) {
            List<List<Integer>> assignment = t.assignment() != null ? t.assignment()
                    : placer.place(t.partitions(), t.replicationFactor(), nodes.brokerIds(), List.of());
            records.add(new MetadataRecord.TopicRecord(t.topic(), "topic-" + t.topic()));
            for (Map.Entry<String, String> c : new TreeMap<>(t.config()).entrySet()) {
                records.add(new MetadataRecord.ConfigRecord("TOPIC", t.topic(), c.getKey(), c.getValue()));
            }
            for (int p = 0; p < assignment.size(); p++) {
                List<Integer> replicas = assignment.get(p);
                records.add(new MetadataRecord.PartitionRecord(t.topic(), p, replicas, replicas, List.of(), List.of(),
                        replicas.get(0), 0, 0));
            }
        }
        int bootstrapLeader = nodes.controllerIds().get(0);
        for (ControllerNode c : nodes.controllers.values()) {
            RaftBootstrap.formatVoter(c.disk(), records, bootstrapLeader);
        }
        for (BrokerNode b : nodes.brokers.values()) {
            RaftBootstrap.formatObserver(b.disk().metadataLog(), records);
        }
        nodes.controllers.values().forEach(SimNode::start);
        for (BrokerNode b : nodes.brokers.values()) {
            b.startRegistered(brokerEpochs.get(b.brokerId()));
        }
    }

    /** Cold start: creates the scenario's topics once the cluster can take them. */
    private final class TopicCreation extends SimEvent {
        private final List<Command.CreateTopic> pending;
        private final List<String> created = new ArrayList<>();

        TopicCreation(List<Command.CreateTopic> pending) {
            this.pending = pending;
        }

        @Override
        public SimNode node() {
            return null;
        }

        @Override
        public void fire() {
            ControllerNode active = nodes.activeController();
            created.clear();
            if (active != null) {
                long unfenced = active.controller().committedImage().brokers().values().stream()
                        .filter(b -> b.isActive()).count();
                for (Command.CreateTopic t : new ArrayList<>(pending)) {
                    int rf = t.assignment() != null ? t.assignment().get(0).size() : t.replicationFactor();
                    if (unfenced >= rf && cluster.executeNow(t) == null) {
                        pending.remove(t);
                        created.add(t.topic());
                    }
                }
            }
            if (!pending.isEmpty()) {
                cluster.engine().schedule(new TopicCreation(pending), cluster.nowMs() + TOPIC_RETRY_MS);
            }
        }

        @Override
        public String type() {
            return "ScenarioTopicCreation";
        }

        @Override
        public void describe(Map<String, Object> fields) {
            fields.put("created", List.copyOf(created));
            List<String> waiting = new ArrayList<>();
            pending.forEach(t -> waiting.add(t.topic()));
            fields.put("waiting", waiting);
        }
    }
}
