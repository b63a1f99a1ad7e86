package dev.clusterlab.config;

import static dev.clusterlab.config.ConfigKey.ofBoolean;
import static dev.clusterlab.config.ConfigKey.ofInt;
import static dev.clusterlab.config.ConfigKey.ofLong;
import static dev.clusterlab.config.ConfigKey.ofString;

/** The Kafka configs the simulator models, with Kafka 4.4's defaults (KAFKA-SEMANTICS.md). */
public final class KafkaConfigs {
    private KafkaConfigs() {
    }

    /** Cluster-wide broker and controller configs (the scenario's {@code cluster.config}). */
    public static final ConfigDef BROKER = new ConfigDef("broker",
            ofBoolean("unclean.leader.election.enable", false),
            ofInt("min.insync.replicas", 1, 1),
            ofInt("default.replication.factor", 1, 1),
            ofInt("num.partitions", 1, 1),
            ofBoolean("auto.create.topics.enable", true),
            ofLong("replica.lag.time.max.ms", 30000, 1),
            ofLong("replica.fetch.wait.max.ms", 500, 0),
            ofInt("replica.fetch.min.bytes", 1, 1),
            ofInt("replica.fetch.max.bytes", 1048576, 0),
            ofLong("replica.fetch.backoff.ms", 1000, 0),
            ofLong("replica.socket.timeout.ms", 30000, 1),
            ofLong("broker.session.timeout.ms", 9000, 1),
            ofLong("broker.heartbeat.interval.ms", 2000, 1),
            ofBoolean("auto.leader.rebalance.enable", true),
            ofLong("leader.imbalance.check.interval.seconds", 300, 1),
            ofLong("unclean.leader.election.interval.ms", 300000, 1),
            ofLong("controller.quorum.fetch.timeout.ms", 2000, 1),
            ofLong("controller.quorum.election.timeout.ms", 1000, 1),
            ofLong("controller.quorum.election.backoff.max.ms", 1000, 1),
            ofLong("controller.quorum.request.timeout.ms", 2000, 1),
            ofLong("metadata.max.idle.interval.ms", 500, 0),
            ofLong("os.dirty.expire.ms", 30000, 0),
            ofLong("log.retention.check.interval.ms", 300000, 1),
            ofInt("eligible.leader.replicas.version", 1, 0));

    /** Topic configs; min.insync.replicas and unclean.leader.election.enable default to the broker's. */
    public static final ConfigDef TOPIC = new ConfigDef("topic",
            ofInt("min.insync.replicas", 1, 1),
            ofBoolean("unclean.leader.election.enable", false),
            ofString("cleanup.policy", "delete", "delete"),
            ofLong("retention.ms", 604800000L, -1),
            ofLong("retention.bytes", -1L, -1),
            ofLong("segment.ms", 604800000L, 1),
            ofInt("segment.bytes", 1073741824, 1048576));

    /** Producer configs. */
    public static final ConfigDef PRODUCER = new ConfigDef("producer",
            ofString("acks", "all", "all", "-1", "0", "1"),
            ofLong("linger.ms", 5, 0),
            ofInt("batch.size", 16384, 0),
            ofBoolean("enable.idempotence", true),
            ofInt("retries", Integer.MAX_VALUE, 0),
            ofInt("max.in.flight.requests.per.connection", 5, 1),
            ofInt("request.timeout.ms", 30000, 0),
            ofInt("delivery.timeout.ms", 120000, 0),
            ofLong("retry.backoff.ms", 100, 0),
            ofLong("retry.backoff.max.ms", 1000, 0),
            ofLong("metadata.max.age.ms", 300000, 0),
            ofLong("max.block.ms", 60000, 0),
            ofLong("buffer.memory", 33554432, 0),
            ofBoolean("partitioner.ignore.keys", false));
}
