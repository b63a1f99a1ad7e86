package dev.clusterlab.controller.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.controller.raft.RaftTestCluster.Controller;
import dev.clusterlab.metadata.MetadataRecord.NoOpRecord;
import dev.clusterlab.metadata.MetadataRecord.TopicRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaftPartitionTest {

    @Test
    void partitionedLeaderResignsByCheckQuorumAfterAboutThreeSeconds() {
        RaftTestCluster cluster = new RaftTestCluster(11, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(2_000);
        int epoch = leader.replica.epoch();

        long cutAt = cluster.sim.nowMs();
        cluster.isolate(leader.nodeId);
        while (leader.replica.state() == QuorumStateName.Leader) {
            cluster.sim.step();
        }
        long resignedAfterMs = cluster.sim.nowMs() - cutAt;

        assertThat(leader.replica.state()).isEqualTo(QuorumStateName.Resigned);
        assertThat(resignedAfterMs).isBetween(2_400L, 3_000L);
        assertThat(leader.lostLeadership).containsExactly(epoch);
        Controller next = cluster.awaitActiveLeaderOtherThan(leader, 5_000);
        assertThat(next.replica.epoch()).isGreaterThan(epoch);
    }

    @Test
    void preVoteKeepsARejoiningPartitionedVoterFromBumpingTheEpoch() {
        RaftTestCluster cluster = new RaftTestCluster(12, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);
        int epoch = leader.replica.epoch();
        Controller loner = cluster.controllers.values().stream().filter(c -> c != leader).findFirst().orElseThrow();

        cluster.isolate(loner.nodeId);
        boolean sawProspective = false;
        long until = cluster.sim.nowMs() + 15_000;
        while (cluster.sim.nowMs() < until && cluster.sim.step()) {
            sawProspective |= loner.replica.state() == QuorumStateName.Prospective;
            assertThat(loner.replica.state()).isNotEqualTo(QuorumStateName.Candidate);
        }
        assertThat(sawProspective).isTrue();
        assertThat(loner.replica.epoch()).isEqualTo(epoch);

        cluster.sim.network().heal();
        cluster.runFor(5_000);
        assertThat(cluster.activeLeader()).isSameAs(leader);
        for (Controller c : cluster.controllers.values()) {
            assertThat(c.replica.epoch()).isEqualTo(epoch);
        }
        assertThat(loner.replica.state()).isEqualTo(QuorumStateName.Follower);
        assertThat(loner.replica.leaderId()).isEqualTo(leader.nodeId);
        assertThat(leader.lostLeadership).isEmpty();
    }

    @Test
    void divergentUncommittedEntriesOfAnOldLeaderAreTruncatedWhenItRejoins() {
        RaftTestCluster cluster = new RaftTestCluster(13, 3, 0);
        cluster.startAll();
        Controller old = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);
        long committedEnd = old.replica.highWatermark();

        cluster.isolate(old.nodeId);
        for (int i = 0; i < 3; i++) {
            old.append(new TopicRecord("zombie-" + i, "z" + i));
        }
        cluster.runFor(RaftConfig.APPEND_LINGER_MS);
        assertThat(old.replica.logEndOffset()).isEqualTo(committedEnd + 3);
        Controller next = cluster.awaitActiveLeaderOtherThan(old, 10_000);
        next.append(new TopicRecord("real-0", "r0"));
        next.append(new TopicRecord("real-1", "r1"));
        cluster.runFor(1_000);

        cluster.sim.network().heal();
        cluster.runFor(5_000);
        assertThat(old.replica.state()).isEqualTo(QuorumStateName.Follower);
        assertThat(old.replica.leaderId()).isEqualTo(next.nodeId);
        assertThat(old.replica.logEndOffset()).isEqualTo(next.replica.logEndOffset());
        assertThat(old.committed).isEqualTo(next.committed);
        List<Object> records = old.replica.committedEntries(0, 1000).stream().map(e -> (Object) e.record()).toList();
        assertThat(records).contains(new TopicRecord("real-0", "r0"), new TopicRecord("real-1", "r1"));
        assertThat(records).doesNotContain(new TopicRecord("zombie-0", "z0"), new TopicRecord("zombie-1", "z1"),
                new TopicRecord("zombie-2", "z2"));
        for (LogEntry e : old.committed) {
            assertThat(e.record().toString()).doesNotContain("zombie");
        }
    }

    @Test
    void nothingCommitsWhileAMajorityIsDown() {
        RaftTestCluster cluster = new RaftTestCluster(14, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);
        List<Controller> followers = cluster.controllers.values().stream().filter(c -> c != leader).toList();
        followers.get(0).stop();
        followers.get(1).stop();
        long hw = leader.replica.highWatermark();
        leader.append(new NoOpRecord());
        int committedBefore = leader.committed.size();

        cluster.runFor(20_000);
        assertThat(leader.replica.isLeader()).isFalse();
        assertThat(leader.lostLeadership).containsExactly(leader.becameLeader.get(0));
        assertThat(leader.replica.highWatermark()).isLessThanOrEqualTo(hw);
        assertThat(leader.committed).hasSize(committedBefore);
        assertThat(cluster.activeLeader()).isNull();

        followers.get(0).start();
        Controller next = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);
        assertThat(next.committed.size()).isGreaterThan(committedBefore);
        assertThat(leader.committed.size()).isEqualTo(next.committed.size());
    }

    @Test
    void leaderThatFollowersCannotReachResignsAndTheOthersTakeOver() {
        RaftTestCluster cluster = new RaftTestCluster(15, 3, 2);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);
        int epoch = leader.replica.epoch();
        for (Controller c : cluster.controllers.values()) {
            if (c != leader) {
                cluster.sim.network().cut(c, leader); // followers -> leader only; leader can still send
            }
        }
        Controller next = cluster.awaitActiveLeaderOtherThan(leader, 6_000);
        assertThat(next.replica.epoch()).isGreaterThan(epoch);
        cluster.runFor(4_000);
        assertThat(leader.replica.isLeader()).isFalse();
        assertThat(leader.lostLeadership).containsExactly(epoch);
        next.append(new TopicRecord("after", "failover"));
        cluster.runFor(2_000);
        for (var b : cluster.brokers.values()) {
            assertThat(b.observer.leaderId()).isEqualTo(next.nodeId);
            assertThat(b.committed).isEqualTo(next.committed);
        }

        cluster.sim.network().heal();
        cluster.runFor(3_000);
        assertThat(leader.replica.state()).isEqualTo(QuorumStateName.Follower);
        assertThat(leader.replica.leaderId()).isEqualTo(next.nodeId);
        assertThat(leader.committed).isEqualTo(next.committed);
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        long[] events = new long[2];
        List<Integer> epochs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            RaftTestCluster cluster = new RaftTestCluster(16, 3, 2);
            cluster.startAll();
            Controller leader = cluster.awaitActiveLeader(10_000);
            leader.stop();
            cluster.awaitActiveLeaderOtherThan(leader, 10_000);
            cluster.runFor(5_000);
            events[run] = cluster.sim.executedEvents();
            epochs.add(cluster.activeLeader().replica.epoch() * 10_000 + cluster.activeLeader().nodeId);
        }
        assertThat(events[0]).isEqualTo(events[1]);
        assertThat(epochs.get(0)).isEqualTo(epochs.get(1));
    }
}
