package dev.clusterlab.controller.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clusterlab.metadata.MetadataRecord.NoOpRecord;
import org.junit.jupiter.api.Test;

class RaftLogTest {

    /** Epoch 1 at offsets 0-4, epoch 2 at 5-7 (as written by the given epochs). */
    private static RaftLog log(int... epochs) {
        RaftLog log = new RaftLog();
        for (int e : epochs) {
            log.append(e, new NoOpRecord());
        }
        return log;
    }

    @Test
    void endOffsetForEpochFollowsTheLeaderEpochCache() {
        RaftLog log = log(1, 1, 1, 1, 1, 3, 3, 3);
        assertThat(log.endOffsetForEpoch(3)).isEqualTo(new EpochEndOffset(3, 8));
        assertThat(log.endOffsetForEpoch(2)).isEqualTo(new EpochEndOffset(1, 5));
        assertThat(log.endOffsetForEpoch(1)).isEqualTo(new EpochEndOffset(1, 5));
        assertThat(log.endOffsetForEpoch(0)).isEqualTo(new EpochEndOffset(0, 0));
        assertThat(log.endOffsetForEpoch(7)).isEqualTo(new EpochEndOffset(3, 8));
        assertThat(new RaftLog().endOffsetForEpoch(0)).isEqualTo(new EpochEndOffset(0, 0));
    }

    @Test
    void leaderReportsTheDivergingEpochOfAnOldLeadersUncommittedSuffix() {
        RaftLog leader = log(1, 1, 1, 1, 1, 3);          // epoch 3 started at offset 5
        RaftLog oldLeader = log(1, 1, 1, 1, 1, 2, 2, 2); // wrote 5-7 in epoch 2, never committed
        assertThat(leader.validateOffsetAndEpoch(oldLeader.endOffset(), oldLeader.lastFetchedEpoch()))
                .isEqualTo(new EpochEndOffset(1, 5));
        long truncatedTo = oldLeader.truncateToEndOffset(new EpochEndOffset(1, 5));
        assertThat(truncatedTo).isEqualTo(5);
        assertThat(oldLeader.endOffset()).isEqualTo(5);
        assertThat(oldLeader.lastFetchedEpoch()).isEqualTo(1);
        assertThat(leader.validateOffsetAndEpoch(5, 1)).isEqualTo(EpochEndOffset.NONE);
    }

    @Test
    void followerAheadInTheSameEpochIsTruncatedToTheLeadersEnd() {
        RaftLog leader = log(1, 1, 1);
        RaftLog follower = log(1, 1, 1, 1, 1);
        EpochEndOffset diverging = leader.validateOffsetAndEpoch(5, 1);
        assertThat(diverging).isEqualTo(new EpochEndOffset(1, 3));
        assertThat(follower.truncateToEndOffset(diverging)).isEqualTo(3);
        assertThat(leader.validateOffsetAndEpoch(0, 0)).isEqualTo(EpochEndOffset.NONE);
    }

    @Test
    void followerWithoutTheLeadersEpochTruncatesToItsOwnEndOfTheFloorEpoch() {
        RaftLog follower = log(1, 1, 4, 4);
        assertThat(follower.truncateToEndOffset(new EpochEndOffset(3, 6))).isEqualTo(2);
        assertThat(follower.endOffset()).isEqualTo(2);
    }

    @Test
    void epochsNeverGoBackwards() {
        RaftLog log = log(2, 2);
        assertThatThrownBy(() -> log.append(1, new NoOpRecord())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> log.appendEntry(new LogEntry(5, 2, new NoOpRecord())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void transitionTableRejectsWhatKafkaRejects() {
        assertThat(QuorumStateName.Follower.canTransitionTo(QuorumStateName.Prospective)).isTrue();
        assertThat(QuorumStateName.Follower.canTransitionTo(QuorumStateName.Candidate)).isFalse();
        assertThat(QuorumStateName.Unattached.canTransitionTo(QuorumStateName.Leader)).isFalse();
        assertThat(QuorumStateName.Prospective.canTransitionTo(QuorumStateName.Leader)).isFalse();
        assertThat(QuorumStateName.Candidate.canTransitionTo(QuorumStateName.Leader)).isTrue();
        assertThat(QuorumStateName.Leader.canTransitionTo(QuorumStateName.Candidate)).isFalse();
        assertThat(QuorumStateName.Leader.canTransitionTo(QuorumStateName.Resigned)).isTrue();
        assertThat(QuorumStateName.Resigned.canTransitionTo(QuorumStateName.Prospective)).isFalse();
    }

    @Test
    void aVoteIsNeverChangedWithinAnEpoch() {
        RaftDisk disk = new RaftDisk();
        QuorumState state = new QuorumState(1001, java.util.List.of(1001, 1002, 1003), disk);
        state.initialize();
        state.transition(QuorumStateName.Unattached, 1, -1, -1);
        state.transition(QuorumStateName.Voted, 1, -1, 1002);
        assertThat(disk.votedId()).isEqualTo(1002);
        assertThat(state.canGrantVote(1003, true, false)).isFalse();
        assertThat(state.canGrantVote(1002, true, false)).isTrue();
        assertThat(state.canGrantVote(1003, true, true)).isTrue();
        assertThatThrownBy(() -> state.transition(QuorumStateName.Prospective, 1, -1, 1003))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> state.transition(QuorumStateName.Leader, 1, 1001, 1002))
                .isInstanceOf(IllegalStateException.class);
    }
}
