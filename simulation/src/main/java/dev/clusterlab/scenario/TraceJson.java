package dev.clusterlab.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.log.RecordBatch;
import java.io.IOException;

/**
 * The Jackson mapper of trace lines: records by component order, enums (Kafka's Errors) by name,
 * a RecordBatch as a compact summary, a node as its id.
 */
final class TraceJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule("clusterlab-trace")
                    .addSerializer(RecordBatch.class, new RecordBatchSummary())
                    .addSerializer(SimNode.class, new NodeId()));

    private TraceJson() {
    }

    /** A node id as JSON: a number for broker and controller ids, a string for clients. */
    static void writeId(JsonGenerator g, String id) throws IOException {
        Integer n = NodeIds.asInt(id);
        if (n != null) {
            g.writeNumber(n);
        } else {
            g.writeString(id);
        }
    }

    /** {baseOffset, epoch, producerId, baseSequence, count}: never the records themselves. */
    static final class RecordBatchSummary extends StdSerializer<RecordBatch> {
        RecordBatchSummary() {
            super(RecordBatch.class);
        }

        @Override
        public void serialize(RecordBatch b, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("baseOffset", b.baseOffset());
            g.writeNumberField("epoch", b.partitionLeaderEpoch());
            g.writeNumberField("producerId", b.producerId());
            g.writeNumberField("baseSequence", b.baseSequence());
            g.writeNumberField("count", b.count());
            g.writeEndObject();
        }
    }

    static final class NodeId extends StdSerializer<SimNode> {
        NodeId() {
            super(SimNode.class);
        }

        @Override
        public void serialize(SimNode n, JsonGenerator g, SerializerProvider p) throws IOException {
            writeId(g, n.id());
        }
    }
}
