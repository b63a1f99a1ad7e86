package dev.clusterlab.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.internal.MemoryRecords;
import org.apache.kafka.common.record.internal.SimpleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our batch sizes against Kafka's own v2 record-batch encoder (kafka-clients MemoryRecords). */
class RecordBatchSizeTest {

    private static int kafkaSize(int[] keys, int valueBytes) {
        SimpleRecord[] records = new SimpleRecord[keys.length];
        for (int i = 0; i < keys.length; i++) {
            byte[] key = keys[i] == RecordBatch.NO_KEY ? null : ("k" + keys[i]).getBytes(StandardCharsets.UTF_8);
            records[i] = new SimpleRecord(1_000L, key, new byte[valueBytes]);
        }
        return MemoryRecords.withRecords(Compression.NONE, records).sizeInBytes();
    }

    @ParameterizedTest
    @CsvSource({"1,0,0", "1,5,100", "3,12,1000", "200,1,10", "1,-1,60", "70,-1,1", "5,123456,20000"})
    void sizeMatchesKafkasEncoder(int count, int firstKey, int valueBytes) {
        int[] keys = new int[count];
        for (int i = 0; i < count; i++) {
            keys[i] = firstKey < 0 ? RecordBatch.NO_KEY : firstKey + i;
        }
        RecordBatch b = RecordBatch.fromProducer(1, (short) 0, true, 0, keys, valueBytes, 1_000L);
        assertThat(b.sizeInBytes()).isEqualTo(kafkaSize(keys, valueBytes));
    }

    @Test
    void storedCopyKeepsSizeRecordsAndIdentity() {
        RecordBatch sent = RecordBatch.fromProducer(9, (short) 2, true, 40, new int[] {3, 4}, 10, 5);
        RecordBatch stored = sent.withOffsetAndEpoch(100, 7);
        assertThat(stored.sizeInBytes()).isEqualTo(sent.sizeInBytes());
        assertThat(stored.baseOffset()).isEqualTo(100);
        assertThat(stored.lastOffset()).isEqualTo(101);
        assertThat(stored.nextOffset()).isEqualTo(102);
        assertThat(stored.partitionLeaderEpoch()).isEqualTo(7);
        assertThat(stored.producerId()).isEqualTo(9);
        assertThat(stored.producerEpoch()).isEqualTo((short) 2);
        assertThat(stored.baseSequence()).isEqualTo(40);
        assertThat(stored.lastSequence()).isEqualTo(41);
        assertThat(stored.key(1)).isEqualTo(4);
        assertThat(RecordBatch.BATCH_OVERHEAD_BYTES).isEqualTo(61);
    }

    @Test
    void theUpperBoundUsedByReadsIsNeverBelowTheExactSize() {
        int[][] keySets = {{RecordBatch.NO_KEY}, {0}, {9, 10, 99, 100}, {Integer.MAX_VALUE, RecordBatch.NO_KEY},
            {123456, 7, 0, RecordBatch.NO_KEY, 55555}};
        for (int[] keys : keySets) {
            for (int valueBytes : new int[] {-1, 0, 1, 100, 127, 128, 20000}) {
                RecordBatch b = RecordBatch.fromProducer(1, (short) 0, true, 0, keys, valueBytes, 0);
                assertThat(b.sizeUpperBound()).as("keys %s, value %d", java.util.Arrays.toString(keys), valueBytes)
                        .isGreaterThanOrEqualTo(b.sizeInBytes());
            }
        }
    }
}
