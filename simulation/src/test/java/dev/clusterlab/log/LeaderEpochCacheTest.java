package dev.clusterlab.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes of Kafka's LeaderEpochFileCacheTest, asserted on our LeaderEpochCache. */
class LeaderEpochCacheTest {

    private static EpochEndOffset e(int epoch, long offset) {
        return new EpochEndOffset(epoch, offset);
    }

    private static LeaderEpochCache cacheOf(long... epochAndOffset) {
        LeaderEpochCache c = new LeaderEpochCache();
        for (int i = 0; i < epochAndOffset.length; i += 2) {
            c.assign((int) epochAndOffset[i], epochAndOffset[i + 1]);
        }
        return c;
    }

    @Test
    void emptyCacheKnowsNoEpoch() {
        LeaderEpochCache c = new LeaderEpochCache();
        assertThat(c.latestEpoch()).isEqualTo(-1);
        assertThat(c.endOffsetFor(0, 10)).isEqualTo(EpochEndOffset.UNDEFINED);
        assertThat(c.startOffsetOf(0)).isEqualTo(-1);
    }

    @Test
    void sameEpochAtALaterOffsetKeepsTheFirstStartOffset() {
        LeaderEpochCache c = cacheOf(2, 6, 2, 7);
        assertThat(c.entries()).containsExactly(e(2, 6));
    }

    @Test
    void sameEpochAtAnEarlierOffsetReplacesTheEntry() {
        LeaderEpochCache c = cacheOf(2, 11, 2, 10);
        assertThat(c.entries()).containsExactly(e(2, 10));
    }

    @Test
    void newEpochWithSmallerStartOffsetRemovesTheConflictingEntries() {
        // start offsets must increase with epochs: (2,6) conflicts with (3,5)
        LeaderEpochCache c = cacheOf(2, 6, 3, 5);
        assertThat(c.entries()).containsExactly(e(3, 5));
    }

    @Test
    void smallerEpochRemovesEveryLaterEpoch() {
        LeaderEpochCache c = cacheOf(1, 0, 3, 5, 4, 8);
        c.assign(2, 6);
        assertThat(c.entries()).containsExactly(e(1, 0), e(2, 6));
        assertThat(c.latestEpoch()).isEqualTo(2);
    }

    @Test
    void latestEpochEndsAtTheLogEndOffset() {
        LeaderEpochCache c = cacheOf(0, 0, 2, 10);
        assertThat(c.endOffsetFor(2, 42)).isEqualTo(e(2, 42));
    }

    @Test
    void middleEpochEndsWhereTheNextOneStarts() {
        LeaderEpochCache c = cacheOf(0, 10, 2, 13, 4, 17);
        assertThat(c.endOffsetFor(0, 20)).isEqualTo(e(0, 13));
        assertThat(c.endOffsetFor(2, 20)).isEqualTo(e(2, 17));
    }

    @Test
    void unknownEpochBetweenKnownOnesAnswersTheLargestEpochBelowIt() {
        LeaderEpochCache c = cacheOf(0, 10, 2, 13, 4, 17);
        assertThat(c.endOffsetFor(1, 20)).isEqualTo(e(0, 13));
        assertThat(c.endOffsetFor(3, 20)).isEqualTo(e(2, 17));
    }

    @Test
    void epochBelowTheFirstAnswersItselfWithTheFirstStartOffset() {
        LeaderEpochCache c = cacheOf(5, 11);
        assertThat(c.endOffsetFor(4, 20)).isEqualTo(e(4, 11));
    }

    @Test
    void epochAboveAllAndUndefinedEpochAreUndefined() {
        LeaderEpochCache c = cacheOf(2, 11);
        assertThat(c.endOffsetFor(3, 20)).isEqualTo(EpochEndOffset.UNDEFINED);
        assertThat(c.endOffsetFor(-1, 20)).isEqualTo(EpochEndOffset.UNDEFINED);
        assertThat(EpochEndOffset.UNDEFINED.isUndefined()).isTrue();
    }

    @Test
    void truncateFromEndRemovesEpochsStartingAtOrAfterTheOffset() {
        LeaderEpochCache c = cacheOf(2, 6, 3, 8, 4, 11);
        c.truncateFromEnd(9);
        assertThat(c.entries()).containsExactly(e(2, 6), e(3, 8));
        c.truncateFromEnd(8);
        assertThat(c.entries()).containsExactly(e(2, 6));
        c.truncateFromEnd(100);
        assertThat(c.entries()).containsExactly(e(2, 6));
    }

    @Test
    void truncateFromStartMovesTheEpochThatContainsTheNewStart() {
        LeaderEpochCache c = cacheOf(2, 6, 3, 8, 4, 11);
        c.truncateFromStart(9);
        assertThat(c.entries()).containsExactly(e(3, 9), e(4, 11));
    }

    @Test
    void truncateFromStartAtAnEpochBoundaryDropsOnlyEarlierEpochs() {
        LeaderEpochCache c = cacheOf(2, 6, 3, 8, 4, 11);
        c.truncateFromStart(8);
        assertThat(c.entries()).containsExactly(e(3, 8), e(4, 11));
    }

    @Test
    void truncateFromStartBeforeTheFirstEpochChangesNothing() {
        LeaderEpochCache c = cacheOf(2, 6, 3, 8, 4, 11);
        c.truncateFromStart(5);
        assertThat(c.entries()).containsExactly(e(2, 6), e(3, 8), e(4, 11));
    }

    @Test
    void truncateFromStartPastTheLastEpochKeepsOnlyTheLatest() {
        LeaderEpochCache c = cacheOf(2, 6, 3, 8, 4, 11);
        c.truncateFromStart(12);
        assertThat(c.entries()).containsExactly(e(4, 12));
        assertThat(c.startOffsetOf(4)).isEqualTo(12);
    }

    @Test
    void clearForgetsEverything() {
        LeaderEpochCache c = cacheOf(2, 6);
        c.clear();
        assertThat(c.entries()).isEqualTo(List.of());
        assertThat(c.latestEpoch()).isEqualTo(-1);
    }
}
