package dev.clusterlab.controller.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.controller.raft.RaftTestCluster.Controller;
import dev.clusterlab.metadata.MetadataRecord.LeaderChangeRecord;
import dev.clusterlab.metadata.MetadataRecord.NoOpRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaftElectionTest {

    @Test
    void threeVotersElectExactlyOneLeaderWhichCommits() {
        RaftTestCluster cluster = new RaftTestCluster(1, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(1_000);

        assertThat(cluster.upLeaders()).containsExactly(leader);
        int epoch = leader.replica.epoch();
        assertThat(epoch).isGreaterThanOrEqualTo(1);
        assertThat(leader.becameLeader).containsExactly(epoch);
        for (Controller c : cluster.controllers.values()) {
            assertThat(c.replica.epoch()).isEqualTo(epoch);
            assertThat(c.replica.leaderId()).isEqualTo(leader.nodeId);
            assertThat(c.committed).isNotEmpty();
            assertThat(c.committed.get(c.committed.size() - 1).record())
                    .isEqualTo(new LeaderChangeRecord(leader.nodeId, epoch, cluster.voterIds));
            if (c != leader) {
                assertThat(c.replica.state()).isEqualTo(QuorumStateName.Follower);
            }
        }

        long first = leader.append(new NoOpRecord());
        for (int i = 0; i < 9; i++) {
            leader.append(new NoOpRecord());
        }
        cluster.runFor(100);
        for (Controller c : cluster.controllers.values()) {
            assertThat(c.replica.highWatermark()).isEqualTo(first + 10);
            assertThat(c.committed).hasSize((int) first + 10);
            assertThat(c.committed.get((int) first).epoch()).isEqualTo(epoch);
        }
    }

    @Test
    void leaderCrashElectsANewLeaderWithAHigherEpochWithinFetchTimeoutPlusElection() {
        RaftTestCluster cluster = new RaftTestCluster(2, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        cluster.runFor(2_000);
        int oldEpoch = leader.replica.epoch();

        long crashAt = cluster.sim.nowMs();
        leader.stop();
        Controller next = cluster.awaitActiveLeader(10_000);
        long failoverMs = cluster.sim.nowMs() - crashAt;

        assertThat(next).isNotSameAs(leader);
        assertThat(next.replica.epoch()).isGreaterThan(oldEpoch);
        assertThat(failoverMs).isBetween(2_000L, 4_000L);
        assertThat(next.becameLeader).containsExactly(next.replica.epoch());
    }

    @Test
    void singleVoterElectsItselfAtOnce() {
        RaftTestCluster cluster = new RaftTestCluster(3, 1, 0);
        cluster.startAll();
        Controller only = cluster.awaitActiveLeader(10);
        assertThat(only.replica.epoch()).isEqualTo(1);
        long offset = only.append(new NoOpRecord());
        assertThat(only.replica.logEndOffset()).isEqualTo(offset);
        cluster.runFor(RaftConfig.APPEND_LINGER_MS - 1);
        assertThat(only.replica.logEndOffset()).isEqualTo(offset);
        cluster.runFor(1);
        assertThat(only.replica.logEndOffset()).isEqualTo(offset + 1);
        assertThat(only.replica.highWatermark()).isEqualTo(offset + 1);
        assertThat(only.committed).hasSize((int) offset + 1);
    }

    @Test
    void restartedVoterKeepsItsLogAndRedeliversFromOffsetZero() {
        RaftTestCluster cluster = new RaftTestCluster(4, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        for (int i = 0; i < 5; i++) {
            leader.append(new NoOpRecord());
        }
        cluster.runFor(1_000);
        Controller follower = cluster.controllers.values().stream().filter(c -> c != leader).findFirst().orElseThrow();
        List<LogEntry> before = List.copyOf(follower.committed);
        long leoBefore = follower.replica.logEndOffset();
        int epochBefore = follower.replica.epoch();

        follower.stop();
        cluster.runFor(500);
        follower.start();
        assertThat(follower.replica.logEndOffset()).isEqualTo(leoBefore);
        assertThat(follower.replica.epoch()).isEqualTo(epochBefore);
        assertThat(follower.replica.state()).isEqualTo(QuorumStateName.Follower);
        assertThat(follower.committed).isEmpty();
        cluster.runFor(1_000);
        assertThat(follower.committed).isEqualTo(before);
        assertThat(leader.replica.isLeader()).isTrue();
        assertThat(leader.replica.epoch()).isEqualTo(epochBefore);
    }

    @Test
    void restartedLeaderComesBackResignedAndNeverVotesAgainInItsEpoch() {
        RaftTestCluster cluster = new RaftTestCluster(5, 3, 0);
        cluster.startAll();
        Controller leader = cluster.awaitActiveLeader(10_000);
        int epoch = leader.replica.epoch();
        leader.stop();
        leader.start();
        assertThat(leader.replica.state()).isEqualTo(QuorumStateName.Resigned);
        assertThat(leader.replica.epoch()).isEqualTo(epoch);
        Controller next = cluster.awaitActiveLeader(10_000);
        assertThat(next.replica.epoch()).isGreaterThan(epoch);
        cluster.runFor(3_000);
        assertThat(cluster.activeLeader()).isSameAs(next);
        assertThat(leader.replica.leaderId()).isEqualTo(next.nodeId);
        assertThat(leader.committed).isEqualTo(next.committed);
    }
}
