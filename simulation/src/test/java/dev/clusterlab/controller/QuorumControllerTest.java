package dev.clusterlab.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.fault.Command;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.network.Message;
import dev.clusterlab.protocol.AlterPartitionRequest;
import dev.clusterlab.protocol.AlterPartitionResponse;
import dev.clusterlab.protocol.BrokerHeartbeatRequest;
import dev.clusterlab.protocol.BrokerHeartbeatResponse;
import dev.clusterlab.protocol.BrokerRegistrationRequest;
import dev.clusterlab.protocol.BrokerRegistrationResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Broker registration, heartbeats, fencing and AlterPartition validation on a real three-voter
 * controller quorum, driven by hand-made broker nodes (ClusterControlManager, BrokerHeartbeatManager
 * and ReplicationControlManager.validateAlterPartitionData behaviour).
 */
class QuorumControllerTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    private final Simulation sim = new Simulation(11);
    private final Config config = KafkaConfigs.BROKER.parse(Map.of());
    private final List<ControllerNode> controllers = new ArrayList<>();
    private final Map<Integer, TestBroker> brokers = new TreeMap<>();
    /** Committed records with their offset and commit time (first delivery only). */
    private final List<Committed> committed = new ArrayList<>();
    private long lastCommittedOffset = -1;

    record Committed(long offset, long timeMs, MetadataRecord record) {
    }

    /** A broker process reduced to what the controller sees: requests out, responses collected. */
    static final class TestBroker extends SimNode {
        final List<Message> received = new ArrayList<>();
        private int correlationId;

        TestBroker(Simulation sim, int id) {
            super(sim, Integer.toString(id));
        }

        int nextCorrelationId() {
            return correlationId++;
        }

        @Override
        protected void onMessage(SimNode from, Message message) {
            received.add(message);
        }
    }

    @BeforeEach
    void startQuorum() {
        List<Integer> voters = List.of(1001, 1002, 1003);
        ClusterEvents events = new ClusterEvents() {
            @Override
            public void metadataCommitted(long offset, MetadataRecord record, MetadataImage image) {
                if (offset > lastCommittedOffset) {
                    lastCommittedOffset = offset;
                    committed.add(new Committed(offset, sim.nowMs(), record));
                }
            }
        };
        for (int id : voters) {
            controllers.add(sim.register(new ControllerNode(sim, id, config, voters, events)));
        }
        for (int id = 1; id <= 3; id++) {
            brokers.put(id, sim.register(new TestBroker(sim, id)));
        }
        controllers.forEach(SimNode::start);
        brokers.values().forEach(SimNode::start);
        runUntil(() -> active() != null, 10_000);
    }

    // ---------------------------------------------------------------- helpers

    private ControllerNode active() {
        for (ControllerNode c : controllers) {
            if (c.isActiveController()) {
                return c;
            }
        }
        return null;
    }

    private ControllerNode standby() {
        for (ControllerNode c : controllers) {
            if (c.isUp() && !c.isActiveController()) {
                return c;
            }
        }
        return fail("no standby controller");
    }

    private MetadataImage image() {
        return active().controller().committedImage();
    }

    private void runUntil(java.util.function.BooleanSupplier done, long maxMs) {
        long deadline = sim.nowMs() + maxMs;
        while (!done.getAsBoolean()) {
            if (sim.nowMs() > deadline || !sim.step()) {
                fail("condition not reached within " + maxMs + " ms (now " + sim.nowMs() + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Message> T await(TestBroker b, Class<T> type, Predicate<T> match) {
        runUntil(() -> b.received.stream().anyMatch(m -> type.isInstance(m) && match.test((T) m)), 10_000);
        for (Message m : b.received) {
            if (type.isInstance(m) && match.test((T) m)) {
                b.received.remove(m);
                return (T) m;
            }
        }
        throw new AssertionError();
    }

    private BrokerRegistrationResponse register(int id, String incarnation, long previousEpoch, SimNode to) {
        TestBroker b = brokers.get(id);
        int corr = b.nextCorrelationId();
        b.send(to, new BrokerRegistrationRequest(corr, id, incarnation, previousEpoch));
        return await(b, BrokerRegistrationResponse.class, r -> r.correlationId() == corr);
    }

    private BrokerRegistrationResponse register(int id, String incarnation) {
        return register(id, incarnation, -1, active());
    }

    private BrokerHeartbeatResponse heartbeat(int id, long brokerEpoch, long metadataOffset) {
        return heartbeat(id, brokerEpoch, metadataOffset, false);
    }

    private BrokerHeartbeatResponse heartbeat(int id, long brokerEpoch, long metadataOffset, boolean wantShutDown) {
        TestBroker b = brokers.get(id);
        int corr = b.nextCorrelationId();
        b.send(active(), new BrokerHeartbeatRequest(corr, id, brokerEpoch, metadataOffset, false, wantShutDown));
        return await(b, BrokerHeartbeatResponse.class, r -> r.correlationId() == corr);
    }

    private AlterPartitionResponse alterPartition(int id, long brokerEpoch, int leaderEpoch, int partitionEpoch,
                                                  List<Integer> isr, SimNode to) {
        TestBroker b = brokers.get(id);
        int corr = b.nextCorrelationId();
        b.send(to, new AlterPartitionRequest(corr, id, brokerEpoch, TP, leaderEpoch, partitionEpoch, isr));
        return await(b, AlterPartitionResponse.class, r -> r.correlationId() == corr);
    }

    /** Registers and unfences a broker; returns its broker epoch. */
    private long registerAndUnfence(int id) {
        long epoch = register(id, "incarnation-" + id).brokerEpoch();
        BrokerHeartbeatResponse r = heartbeat(id, epoch, lastCommittedOffset);
        assertThat(r.isFenced()).isFalse();
        return epoch;
    }

    private void createTopic() {
        createTopic(Map.of(), List.of(1, 2, 3));
    }

    private void createTopic(Map<String, String> config, List<Integer> replicas) {
        String error = active().controller().admin().createTopic(
                new Command.CreateTopic("t", 1, replicas.size(), config, List.of(replicas)));
        assertThat(error).isNull();
        runUntil(() -> image().partition(TP) != null, 5_000);
    }

    /** Keeps brokers' sessions alive for the given time with heartbeats every 2 s. */
    private void heartbeatFor(long ms, Map<Integer, Long> epochs) {
        long end = sim.nowMs() + ms;
        while (sim.nowMs() < end) {
            epochs.forEach((id, epoch) -> heartbeat(id, epoch, lastCommittedOffset));
            sim.runUntil(Math.min(end, sim.nowMs() + 2_000));
        }
    }

    // ---------------------------------------------------------------- registration and heartbeats

    @Test
    void brokerEpochIsTheOffsetOfTheRegistrationRecord() {
        BrokerRegistrationResponse r = register(1, "a");
        assertThat(r.error()).isEqualTo(Errors.NONE);
        Committed rec = committed.stream().filter(c -> c.record() instanceof MetadataRecord.RegisterBrokerRecord)
                .findFirst().orElseThrow();
        assertThat(rec.offset()).isEqualTo(r.brokerEpoch());
        assertThat(((MetadataRecord.RegisterBrokerRecord) rec.record()).fenced()).isTrue();
        assertThat(image().broker(1).brokerEpoch()).isEqualTo(r.brokerEpoch());
        assertThat(image().broker(1).fenced()).isTrue();
    }

    @Test
    void heartbeatUnfencesOnlyOnceTheBrokerCaughtUpToItsRegistration() {
        long epoch = register(1, "a").brokerEpoch();

        BrokerHeartbeatResponse behind = heartbeat(1, epoch, epoch - 1);
        assertThat(behind.error()).isEqualTo(Errors.NONE);
        assertThat(behind.isFenced()).isTrue();
        assertThat(behind.isCaughtUp()).isFalse();
        assertThat(image().broker(1).fenced()).isTrue();

        BrokerHeartbeatResponse caughtUp = heartbeat(1, epoch, epoch);
        assertThat(caughtUp.isFenced()).isFalse();
        assertThat(caughtUp.isCaughtUp()).isTrue();
        assertThat(image().broker(1).fenced()).isFalse();
        assertThat(image().broker(1).isActive()).isTrue();
    }

    @Test
    void heartbeatWithAnOldBrokerEpochIsStale() {
        long epoch = registerAndUnfence(1);
        assertThat(heartbeat(1, epoch - 1, lastCommittedOffset).error()).isEqualTo(Errors.STALE_BROKER_EPOCH);
        assertThat(heartbeat(2, 0, lastCommittedOffset).error()).isEqualTo(Errors.BROKER_ID_NOT_REGISTERED);
    }

    @Test
    void newIncarnationIsRefusedWhileTheOldSessionIsValid() {
        long first = registerAndUnfence(1);

        BrokerRegistrationResponse duplicate = register(1, "other-incarnation");
        assertThat(duplicate.error()).isEqualTo(Errors.DUPLICATE_BROKER_REGISTRATION);
        assertThat(image().broker(1).brokerEpoch()).isEqualTo(first);

        // once the old session expired (and the broker was fenced) the new incarnation gets in
        sim.runUntil(sim.nowMs() + 10_000);
        assertThat(image().broker(1).fenced()).isTrue();
        BrokerRegistrationResponse second = register(1, "other-incarnation");
        assertThat(second.error()).isEqualTo(Errors.NONE);
        assertThat(second.brokerEpoch()).isGreaterThan(first);
        assertThat(image().broker(1).incarnationId()).isEqualTo("other-incarnation");
    }

    @Test
    void unfencedBrokerIsFencedAfterTheSessionTimeout() {
        long epoch = registerAndUnfence(1);
        // a heartbeat that writes nothing is answered at once: it arrived one link latency (1 ms) ago
        assertThat(heartbeat(1, epoch, lastCommittedOffset).isFenced()).isFalse();
        long lastHeartbeatMs = sim.nowMs() - 1;
        int before = committed.size();

        sim.runUntil(lastHeartbeatMs + 8_999);
        assertThat(image().broker(1).fenced()).isFalse();

        runUntil(() -> image().broker(1).fenced(), 5_000);
        Committed fence = committed.subList(before, committed.size()).stream()
                .filter(c -> c.record() instanceof MetadataRecord.BrokerRegistrationChangeRecord r
                        && Boolean.TRUE.equals(r.fenced()))
                .findFirst().orElseThrow();
        // written when the session expired, committed after Raft's linger and one replication round trip
        assertThat(fence.timeMs()).isBetween(lastHeartbeatMs + 9_000, lastHeartbeatMs + 9_200);
        assertThat(image().broker(1).brokerEpoch()).isEqualTo(epoch);
    }

    @Test
    void requestsToAStandbyControllerGetNotController() {
        ControllerNode standby = standby();
        assertThat(register(1, "a", -1, standby).error()).isEqualTo(Errors.NOT_CONTROLLER);
        assertThat(alterPartition(1, 0, 0, 0, List.of(1), standby).error()).isEqualTo(Errors.NOT_CONTROLLER);
    }

    // ---------------------------------------------------------------- AlterPartition

    @Test
    void alterPartitionFromTheLeaderShrinksTheIsrAndBumpsOnlyThePartitionEpoch() {
        Map<Integer, Long> epochs = new TreeMap<>();
        for (int id = 1; id <= 3; id++) {
            epochs.put(id, registerAndUnfence(id));
        }
        createTopic();
        PartitionRegistration p = image().partition(TP);
        assertThat(p.leader()).isEqualTo(1);
        assertThat(p.isr()).containsExactly(1, 2, 3);

        AlterPartitionResponse r = alterPartition(1, epochs.get(1), p.leaderEpoch(), p.partitionEpoch(),
                List.of(1, 2), active());
        assertThat(r.error()).isEqualTo(Errors.NONE);
        assertThat(r.isr()).containsExactly(1, 2);
        assertThat(r.leaderId()).isEqualTo(1);
        assertThat(r.leaderEpoch()).isEqualTo(p.leaderEpoch());
        assertThat(r.partitionEpoch()).isEqualTo(p.partitionEpoch() + 1);
        // the answer comes once the change is committed
        assertThat(image().partition(TP).isr()).containsExactly(1, 2);
        assertThat(image().partition(TP).partitionEpoch()).isEqualTo(p.partitionEpoch() + 1);
    }

    @Test
    void alterPartitionValidation() {
        Map<Integer, Long> epochs = new TreeMap<>();
        for (int id = 1; id <= 3; id++) {
            epochs.put(id, registerAndUnfence(id));
        }
        createTopic();
        PartitionRegistration p = image().partition(TP);
        int le = p.leaderEpoch();
        int pe = p.partitionEpoch();

        assertThat(alterPartition(1, epochs.get(1) - 1, le, pe, List.of(1, 2), active()).error())
                .isEqualTo(Errors.STALE_BROKER_EPOCH);
        assertThat(alterPartition(1, epochs.get(1), le - 1, pe, List.of(1, 2), active()).error())
                .isEqualTo(Errors.FENCED_LEADER_EPOCH);
        assertThat(alterPartition(1, epochs.get(1), le, pe, List.of(2, 3), active()).error())
                .isEqualTo(Errors.INVALID_REQUEST);

        // shrink to [1, 2]; a request still carrying the old partition epoch is then out of date
        assertThat(alterPartition(1, epochs.get(1), le, pe, List.of(1, 2), active()).error()).isEqualTo(Errors.NONE);
        assertThat(alterPartition(1, epochs.get(1), le, pe, List.of(1, 2, 3), active()).error())
                .isEqualTo(Errors.INVALID_UPDATE_VERSION);

        // broker 3 stops heartbeating and is fenced: it cannot rejoin the ISR
        epochs.remove(3);
        heartbeatFor(12_000, epochs);
        assertThat(image().broker(3).fenced()).isTrue();
        PartitionRegistration now = image().partition(TP);
        assertThat(alterPartition(1, epochs.get(1), now.leaderEpoch(), now.partitionEpoch(), List.of(1, 2, 3),
                active()).error()).isEqualTo(Errors.INELIGIBLE_REPLICA);
        assertThat(image().partition(TP).isr()).containsExactly(1, 2);
    }

    @Test
    void fencingTheLeaderElectsTheNextIsrMember() {
        Map<Integer, Long> epochs = new TreeMap<>();
        for (int id = 1; id <= 3; id++) {
            epochs.put(id, registerAndUnfence(id));
        }
        createTopic();
        PartitionRegistration before = image().partition(TP);

        epochs.remove(1);
        heartbeatFor(12_000, epochs);

        PartitionRegistration after = image().partition(TP);
        assertThat(image().broker(1).fenced()).isTrue();
        assertThat(after.leader()).isEqualTo(2);
        assertThat(after.isr()).containsExactly(2, 3);
        assertThat(after.leaderEpoch()).isEqualTo(before.leaderEpoch() + 1);
        assertThat(after.partitionEpoch()).isEqualTo(before.partitionEpoch() + 1);
    }

    // ---------------------------------------------------------------- ELR, unclean restarts, shutdown

    private Map<Integer, Long> threeUnfencedBrokers() {
        Map<Integer, Long> epochs = new TreeMap<>();
        for (int id = 1; id <= 3; id++) {
            epochs.put(id, registerAndUnfence(id));
        }
        return epochs;
    }

    @Test
    void fencedIsrMemberGoesToTheElrAndAnUncleanRestartRemovesItFromThere() {
        Map<Integer, Long> epochs = threeUnfencedBrokers();
        createTopic(Map.of("min.insync.replicas", "3"), List.of(1, 2, 3));
        long oldEpoch = epochs.remove(3);
        heartbeatFor(12_000, epochs);
        PartitionRegistration p = image().partition(TP);
        assertThat(p.isr()).containsExactly(1, 2);
        assertThat(p.elr()).containsExactly(3);

        // KIP-966: a broker that did not shut down cleanly may have lost data: out of the ELR
        BrokerRegistrationResponse r = register(3, "incarnation-3b", -1, active());
        assertThat(r.brokerEpoch()).isGreaterThan(oldEpoch);
        runUntil(() -> image().partition(TP).elr().isEmpty(), 5_000);
        assertThat(image().partition(TP).isr()).containsExactly(1, 2);
    }

    @Test
    void cleanRestartKeepsTheBrokerInTheElr() {
        Map<Integer, Long> epochs = threeUnfencedBrokers();
        createTopic(Map.of("min.insync.replicas", "3"), List.of(1, 2, 3));
        long oldEpoch = epochs.remove(3);
        heartbeatFor(12_000, epochs);

        register(3, "incarnation-3b", oldEpoch, active());
        heartbeatFor(1_000, epochs);
        assertThat(image().partition(TP).elr()).containsExactly(3);
    }

    @Test
    void unfencedElrMemberBringsALeaderlessPartitionBackCleanly() {
        long epoch = registerAndUnfence(1);
        createTopic(Map.of(), List.of(1));
        sim.runUntil(sim.nowMs() + 12_000);
        PartitionRegistration offline = image().partition(TP);
        assertThat(offline.leader()).isEqualTo(-1);
        assertThat(offline.isr()).isEmpty();
        assertThat(offline.elr()).containsExactly(1);
        assertThat(offline.lastKnownElr()).containsExactly(1);

        long second = register(1, "incarnation-1b", epoch, active()).brokerEpoch();
        heartbeat(1, second, lastCommittedOffset);
        PartitionRegistration online = image().partition(TP);
        assertThat(online.leader()).isEqualTo(1);
        assertThat(online.isr()).containsExactly(1);
        assertThat(online.elr()).isEmpty();
        assertThat(online.recovering()).isFalse();
        assertThat(online.leaderEpoch()).isEqualTo(offline.leaderEpoch() + 1);
    }

    @Test
    void afterAnUncleanRestartTheLastKnownLeaderIsElectedAsRecovering() {
        long epoch = registerAndUnfence(1);
        createTopic(Map.of(), List.of(1));
        sim.runUntil(sim.nowMs() + 12_000);

        long second = register(1, "incarnation-1b", -1, active()).brokerEpoch();
        runUntil(() -> image().partition(TP).elr().isEmpty(), 5_000);
        assertThat(image().partition(TP).lastKnownElr()).containsExactly(1);
        assertThat(second).isGreaterThan(epoch);

        heartbeat(1, second, lastCommittedOffset);
        PartitionRegistration online = image().partition(TP);
        assertThat(online.leader()).isEqualTo(1);
        assertThat(online.isr()).containsExactly(1);
        assertThat(online.recovering()).isTrue();
        assertThat(online.lastKnownElr()).isEmpty();
    }

    @Test
    void controlledShutdownMovesLeadershipThenLetsTheBrokerGo() {
        Map<Integer, Long> epochs = threeUnfencedBrokers();
        createTopic();
        assertThat(image().partition(TP).leader()).isEqualTo(1);

        BrokerHeartbeatResponse first = heartbeat(1, epochs.get(1), lastCommittedOffset, true);
        assertThat(first.shouldShutDown()).as("the other brokers have not seen the change yet").isFalse();
        PartitionRegistration moved = image().partition(TP);
        assertThat(moved.leader()).isEqualTo(2);
        assertThat(moved.isr()).containsExactly(2, 3);
        assertThat(image().broker(1).inControlledShutdown()).isTrue();

        heartbeat(2, epochs.get(2), lastCommittedOffset);
        heartbeat(3, epochs.get(3), lastCommittedOffset);
        BrokerHeartbeatResponse last = heartbeat(1, epochs.get(1), lastCommittedOffset, true);
        assertThat(last.shouldShutDown()).isTrue();
        assertThat(image().broker(1).fenced()).isTrue();
    }
}
