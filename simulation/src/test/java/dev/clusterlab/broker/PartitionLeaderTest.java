package dev.clusterlab.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.check.ClusterEvents;
import dev.clusterlab.config.Config;
import dev.clusterlab.config.KafkaConfigs;
import dev.clusterlab.log.EpochEndOffset;
import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.metadata.PartitionRegistration;
import dev.clusterlab.protocol.FetchRequest;
import dev.clusterlab.protocol.FetchResponse;
import dev.clusterlab.protocol.ProduceResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;

/**
 * The leader side of one partition (Kafka's Partition.scala): high watermark, strict min ISR,
 * ISR shrink / expand, fetch validation and the divergence check, on broker 1 of replicas [1, 2, 3].
 */
class PartitionLeaderTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);
    private static final int LEADER_EPOCH = 5;
    private static final long LAG_MS = 30_000;
    private static final long T0 = 1_000_000;

    /** Broker 1's view: time, config and metadata set by the test; AlterPartition requests recorded. */
    static final class FakeBroker implements BrokerContext {
        /** Far from time 0, as a real broker's clock is (see the report on lastCaughtUpTimeMs = 0). */
        long nowMs = T0;
        MetadataImage image;
        final Config config = KafkaConfigs.BROKER.parse(Map.of());
        final List<List<Integer>> isrRequests = new ArrayList<>();
        final List<long[]> hwChanges = new ArrayList<>();

        @Override
        public int brokerId() {
            return 1;
        }

        @Override
        public long nowMs() {
            return nowMs;
        }

        @Override
        public Config config() {
            return config;
        }

        @Override
        public long replicaLagTimeMaxMs() {
            return LAG_MS;
        }

        @Override
        public MetadataImage image() {
            return image;
        }

        @Override
        public ClusterEvents events() {
            return new ClusterEvents() {
                @Override
                public void leaderHighWatermarkChanged(int brokerId, TopicPartition tp, int epoch, long oldHw,
                                                       long newHw) {
                    hwChanges.add(new long[] {oldHw, newHw});
                }
            };
        }

        @Override
        public void requestIsrChange(Partition partition, List<Integer> newIsr) {
            isrRequests.add(newIsr);
        }
    }

    private final FakeBroker ctx = new FakeBroker();
    private final PartitionLog log = new PartitionLog(TP, 30_000);
    private final Partition partition = new Partition(TP, log, ctx);
    private long nextSequence;

    private static MetadataImage image(int minIsr, boolean broker3Fenced) {
        MetadataImage image = MetadataImage.EMPTY;
        long offset = 0;
        for (int id = 1; id <= 3; id++) {
            image = image.apply(offset++, new MetadataRecord.RegisterBrokerRecord(id, id * 10L, "b" + id, true));
            if (id != 3 || !broker3Fenced) {
                image = image.apply(offset++, new MetadataRecord.BrokerRegistrationChangeRecord(id, id * 10L, false,
                        null));
            }
        }
        image = image.apply(offset++, new MetadataRecord.TopicRecord("t", "id"));
        return image.apply(offset, new MetadataRecord.ConfigRecord("TOPIC", "t", "min.insync.replicas",
                Integer.toString(minIsr)));
    }

    private static PartitionRegistration reg(List<Integer> isr, int partitionEpoch) {
        return new PartitionRegistration(List.of(1, 2, 3), isr, List.of(), List.of(), 1, LEADER_EPOCH, partitionEpoch,
                List.of(), List.of(), false);
    }

    private void becomeLeader(List<Integer> isr, int minIsr) {
        ctx.image = image(minIsr, false);
        partition.makeLeader(reg(isr, 7));
    }

    private RecordBatch batch(int count) {
        RecordBatch b = RecordBatch.fromProducer(99, (short) 0, true, (int) nextSequence, new int[count], 10, 0);
        nextSequence += count;
        return b;
    }

    private Partition.AppendResult produce(int count, short acks) {
        Partition.AppendResult r = partition.appendAsLeader(batch(count), acks);
        if (r.error() != Errors.NONE) {
            nextSequence -= count; // not written: the producer would retry the same sequences
        }
        return r;
    }

    private FetchResponse.PartitionData fetch(int replica, long offset, int lastFetchedEpoch, int currentLeaderEpoch) {
        return partition.fetchAsLeader(replica, replica * 10L, new FetchRequest.PartitionData(TP, offset,
                lastFetchedEpoch, currentLeaderEpoch, 0, 1 << 20), true, null);
    }

    private FetchResponse.PartitionData fetch(int replica, long offset) {
        return fetch(replica, offset, log.lastFetchedEpoch(), LEADER_EPOCH);
    }

    // ---------------------------------------------------------------- high watermark

    @Test
    void highWatermarkIsTheSmallestLogEndOffsetInTheIsr() {
        becomeLeader(List.of(1, 2, 3), 1);
        produce(3, (short) 1);
        produce(3, (short) 1);
        assertThat(log.logEndOffset()).isEqualTo(6);
        assertThat(log.highWatermark()).isZero();

        fetch(2, 6);
        assertThat(log.highWatermark()).as("follower 3 has not fetched yet").isZero();
        FetchResponse.PartitionData r = fetch(3, 3);
        assertThat(r.highWatermark()).as("the response carries the HW from before this fetch").isZero();
        assertThat(log.highWatermark()).isEqualTo(3);
        assertThat(fetch(3, 6).highWatermark()).isEqualTo(3);
        assertThat(log.highWatermark()).isEqualTo(6);
        assertThat(ctx.hwChanges).extracting(c -> c[1]).containsExactly(3L, 6L);
    }

    @Test
    void aFollowerOutsideTheIsrDoesNotHoldTheHighWatermarkBack() {
        becomeLeader(List.of(1, 2), 1);
        produce(4, (short) 1);
        fetch(2, 4);
        assertThat(log.highWatermark()).isEqualTo(4);
    }

    @Test
    void strictMinIsrFreezesTheHighWatermarkAndRefusesAcksAll() {
        becomeLeader(List.of(1, 2), 3);
        Partition.AppendResult acksAll = produce(2, (short) -1);
        assertThat(acksAll.error()).isEqualTo(Errors.NOT_ENOUGH_REPLICAS);
        assertThat(log.logEndOffset()).as("nothing is written").isZero();

        Partition.AppendResult acksOne = produce(2, (short) 1);
        assertThat(acksOne.error()).isEqualTo(Errors.NONE);
        assertThat(acksOne.baseOffset()).isZero();
        fetch(2, 2);
        assertThat(log.highWatermark()).as("ISR 2 < min.insync.replicas 3").isZero();

        // the ISR grows back to min ISR: the high watermark moves
        partition.makeLeader(reg(List.of(1, 2, 3), 8));
        fetch(3, 2);
        assertThat(log.highWatermark()).isEqualTo(2);
    }

    @Test
    void effectiveMinIsrIsCappedAtTheReplicationFactor() {
        becomeLeader(List.of(1, 2, 3), 5);
        assertThat(partition.effectiveMinIsr()).isEqualTo(3);
        assertThat(produce(1, (short) -1).error()).isEqualTo(Errors.NONE);
    }

    @Test
    void acksAllWaitsForTheHighWatermark() {
        becomeLeader(List.of(1, 2), 2);
        Partition.AppendResult r = produce(3, (short) -1);
        List<ProduceResponse> responses = new ArrayList<>();
        DelayedProduce delayed = new DelayedProduce(1, List.of(TP), responses::add);
        partition.awaitHighWatermark(delayed.await(0, r.baseOffset(), r.nextOffset()));
        assertThat(responses).isEmpty();

        fetch(2, 2);
        assertThat(responses).isEmpty();
        fetch(2, 3);
        assertThat(responses).hasSize(1);
        ProduceResponse.PartitionResponse p = responses.get(0).responses().get(0);
        assertThat(p.error()).isEqualTo(Errors.NONE);
        assertThat(p.baseOffset()).isZero();
    }

    @Test
    void highWatermarkReachedAfterTheIsrShrankBelowMinIsrIsNotEnoughReplicasAfterAppend() {
        becomeLeader(List.of(1, 2), 2);
        Partition.AppendResult r = produce(3, (short) -1);
        fetch(2, 3);
        assertThat(log.highWatermark()).isEqualTo(3);

        partition.makeLeader(reg(List.of(1), 8));
        List<ProduceResponse> responses = new ArrayList<>();
        DelayedProduce delayed = new DelayedProduce(1, List.of(TP), responses::add);
        partition.awaitHighWatermark(delayed.await(0, r.baseOffset(), r.nextOffset()));
        ProduceResponse.PartitionResponse p = responses.get(0).responses().get(0);
        assertThat(p.error()).isEqualTo(Errors.NOT_ENOUGH_REPLICAS_AFTER_APPEND);
        assertThat(p.baseOffset()).as("the data is in the log").isZero();
    }

    @Test
    void duplicateBatchIsAnsweredWithItsOriginalOffsetAndNotAppendedAgain() {
        becomeLeader(List.of(1, 2, 3), 1);
        RecordBatch b = batch(2);
        assertThat(partition.appendAsLeader(b, (short) 1).baseOffset()).isZero();
        produce(1, (short) 1);
        Partition.AppendResult again = partition.appendAsLeader(b, (short) 1);
        assertThat(again.error()).isEqualTo(Errors.NONE);
        assertThat(again.baseOffset()).isZero();
        assertThat(again.nextOffset()).isEqualTo(2);
        assertThat(log.logEndOffset()).isEqualTo(3);
    }

    // ---------------------------------------------------------------- ISR shrink and expand

    @Test
    void followerIsDroppedOnlyWhenNotCaughtUpForMoreThanTheLagTime() {
        becomeLeader(List.of(1, 2, 3), 1);
        ctx.nowMs = T0 + 1_000;
        fetch(2, 0);
        fetch(3, 0);           // both caught up at T0+1000
        ctx.nowMs = T0 + 1_001;
        produce(1, (short) 1); // leader LEO 1; follower 2 keeps fetching, follower 3 stops
        for (long t = T0 + 2_000; t <= T0 + 40_000; t += 500) {
            ctx.nowMs = t;
            fetch(2, log.logEndOffset());
        }
        ctx.nowMs = T0 + 1_000 + LAG_MS;
        partition.maybeShrinkIsr();
        assertThat(ctx.isrRequests).isEmpty();

        ctx.nowMs = T0 + 1_000 + LAG_MS + 1;
        partition.maybeShrinkIsr();
        assertThat(ctx.isrRequests).containsExactly(List.of(1, 2));
        assertThat(partition.maximalIsr()).as("until committed the old ISR counts").containsExactly(1, 2, 3);
        assertThat(partition.isr()).containsExactly(1, 2, 3);

        partition.onIsrChangeResponse(Errors.NONE, LEADER_EPOCH, 8, List.of(1, 2));
        assertThat(partition.isr()).containsExactly(1, 2);
        assertThat(partition.partitionEpoch()).isEqualTo(8);
    }

    @Test
    void idleFollowerAtTheLogEndStaysInTheIsr() {
        becomeLeader(List.of(1, 2, 3), 1);
        produce(2, (short) 1);
        fetch(2, 2);
        fetch(3, 2);
        ctx.nowMs = T0 + 10 * LAG_MS;
        partition.maybeShrinkIsr();
        assertThat(ctx.isrRequests).isEmpty();
    }

    @Test
    void followerThatReachesTheHighWatermarkAndTheEpochStartIsAddedBack() {
        // the leader's log has 4 records of an older epoch: this leader epoch starts at offset 4
        log.appendAsLeader(batch(4), 2, 0);
        becomeLeader(List.of(1, 2), 1);
        fetch(2, 4);
        produce(2, (short) 1);
        fetch(2, 6);
        assertThat(log.highWatermark()).isEqualTo(6);

        fetch(3, 3, 2, LEADER_EPOCH);
        assertThat(ctx.isrRequests).as("below the high watermark").isEmpty();
        fetch(3, 6);
        assertThat(ctx.isrRequests).containsExactly(List.of(1, 2, 3));
        assertThat(partition.maximalIsr()).containsExactly(1, 2, 3);
    }

    @Test
    void followerBelowTheLeaderEpochStartOffsetIsNotAddedBack() {
        log.appendAsLeader(batch(4), 2, 0);
        becomeLeader(List.of(1, 2), 1);   // HW 0, epoch 5 starts at offset 4
        fetch(3, 2, 2, LEADER_EPOCH);      // LEO 2 >= HW 0 but < 4
        assertThat(ctx.isrRequests).isEmpty();
        fetch(3, 4, 2, LEADER_EPOCH);
        assertThat(ctx.isrRequests).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void fencedFollowerIsNotAddedBack() {
        becomeLeader(List.of(1, 2), 1);
        ctx.image = image(1, true);
        fetch(3, 0);
        assertThat(ctx.isrRequests).isEmpty();
    }

    // ---------------------------------------------------------------- fetch validation and divergence

    @Test
    void fetchValidatesTheLeaderEpochAndTheReplica() {
        becomeLeader(List.of(1, 2, 3), 1);
        produce(1, (short) 1);
        assertThat(fetch(2, 0, -1, LEADER_EPOCH - 1).error()).isEqualTo(Errors.FENCED_LEADER_EPOCH);
        assertThat(fetch(2, 0, -1, LEADER_EPOCH + 1).error()).isEqualTo(Errors.UNKNOWN_LEADER_EPOCH);
        assertThat(fetch(4, 0, -1, LEADER_EPOCH).error()).isEqualTo(Errors.NOT_LEADER_OR_FOLLOWER);
        FetchResponse.PartitionData staleBrokerEpoch = partition.fetchAsLeader(2, 19,
                new FetchRequest.PartitionData(TP, 0, -1, LEADER_EPOCH, 0, 1 << 20), true, null);
        assertThat(staleBrokerEpoch.error()).isEqualTo(Errors.NOT_LEADER_OR_FOLLOWER);
        assertThat(fetch(2, 5, -1, LEADER_EPOCH).error()).isEqualTo(Errors.OFFSET_OUT_OF_RANGE);
        assertThat(fetch(2, 0, -1, LEADER_EPOCH).records()).hasSize(1);

        partition.makeFollower(new PartitionRegistration(List.of(1, 2, 3), List.of(2, 3), List.of(), List.of(), 2,
                LEADER_EPOCH + 1, 9, List.of(), List.of(), false));
        assertThat(fetch(3, 0, -1, LEADER_EPOCH + 1).error()).isEqualTo(Errors.NOT_LEADER_OR_FOLLOWER);
    }

    @Test
    void followerWithAnEpochTheLeaderEndedEarlierGetsADivergingEpoch() {
        log.appendAsLeader(batch(3), 0, 0);   // epoch 0: offsets 0-2
        log.appendAsLeader(batch(3), 2, 0);   // epoch 2: offsets 3-5
        becomeLeader(List.of(1, 2, 3), 1);    // epoch 5 from offset 6

        // the follower wrote offsets 3.. in epoch 1, which this leader never saw
        FetchResponse.PartitionData r = fetch(2, 5, 1, LEADER_EPOCH);
        assertThat(r.error()).isEqualTo(Errors.NONE);
        assertThat(r.divergingEpoch()).isEqualTo(new EpochEndOffset(0, 3));
        assertThat(r.records()).isEmpty();

        // it has epoch 0 up to offset 4: epoch 0 ended at 3 here
        assertThat(fetch(2, 4, 0, LEADER_EPOCH).divergingEpoch()).isEqualTo(new EpochEndOffset(0, 3));

        // consistent: epoch 0 ending exactly at 3, epoch 2 up to 6
        FetchResponse.PartitionData ok = fetch(2, 3, 0, LEADER_EPOCH);
        assertThat(ok.divergingEpoch()).isNull();
        assertThat(ok.records()).extracting(RecordBatch::baseOffset).containsExactly(3L);
        assertThat(fetch(2, 6, 2, LEADER_EPOCH).divergingEpoch()).isNull();
    }
}
