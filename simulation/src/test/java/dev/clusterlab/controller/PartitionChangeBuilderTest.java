package dev.clusterlab.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.metadata.MetadataRecord.PartitionChangeRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The outcomes of Kafka 4.4's PartitionChangeBuilderTest (ELR on, the last known leader kept in
 * lastKnownElr as the controller runs it), asserted on our builder. Epochs 100 / 200 as there.
 */
class PartitionChangeBuilderTest {
    private static final IntPredicate ALL = r -> true;
    private static final IntPredicate NONE = r -> false;

    private static PartitionRegistration reg(List<Integer> replicas, List<Integer> isr, List<Integer> elr,
                                             List<Integer> lastKnownElr, int leader, boolean recovering) {
        return new PartitionRegistration(replicas, isr, elr, lastKnownElr, leader, 100, 200, List.of(), List.of(),
                recovering);
    }

    private static PartitionRegistration reg(List<Integer> replicas, List<Integer> isr, int leader) {
        return reg(replicas, isr, List.of(), List.of(), leader, false);
    }

    private static PartitionChangeBuilder builder(PartitionRegistration reg, IntPredicate acceptable, int minIsr,
                                                  boolean elr) {
        return new PartitionChangeBuilder("t", 0, reg, acceptable, minIsr, elr);
    }

    private static PartitionChangeRecord built(PartitionChangeBuilder b) {
        Optional<PartitionChangeRecord> r = b.build();
        assertThat(r).isPresent();
        assertThat(r.get().topic()).isEqualTo("t");
        assertThat(r.get().partition()).isZero();
        return r.get();
    }

    // ---------------------------------------------------------------- ELR (KIP-966)

    @Test
    void lastKnownElrIsNotFilledWithElrMembersWhileThePartitionHasALeader() {
        // Kafka 4.x (useLastKnownLeaderInBalancedRecovery) keeps only the last known leader there
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1), List.of(2, 3), List.of(), 1, false);
        Optional<PartitionChangeRecord> r = builder(p, ALL, 3, true).setUncleanShutdownReplicas(List.of(3)).build();
        r.ifPresent(c -> assertThat(c.lastKnownElr()).isNull());
    }

    @Test
    void lastKnownElrIsClearedOnceThePartitionHasALeaderAgain() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1), List.of(3), List.of(2), 1, false);
        PartitionChangeRecord r = built(builder(p, ALL, 3, true).setTargetIsr(List.of(1, 4)));
        assertThat(r.lastKnownElr()).isEmpty();

        PartitionRegistration offline = reg(List.of(1, 2, 3), List.of(), List.of(2), List.of(1), -1, false);
        PartitionChangeRecord elected = built(builder(offline, ALL, 2, true));
        assertThat(elected.leader()).isEqualTo(2);
        assertThat(elected.isr()).containsExactly(2);
        assertThat(elected.lastKnownElr()).isEmpty();
    }

    @Test
    void isrShrinkBelowMinIsrMovesTheRemovedMembersToTheElr() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1, 2, 3, 4), 1);
        PartitionChangeRecord r = built(builder(p, x -> x != 3, 3, true).setElection(Election.PREFERRED)
                .setTargetIsr(List.of(1, 2)));
        assertThat(r.isr()).containsExactly(1, 2);
        assertThat(r.elr()).containsExactly(3, 4);
        assertThat(r.leader()).isNull();
        assertThat(r.lastKnownElr()).isNull();

        PartitionRegistration after = p.apply(r);
        assertThat(after.elr()).containsExactly(3, 4);
        assertThat(after.lastKnownElr()).isEmpty();
        assertThat(after.leaderEpoch()).isEqualTo(100);
        assertThat(after.partitionEpoch()).isEqualTo(201);
    }

    @Test
    void isrShrinkThatStaysAtMinIsrKeepsTheElrEmpty() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 1);
        PartitionChangeRecord r = built(builder(p, ALL, 2, true).setTargetIsr(List.of(1, 2)));
        assertThat(r.isr()).containsExactly(1, 2);
        assertThat(r.elr()).isNull();
    }

    @Test
    void isrExpandingToMinIsrClearsElrAndLastKnownElr() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1, 2), List.of(3), List.of(4), 1, false);
        PartitionChangeRecord r = built(builder(p, x -> x != 3, 3, true).setElection(Election.PREFERRED)
                .setTargetIsr(List.of(1, 2, 3)));
        assertThat(r.isr()).containsExactly(1, 2, 3);
        assertThat(r.elr()).isEmpty();
        assertThat(r.lastKnownElr()).isEmpty();
        assertThat(r.leader()).isNull();
    }

    @Test
    void uncleanShutdownReplicaIsDroppedFromTheElr() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1), List.of(2, 3), List.of(), 1, false);
        PartitionChangeRecord r = built(builder(p, x -> x != 3, 3, true).setElection(Election.PREFERRED)
                .setUncleanShutdownReplicas(List.of(3)));
        assertThat(r.elr()).containsExactly(2);
        assertThat(r.isr()).isNull();
        assertThat(r.leader()).isNull();
    }

    @Test
    void electionFromTheElrWhenTheIsrIsEmptyMakesTheIsrTheNewLeader() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1), List.of(3), List.of(), 1, false);
        PartitionChangeRecord r = built(builder(p, x -> x != 1, 3, true).setElection(Election.PREFERRED)
                .setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(3);
        assertThat(r.isr()).containsExactly(3);
        assertThat(r.elr()).containsExactly(1);
        assertThat(r.lastKnownElr()).isNull();
        assertThat(r.recovering()).isNull(); // an ELR member holds every committed record: a clean election

        PartitionRegistration after = p.apply(r);
        assertThat(after.leaderEpoch()).isEqualTo(101);
        assertThat(after.isr()).containsExactly(3);
        assertThat(after.elr()).containsExactly(1);
    }

    @Test
    void isrCanShrinkToEmptyAndRemembersTheLastLeader() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(1, 2, 3, 4), 1);
        PartitionChangeRecord r = built(builder(p, NONE, 3, true).setElection(Election.PREFERRED)
                .setTargetIsr(List.of()));
        assertThat(r.isr()).isEmpty();
        assertThat(r.leader()).isEqualTo(-1);
        assertThat(r.elr()).containsExactly(1, 2, 3, 4);
        assertThat(r.lastKnownElr()).containsExactly(1);

        PartitionRegistration leaderless = p.apply(r);
        assertThat(leaderless.lastKnownElr()).containsExactly(1);
        // a later change while leaderless leaves the last known leader alone
        Optional<PartitionChangeRecord> next = builder(leaderless, NONE, 3, true).setElection(Election.PREFERRED)
                .setUncleanShutdownReplicas(List.of(2)).build();
        assertThat(next).isPresent();
        assertThat(next.get().lastKnownElr()).isNull();
        assertThat(next.get().elr()).containsExactly(1, 3, 4);
    }

    @Test
    void lastKnownLeaderIsElectedWhenIsrAndElrAreEmpty() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(), List.of(), List.of(1), -1, false);
        PartitionChangeRecord r = built(builder(p, ALL, 3, true).setElection(Election.PREFERRED)
                .setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(1);
        assertThat(r.isr()).containsExactly(1);
        assertThat(r.recovering()).isTrue();
        assertThat(r.lastKnownElr()).isEmpty();
        assertThat(r.elr()).isNull();
    }

    @Test
    void lastKnownLeaderIsNotElectedWhileTheElrHasMembers() {
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(), List.of(3), List.of(1), -1, false);
        assertThat(builder(p, x -> x != 3, 3, true).setElection(Election.PREFERRED).setTargetIsr(List.of()).build())
                .isEmpty();
    }

    @Test
    void lastKnownLeaderThatIsNotAcceptableIsNotElected() {
        // KAFKA-19522 (fixed in 4.1): a fenced last known leader must not be elected
        PartitionRegistration p = reg(List.of(1, 2, 3, 4), List.of(), List.of(), List.of(1), -1, false);
        assertThat(builder(p, x -> x != 1, 3, true).setElection(Election.ONLINE).build()).isEmpty();
    }

    @Test
    void withoutElrTheLastIsrMemberStaysInTheIsrOfAnOfflinePartition() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1), 1);
        PartitionChangeRecord r = built(builder(p, x -> x != 1, 2, false).setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(-1);
        assertThat(r.isr()).isNull();
        assertThat(r.elr()).isNull();
        assertThat(p.apply(r).isr()).containsExactly(1);
    }

    // ---------------------------------------------------------------- ONLINE / UNCLEAN / PREFERRED

    @Test
    void onlineElectionKeepsAValidLeader() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 2);
        PartitionChangeRecord r = built(builder(p, x -> x != 3, 2, true).setTargetIsr(List.of(1, 2)));
        assertThat(r.leader()).isNull();
        assertThat(r.isr()).containsExactly(1, 2);
    }

    @Test
    void onlineElectionTakesTheFirstIsrMemberInAssignmentOrder() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 1);
        PartitionChangeRecord r = built(builder(p, x -> x != 1, 2, true).setTargetIsr(List.of(3, 2)));
        assertThat(r.leader()).isEqualTo(2);
        assertThat(r.isr()).containsExactly(3, 2);
        assertThat(r.recovering()).isNull();
        PartitionRegistration after = p.apply(r);
        assertThat(after.leaderEpoch()).isEqualTo(101);
        assertThat(after.partitionEpoch()).isEqualTo(201);
    }

    @Test
    void fencedIsrMemberIsSkippedByTheElection() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 1);
        PartitionChangeRecord r = built(builder(p, x -> x == 3, 1, true).setTargetIsr(List.of(2, 3)));
        assertThat(r.leader()).isEqualTo(3);
    }

    @Test
    void uncleanElectionTakesAnAcceptableReplicaOutsideTheIsr() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1), 1);
        PartitionChangeRecord r = built(builder(p, x -> x != 1, 1, false).setElection(Election.UNCLEAN)
                .setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(2);
        assertThat(r.isr()).containsExactly(2);
        assertThat(r.recovering()).isTrue();
        PartitionRegistration after = p.apply(r);
        assertThat(after.recovering()).isTrue();
        assertThat(after.isr()).containsExactly(2);
    }

    @Test
    void uncleanElectionWithElrOnClearsTheElr() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1), 1);
        PartitionChangeRecord r = built(builder(p, x -> x == 3, 2, true).setElection(Election.UNCLEAN)
                .setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(3);
        assertThat(r.isr()).containsExactly(3);
        assertThat(r.recovering()).isTrue();
        assertThat(r.elr()).isNull();          // was empty, stays empty
        assertThat(p.apply(r).elr()).isEmpty();
    }

    @Test
    void uncleanElectionPrefersACleanCandidate() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 3), 1);
        PartitionChangeRecord r = built(builder(p, x -> x != 1, 1, false).setElection(Election.UNCLEAN)
                .setTargetIsr(List.of(3)));
        assertThat(r.leader()).isEqualTo(3);
        assertThat(r.isr()).containsExactly(3);
        assertThat(r.recovering()).isNull();
    }

    @Test
    void uncleanElectionWithNobodyAcceptableLeavesThePartitionOffline() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1), 1);
        PartitionChangeRecord r = built(builder(p, NONE, 1, false).setElection(Election.UNCLEAN)
                .setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(-1);
        assertThat(r.recovering()).isNull();
    }

    @Test
    void preferredElectionMovesLeadershipToTheFirstReplica() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 2);
        PartitionChangeRecord r = built(builder(p, ALL, 2, true).setElection(Election.PREFERRED));
        assertThat(r.leader()).isEqualTo(1);
        assertThat(r.isr()).isNull();
    }

    @Test
    void preferredElectionKeepsTheLeaderWhenThePreferredReplicaIsNotInTheIsr() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(2, 3), 2);
        assertThat(builder(p, ALL, 2, true).setElection(Election.PREFERRED).build()).isEmpty();
    }

    @Test
    void preferredElectionKeepsTheLeaderWhenThePreferredReplicaIsFenced() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 2);
        assertThat(builder(p, x -> x != 1, 2, true).setElection(Election.PREFERRED).build()).isEmpty();
    }

    // ---------------------------------------------------------------- reassignment, recovery, no-op

    @Test
    void reassignmentCompletesOnceEveryAddingReplicaIsInTheIsr() {
        PartitionRegistration p = new PartitionRegistration(List.of(2, 3, 0, 1), List.of(0, 1), List.of(), List.of(),
                0, 0, 0, List.of(2, 3), List.of(0, 1), false);
        PartitionChangeRecord r = built(builder(p, ALL, 2, true).setTargetIsr(List.of(0, 1, 2, 3)));
        assertThat(r.replicas()).containsExactly(2, 3);
        assertThat(r.isr()).containsExactly(2, 3);
        assertThat(r.addingReplicas()).isEmpty();
        assertThat(r.removingReplicas()).isEmpty();
        assertThat(r.leader()).isEqualTo(2);
    }

    @Test
    void removedLeaderIsDemotedEvenWithoutAnEligibleSuccessor() {
        PartitionRegistration p = new PartitionRegistration(List.of(2, 3, 0, 1), List.of(0, 1), List.of(), List.of(),
                0, 0, 0, List.of(2, 3), List.of(0, 1), false);
        PartitionChangeRecord r = built(builder(p, NONE, 2, false).setTargetIsr(List.of(0, 1, 2, 3)));
        assertThat(r.leader()).isEqualTo(-1);
        assertThat(r.replicas()).containsExactly(2, 3);
        assertThat(r.isr()).containsExactly(2, 3);
    }

    @Test
    void reassignmentWaitsWhileAnAddingReplicaIsNotInTheIsr() {
        PartitionRegistration p = new PartitionRegistration(List.of(2, 3, 0, 1), List.of(0, 1), List.of(), List.of(),
                0, 0, 0, List.of(2, 3), List.of(0, 1), false);
        PartitionChangeRecord r = built(builder(p, ALL, 2, true).setTargetIsr(List.of(0, 1, 2)));
        assertThat(r.isr()).containsExactly(0, 1, 2);
        assertThat(r.replicas()).isNull();
        assertThat(r.addingReplicas()).isNull();
        assertThat(r.leader()).isNull();
    }

    @Test
    void replicaListLosingAMemberBumpsTheLeaderEpochWithTheSameLeader() {
        PartitionRegistration p = reg(List.of(2, 1, 3), List.of(2, 1, 3), 1);
        PartitionChangeRecord r = built(builder(p, ALL, 2, true).setTargetReplicas(List.of(3, 1, 4)));
        assertThat(r.leader()).isEqualTo(1);
        assertThat(r.replicas()).containsExactly(3, 1, 4);
        assertThat(p.apply(r).leaderEpoch()).isEqualTo(101);
    }

    @Test
    void replicaListOnlyGrowingDoesNotBumpTheLeaderEpoch() {
        PartitionRegistration p = reg(List.of(1, 2), List.of(1, 2), 1);
        PartitionChangeRecord r = built(builder(p, ALL, 1, true).setTargetReplicas(List.of(1, 2, 3)));
        assertThat(r.leader()).isNull();
        assertThat(p.apply(r).leaderEpoch()).isEqualTo(100);
    }

    @Test
    void recoveredLeaderClearsTheRecoveringState() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(2), List.of(), List.of(), 2, true);
        PartitionChangeRecord r = built(builder(p, ALL, 1, true).setTargetIsr(List.of(2, 3)).setRecovered());
        assertThat(r.recovering()).isFalse();
        assertThat(r.isr()).containsExactly(2, 3);
    }

    @Test
    void uncleanElectionOfAnAlreadyRecoveringPartitionDoesNotRewriteTheState() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(2), List.of(), List.of(), 2, true);
        PartitionChangeRecord r = built(builder(p, x -> x == 3, 1, false).setElection(Election.UNCLEAN)
                .setTargetIsr(List.of()));
        assertThat(r.leader()).isEqualTo(3);
        assertThat(r.isr()).containsExactly(3);
        assertThat(r.recovering()).isNull();
    }

    @Test
    void nothingChangingBuildsNoRecord() {
        PartitionRegistration p = reg(List.of(1, 2, 3), List.of(1, 2, 3), 1);
        assertThat(builder(p, ALL, 2, true).build()).isEmpty();
        assertThat(builder(p, ALL, 2, true).setTargetIsr(List.of(1, 2, 3)).build()).isEmpty();
        assertThat(builder(p, ALL, 2, true).setTargetReplicas(List.of(1, 2, 3)).build()).isEmpty();
        assertThat(builder(p, ALL, 2, true).setElection(Election.UNCLEAN).build()).isEmpty();
    }
}
