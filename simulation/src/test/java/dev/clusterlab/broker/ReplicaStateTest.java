package dev.clusterlab.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Kafka's Replica.updateFetchStateOrThrow / isCaughtUp / resetReplicaState rules. */
class ReplicaStateTest {
    private static final long LAG = 30_000;

    @Test
    void fetchAtTheLeaderEndIsCaughtUpNow() {
        ReplicaState r = new ReplicaState(2);
        r.resetForNewLeader(0, false);
        r.updateFetchState(10, 10, 500, 7);
        assertThat(r.lastCaughtUpTimeMs).isEqualTo(500);
        assertThat(r.logEndOffset).isEqualTo(10);
        assertThat(r.brokerEpoch).isEqualTo(7);
    }

    @Test
    void fetchReachingThePreviousFetchsLeaderEndIsCaughtUpAsOfThePreviousFetch() {
        ReplicaState r = new ReplicaState(2);
        r.resetForNewLeader(0, false);
        r.updateFetchState(5, 10, 1_000, 1);   // behind: unchanged (never caught up)
        assertThat(r.lastCaughtUpTimeMs).isEqualTo(ReplicaState.NEVER_MS);
        r.updateFetchState(10, 14, 2_000, 1);  // reached what the leader had at t=1000
        assertThat(r.lastCaughtUpTimeMs).isEqualTo(1_000);
        r.updateFetchState(12, 20, 3_000, 1);  // below the 14 of the last fetch: unchanged
        assertThat(r.lastCaughtUpTimeMs).isEqualTo(1_000);
    }

    @Test
    void lastCaughtUpTimeNeverGoesBack() {
        ReplicaState r = new ReplicaState(2);
        r.resetForNewLeader(5_000, true);
        r.updateFetchState(3, 3, 1_000, 1);
        assertThat(r.lastCaughtUpTimeMs).isEqualTo(5_000);
    }

    @Test
    void caughtUpWhenAtTheLeaderEndOrWithinTheLagTime() {
        ReplicaState r = new ReplicaState(2);
        r.resetForNewLeader(0, false);
        r.updateFetchState(10, 10, 1_000, 1);
        assertThat(r.isCaughtUp(10, 1_000_000, LAG)).isTrue();
        assertThat(r.isCaughtUp(11, 1_000 + LAG, LAG)).isTrue();
        assertThat(r.isCaughtUp(11, 1_001 + LAG, LAG)).isFalse();
    }

    @Test
    void aFollowerThatNeverFetchedIsNotCaughtUpAtTheStartOfSimulatedTime() {
        ReplicaState r = new ReplicaState(2);
        r.resetForNewLeader(0, false);
        assertThat(r.isCaughtUp(4, 0, LAG)).isFalse();
        assertThat(r.isCaughtUp(4, LAG, LAG)).isFalse();
    }

    @Test
    void newLeaderResetsFollowersByIsrMembership() {
        ReplicaState inSync = new ReplicaState(2);
        inSync.updateFetchState(10, 10, 100, 1);
        inSync.resetForNewLeader(7_000, true);
        assertThat(inSync.lastCaughtUpTimeMs).isEqualTo(7_000);
        assertThat(inSync.logEndOffset).isEqualTo(-1);
        assertThat(inSync.lastFetchLeaderLogEndOffset).isEqualTo(-1);
        assertThat(inSync.lastFetchTimeMs).isEqualTo(ReplicaState.NEVER_MS);

        ReplicaState outOfSync = new ReplicaState(3);
        outOfSync.resetForNewLeader(7_000, false);
        assertThat(outOfSync.lastCaughtUpTimeMs).isEqualTo(ReplicaState.NEVER_MS);
    }
}
