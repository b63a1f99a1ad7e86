package dev.clusterlab.scenarios;

import static dev.clusterlab.scenarios.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.fault.Command;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.network.SimNetwork;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.snapshot.PartitionSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

/**
 * cleanup.policy=delete on a running cluster (KAFKA-SEMANTICS 1.9): the brokers' retention task
 * deletes old segments on every replica, the log start offset moves, a follower that fell below
 * it starts over at the leader's log start offset, and nothing retention removed counts as lost.
 */
class RetentionTest {
    /** Retention checked every 10 s (Kafka's default is 5 min), segments rolled every 5 s of record time. */
    private static final String CLUSTER = ", \"config\": { \"log.retention.check.interval.ms\": 10000 }";

    private static Harness scenario(String topicConfig, String timeline, String runFor) {
        return Harness.json(Json.scenario("retention", 3, CLUSTER, topicConfig, "{ \"acks\": \"all\" }", timeline,
                runFor));
    }

    private static void assertWholeSegmentsFromTheLogStart(PartitionLog log) {
        List<Long> bases = log.segmentBaseOffsets();
        assertThat(bases.get(0)).as("the log start offset is a segment's base offset").isEqualTo(log.logStartOffset());
        assertThat(log.batches().get(0).baseOffset()).isEqualTo(log.logStartOffset());
        assertThat(log.logStartOffset()).isLessThanOrEqualTo(log.highWatermark());
    }

    @Test
    void timeRetentionDeletesTheOldSegmentsOfEveryReplicaAndNothingCountsAsLost() {
        Harness h = scenario("{ \"min.insync.replicas\": 2, \"segment.ms\": 5000, \"retention.ms\": 20000 }", "", "61s");
        h.runUntil(29_000);
        assertThat(h.log(1, T0).logStartOffset()).as("the first check (30 s after start) has not run").isZero();
        assertThat(h.log(1, T0).segmentCount()).isGreaterThan(4);
        h.runToEnd();

        for (int b = 1; b <= 3; b++) {
            PartitionLog log = h.log(b, T0);
            assertThat(log.logStartOffset()).as("broker %d deleted segments", b).isPositive();
            assertWholeSegmentsFromTheLogStart(log);
            // the last check ran at 60 s: every segment left holds a record newer than 60 s - retention.ms
            for (int i = 0; i < log.segmentCount(); i++) {
                assertThat(60_000 - log.segmentLargestTimestampMs(i)).isLessThanOrEqualTo(20_000);
            }
        }
        PartitionLog leader = h.log(1, T0);
        PartitionSnapshot p = h.partition(T0);
        assertThat(p.logStartOffset()).isEqualTo(leader.logStartOffset());
        assertThat(p.records()).isEqualTo(leader.logEndOffset() - leader.logStartOffset());
        assertThat(p.segments()).isEqualTo(leader.segmentCount()).isBetween(4, 6);
        var snap = h.snapshot();
        assertThat(snap.records().acked()).isGreaterThan(5000);
        assertThat(snap.records().lostAcked()).as("retention is not loss").isZero();
        assertThat(snap.invariants()).allMatch(i -> i.held());
    }

    @Test
    void retentionMsChangedByAlterConfigTakesEffectAtTheNextCheck() {
        Harness h = scenario("{ \"min.insync.replicas\": 2, \"segment.ms\": 5000 }",
                "{ \"at\": \"35s\", \"action\": \"alterConfig\", \"topic\": \"t\", \"config\": { \"retention.ms\": 10000 } }",
                "45s");
        h.runUntil(39_999);
        assertThat(h.log(1, T0).logStartOffset()).as("7 days by default: nothing deleted at 30 s").isZero();
        h.runToEnd();
        assertThat(h.log(1, T0).logStartOffset()).as("deleted at the 40 s check").isPositive();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }

    @Test
    void segmentBytesChangedByAlterConfigRollsTheNextAppend() {
        Harness h = scenario("{ \"min.insync.replicas\": 2 }",
                "{ \"at\": \"5s\", \"action\": \"alterConfig\", \"topic\": \"t\", \"config\": { \"segment.bytes\": 1048576 } }",
                "140s");
        h.runUntil(4_999);
        assertThat(h.log(1, T0).segmentCount()).isOne();
        h.runToEnd();
        PartitionLog log = h.log(1, T0);
        assertThat(log.segmentCount()).as("about 13 KB/s into 1 MiB segments").isGreaterThan(1);
        for (int i = 0; i + 1 < log.segmentCount(); i++) {
            assertThat(log.segmentSizeInBytes(i)).isLessThanOrEqualTo(1_048_576).isGreaterThan(1_000_000);
        }
    }

    /** Fetch responses to broker 3 that carried OFFSET_OUT_OF_RANGE for t-0, with the leader's log start offset. */
    private static final class OutOfRange implements SimulationListener {
        final List<Long> leaderLogStartOffsets = new ArrayList<>();

        @Override
        public void afterEvent(long seq, SimEvent event) {
            if (event instanceof SimNetwork.Delivery d && d.message() instanceof FetchResponse r
                    && event.node().id().equals("3")) {
                for (FetchResponse.PartitionData pd : r.partitions()) {
                    if (pd.topicPartition().equals(T0) && pd.error() == Errors.OFFSET_OUT_OF_RANGE) {
                        leaderLogStartOffsets.add(pd.logStartOffset());
                    }
                }
            }
        }
    }

    @Test
    void aFollowerBelowTheLeadersLogStartOffsetGetsOffsetOutOfRangeAndStartsOverThere() {
        Harness h = scenario("{ \"min.insync.replicas\": 2, \"segment.ms\": 5000, \"retention.ms\": 20000 }", "",
                "120s");
        OutOfRange outOfRange = new OutOfRange();
        h.listen(outOfRange);
        h.at(5_000, new Command.CrashBroker(3));
        h.at(65_000, new Command.RestartBroker(3));
        h.runUntil(64_999);
        long behind = h.log(3, T0).logEndOffset();
        long leaderStart = h.log(1, T0).logStartOffset();
        assertThat(leaderStart).as("the leader deleted what broker 3 never got").isGreaterThan(behind);
        assertThat(h.log(3, T0).logStartOffset()).isZero();

        long reset = h.runUntilTrue("broker 3 starts over", 80_000, () -> h.log(3, T0).logStartOffset() > behind);
        PartitionLog follower = h.log(3, T0);
        assertThat(outOfRange.leaderLogStartOffsets).as("its fetch at %d got OFFSET_OUT_OF_RANGE", behind)
                .isNotEmpty();
        assertThat(follower.logStartOffset()).isEqualTo(outOfRange.leaderLogStartOffsets.get(0))
                .isGreaterThanOrEqualTo(leaderStart);
        assertThat(follower.batches()).as("truncated fully").isEmpty();
        assertThat(follower.segmentBaseOffsets()).containsExactly(follower.logStartOffset());
        assertThat(reset).isLessThan(70_000);

        h.runUntilTrue("broker 3 back in the ISR", 100_000, () -> h.isr().contains(3));
        h.runToEnd();
        PartitionLog leader = h.log(1, T0);
        assertThat(outOfRange.leaderLogStartOffsets).as("once: then it fetches from there").hasSize(1);
        assertThat(follower.logEndOffset()).isGreaterThan(leader.highWatermark() - 500);
        List<RecordBatch> mine = follower.batches();
        RecordBatch first = mine.get(0);
        assertThat(leader.batchContaining(first.baseOffset()) == null
                || leader.batchContaining(first.baseOffset()) == first).as("the leader's very batches").isTrue();
        assertThat(h.snapshot().records().lostAcked()).isZero();
        assertThat(h.snapshot().invariants()).allMatch(i -> i.held());
    }

    @Test
    void belowTheLogStartOffsetItIsOffsetOutOfRangeEvenWhenTheEpochsDiffer() {
        Harness h = scenario("{ \"min.insync.replicas\": 2, \"segment.ms\": 5000, \"retention.ms\": 20000 }", "",
                "110s");
        OutOfRange outOfRange = new OutOfRange();
        h.listen(outOfRange);
        h.at(5_000, new Command.CrashBroker(3));
        h.at(20_000, new Command.CrashBroker(1)); // broker 2 leads in epoch 1
        h.at(25_000, new Command.RestartBroker(1));
        h.at(70_000, new Command.RestartBroker(3));
        h.runUntil(69_999);
        assertThat(h.leader()).isEqualTo(2);
        assertThat(h.committed().leaderEpoch()).isPositive();
        long behind = h.log(3, T0).logEndOffset();
        assertThat(h.log(3, T0).lastFetchedEpoch()).as("broker 3 stopped in epoch 0").isZero();
        long leaderStart = h.log(2, T0).logStartOffset();
        assertThat(leaderStart).isGreaterThan(behind);

        h.runUntilTrue("broker 3 back in the ISR", 105_000, () -> h.isr().contains(3));
        assertThat(outOfRange.leaderLogStartOffsets).hasSize(1);
        assertThat(outOfRange.leaderLogStartOffsets.get(0)).isGreaterThanOrEqualTo(leaderStart);
        assertThat(h.log(3, T0).logStartOffset()).isGreaterThanOrEqualTo(leaderStart);
        h.runToEnd();
        assertThat(h.snapshot().records().lostAcked()).isZero();
    }
}
