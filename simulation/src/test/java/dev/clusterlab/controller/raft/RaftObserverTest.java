package dev.clusterlab.controller.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.controller.raft.RaftTestCluster.Broker;
import dev.clusterlab.controller.raft.RaftTestCluster.Controller;
import dev.clusterlab.metadata.MetadataRecord.TopicRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaftObserverTest {

    @Test
    void observersReceiveExactlyTheCommittedEntriesInOrderAcrossAFailoverAndARestart() {
        RaftTestCluster cluster = new RaftTestCluster(21, 3, 5);
        cluster.startAll();
        Controller first = cluster.awaitActiveLeader(10_000);
        for (int i = 0; i < 20; i++) {
            first.append(new TopicRecord("a" + i, "id-a" + i));
        }
        cluster.runFor(2_000);
        for (Broker b : cluster.brokers.values()) {
            assertThat(b.committed).isEqualTo(first.committed);
            assertThat(b.observer.leaderId()).isEqualTo(first.nodeId);
            assertThat(b.observer.leaderEpoch()).isEqualTo(first.replica.epoch());
        }

        first.stop();
        Controller second = cluster.awaitActiveLeaderOtherThan(first, 10_000);
        for (int i = 0; i < 20; i++) {
            second.append(new TopicRecord("b" + i, "id-b" + i));
        }
        Broker restarted = cluster.broker(3);
        restarted.stop();
        cluster.runFor(1_000);
        restarted.start();
        assertThat(restarted.committed).hasSizeGreaterThanOrEqualTo(21);
        cluster.runFor(3_000);

        List<LogEntry> expected = second.committed;
        assertThat(expected.stream().filter(e -> e.record() instanceof TopicRecord).count()).isEqualTo(40);
        for (Broker b : cluster.brokers.values()) {
            assertThat(b.committed).isEqualTo(expected);
            assertThat(b.observer.highWatermark()).isEqualTo(second.replica.highWatermark());
            assertThat(b.observer.logEndOffset()).isEqualTo(second.replica.highWatermark());
            assertThat(b.observer.leaderId()).isEqualTo(second.nodeId);
        }
    }

    @Test
    void observersNeverSeeUncommittedEntries() {
        RaftTestCluster cluster = new RaftTestCluster(22, 3, 2);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);
        for (Controller c : cluster.controllers.values()) {
            if (c != leader) {
                c.stop();
            }
        }
        leader.append(new TopicRecord("never", "committed"));
        cluster.runFor(10_000);
        for (Broker b : cluster.brokers.values()) {
            assertThat(b.observer.logEndOffset()).isLessThan(leader.replica.logEndOffset());
            assertThat(b.committed).noneMatch(e -> e.record().equals(new TopicRecord("never", "committed")));
        }
    }

    @Test
    void anIdleQuorumWithObserversCostsOnlyTheLongPollFetches() {
        RaftTestCluster cluster = new RaftTestCluster(23, 3, 5);
        cluster.startAll();
        cluster.awaitActiveLeader(10_000);
        cluster.runFor(5_000);
        long before = cluster.sim.executedEvents();
        cluster.runFor(60_000);
        double eventsPerSecond = (cluster.sim.executedEvents() - before) / 60.0;
        // 7 fetchers × (request + expiry + response) every 500 ms ≈ 42/s, plus a few timers.
        assertThat(eventsPerSecond).isBetween(30.0, 50.0);
    }
}
