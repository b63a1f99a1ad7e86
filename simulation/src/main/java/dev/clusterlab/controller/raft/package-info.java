/**
 * The Raft layer of the KRaft controller quorum (KAFKA-SEMANTICS.md §2.1, and the broker side of §2.5),
 * modelled on Kafka 4.x's {@code raft} module: {@code KafkaRaftClient}, {@code QuorumState},
 * {@code LeaderState}, {@code FollowerState}, {@code ProspectiveState}, {@code CandidateState},
 * {@code ReplicatedLog.truncateToEndOffset} and {@code LeaderEpochFileCache}.
 *
 * <ul>
 *   <li>{@link dev.clusterlab.controller.raft.RaftReplica}: one voter (a controller). Pre-vote elections
 *       (KIP-996), pull replication with divergence truncation, "commit your own LeaderChangeRecord
 *       first", check-quorum, Begin/EndQuorumEpoch.</li>
 *   <li>{@link dev.clusterlab.controller.raft.RaftObserver}: a broker fetching the committed metadata log.</li>
 *   <li>{@link dev.clusterlab.controller.raft.RaftDisk}: what survives a crash (log, epoch, vote, leader).</li>
 * </ul>
 *
 * Messages are records named after Kafka's RPCs (VoteRequest, BeginQuorumEpochRequest,
 * EndQuorumEpochRequest, RaftFetchRequest, and their responses) with Kafka's {@code Errors}.
 */
package dev.clusterlab.controller.raft;
