package dev.clusterlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.log.PartitionLog;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.metadata.MetadataImage;
import dev.clusterlab.metadata.MetadataRecord;
import dev.clusterlab.protocol.TopicPartition;
import dev.clusterlab.snapshot.InvariantStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each checker fires exactly on a violation and names scenario, seed, event and time. */
class InvariantsTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    /** Where the checkers think they are: moved by the test. */
    static final class Here implements Invariant.ViolationContext {
        long seq;
        long nowMs;

        @Override
        public String scenarioName() {
            return "lesson-3";
        }

        @Override
        public long seed() {
            return 77;
        }

        @Override
        public long currentSeq() {
            return seq;
        }

        @Override
        public long nowMs() {
            return nowMs;
        }

        void at(long seq, long nowMs) {
            this.seq = seq;
            this.nowMs = nowMs;
        }
    }

    private final Here here = new Here();

    private static void assertHeld(Invariant i) {
        assertThat(i.held()).isTrue();
        assertThat(i.status()).isEqualTo(new InvariantStatus(i.name(), true, "", -1, -1));
    }

    private void assertViolated(Invariant i, String what, long seq, long nowMs) {
        assertThat(i.held()).isFalse();
        InvariantStatus s = i.status();
        assertThat(s.name()).isEqualTo(i.name());
        assertThat(s.held()).isFalse();
        assertThat(s.violatedAtSeq()).isEqualTo(seq);
        assertThat(s.violatedAtMs()).isEqualTo(nowMs);
        assertThat(s.detail()).isEqualTo(what + " (scenario 'lesson-3', seed 77, event " + seq + " at t=" + nowMs + "ms)");
    }

    @Test
    void singleLeaderPerEpoch() {
        SingleLeaderPerEpoch inv = new SingleLeaderPerEpoch(here);
        inv.becameLeader(1, TP, 3);
        inv.becameLeader(1, TP, 3);
        inv.becameLeader(2, TP, 4);
        inv.becameLeader(2, new TopicPartition("t", 1), 3);
        assertHeld(inv);
        here.at(12, 345);
        inv.becameLeader(2, TP, 3);
        assertViolated(inv, "brokers 1 and 2 both led t-0 in leader epoch 3", 12, 345);
        here.at(13, 400);
        inv.becameLeader(3, TP, 4);
        assertThat(inv.status().violatedAtSeq()).as("the first violation is kept").isEqualTo(12);
    }

    @Test
    void highWatermarkNeverDecreases() {
        HighWatermarkNeverDecreases inv = new HighWatermarkNeverDecreases(here);
        inv.leaderHighWatermarkChanged(1, TP, 2, 5, 7);
        inv.leaderHighWatermarkChanged(1, TP, 2, 7, 7);
        assertHeld(inv);
        here.at(40, 9_000);
        inv.leaderHighWatermarkChanged(1, TP, 2, 7, 6);
        assertViolated(inv, "leader 1 of t-0 in epoch 2 moved its high watermark back from 7 to 6", 40, 9_000);
    }

    @Test
    void singleActiveControllerPerEpoch() {
        SingleActiveControllerPerEpoch inv = new SingleActiveControllerPerEpoch(here);
        inv.controllerActivated(1001, 3);
        inv.controllerActivated(1001, 3);
        inv.controllerActivated(1002, 4);
        assertHeld(inv);
        here.at(5, 50);
        inv.controllerActivated(1003, 4);
        assertViolated(inv, "controllers 1002 and 1003 were both active in epoch 4", 5, 50);
    }

    @Test
    void isrSubsetOfReplicas() {
        IsrSubsetOfReplicas inv = new IsrSubsetOfReplicas(here);
        MetadataImage image = MetadataImage.EMPTY.apply(0, new MetadataRecord.TopicRecord("t", "id"));
        MetadataRecord.PartitionRecord created = new MetadataRecord.PartitionRecord("t", 0, List.of(1, 2, 3),
                List.of(1, 2, 3), List.of(), List.of(), 1, 0, 0);
        image = image.apply(1, created);
        inv.metadataCommitted(1, created, image);
        MetadataRecord.PartitionChangeRecord elr = new MetadataRecord.PartitionChangeRecord("t", 0, List.of(1),
                List.of(2, 3), null, null, null, null, null, null);
        image = image.apply(2, elr);
        inv.metadataCommitted(2, elr, image);
        inv.metadataCommitted(3, new MetadataRecord.NoOpRecord(), image);
        assertHeld(inv);

        MetadataRecord.PartitionChangeRecord bad = new MetadataRecord.PartitionChangeRecord("t", 0, List.of(1, 4),
                null, null, null, null, null, null, null);
        here.at(99, 1_234);
        inv.metadataCommitted(4, bad, image.apply(4, bad));
        assertViolated(inv, "t-0 has ISR [1, 4] outside its replicas [1, 2, 3]", 99, 1_234);
    }

    @Test
    void leaderOutsideTheReplicasIsAViolation() {
        IsrSubsetOfReplicas inv = new IsrSubsetOfReplicas(here);
        MetadataImage image = MetadataImage.EMPTY.apply(0, new MetadataRecord.TopicRecord("t", "id"));
        MetadataRecord.PartitionRecord created = new MetadataRecord.PartitionRecord("t", 0, List.of(1, 2),
                List.of(1, 2), List.of(), List.of(), 5, 0, 0);
        inv.metadataCommitted(1, created, image.apply(1, created));
        assertViolated(inv, "t-0 is led by 5, not one of [1, 2]", 0, 0);
    }

    @Test
    void noAckedRecordLostChecksOnAckAndOnDemand() {
        PartitionLog log = new PartitionLog(TP, 30_000);
        AckedRecords acked = new AckedRecords();
        NoAckedRecordLost inv = new NoAckedRecordLost(here, tp -> tp.equals(TP) ? log : null, acked);
        acked.setListener(inv);

        RecordBatch first = log.appendAsLeader(RecordBatch.fromProducer(8, (short) 0, true, 0, new int[3], 10, 0), 0, 0);
        log.appendAsLeader(RecordBatch.fromProducer(8, (short) 0, true, 3, new int[2], 10, 0), 0, 0);
        acked.onAcked(TP, 8, (short) 0, 0, 3, first.baseOffset());
        acked.onAcked(TP, 8, (short) 0, 3, 2, 3);
        inv.checkPartition(TP);
        assertHeld(inv);
        assertThat(acked.total()).isEqualTo(5);

        here.at(21, 700);
        log.truncateTo(3);
        inv.checkPartition(TP);
        assertViolated(inv, "2 acknowledged record(s) of t-0 are no longer in its leader's log", 21, 700);
    }

    @Test
    void ackForARecordThatIsNotInTheLeadersLogFiresAtOnce() {
        PartitionLog log = new PartitionLog(TP, 30_000);
        AckedRecords acked = new AckedRecords();
        NoAckedRecordLost inv = new NoAckedRecordLost(here, tp -> log, acked);
        acked.setListener(inv);
        log.appendAsLeader(RecordBatch.fromProducer(8, (short) 1, true, 0, new int[1], 10, 0), 0, 0);
        here.at(3, 30);
        // same producer id and sequence, but the acknowledged attempt was made with epoch 0
        acked.onAcked(TP, 8, (short) 0, 0, 1, 0);
        assertViolated(inv, "1 acknowledged record(s) of t-0 are no longer in its leader's log", 3, 30);
    }
}
