package dev.clusterlab.snapshot;

import java.util.Locale;

/**
 * What part of the cluster a timeline entry belongs to, so the timeline can be filtered by it.
 * Derived from the event alone: a command, a node's own timer, or a message by Kafka's RPC name.
 */
public enum TimelineCategory {
    /** A user or scenario command (crashBroker, partitionNetwork, …), carried out or refused. */
    COMMAND,
    /** The clients' requests: Produce, InitProducerId, Metadata. */
    PRODUCE,
    /** Followers fetching from partition leaders. */
    REPLICATION,
    /** The controllers' KRaft quorum: Vote, BeginQuorumEpoch, EndQuorumEpoch, Raft Fetch. */
    RAFT,
    /** Brokers and the active controller: heartbeats, registration, AlterPartition, CreateTopics. */
    CONTROLLER,
    /** A node's own timer: heartbeat due, fetch max wait, session checks, linger, timeouts. */
    TIMER,
    /** The network: a connection refused by a peer whose process died. */
    NETWORK,
    /** Anything else, such as the scenario's topic creation at start-up. */
    OTHER;

    /** Lower case, for labels: "command", "replication". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category of a message delivery by its RPC name (FetchRequest, VoteResponse, …). */
    public static TimelineCategory ofMessage(String type) {
        if (type.startsWith("Raft") || type.startsWith("Vote") || type.startsWith("BeginQuorumEpoch")
                || type.startsWith("EndQuorumEpoch")) {
            return RAFT;
        }
        if (type.startsWith("Fetch")) {
            return REPLICATION;
        }
        if (type.startsWith("Produce") || type.startsWith("InitProducerId") || type.startsWith("Metadata")) {
            return PRODUCE;
        }
        if (type.startsWith("Broker") || type.startsWith("AlterPartition") || type.startsWith("CreateTopics")) {
            return CONTROLLER;
        }
        return OTHER;
    }
}
