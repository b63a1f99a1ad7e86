package dev.clusterlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.Simulation;
import dev.clusterlab.log.RecordBatch;
import dev.clusterlab.network.Message;
import dev.clusterlab.protocol.ProduceRequest;
import dev.clusterlab.protocol.ProduceResponse;
import dev.clusterlab.protocol.TopicPartition;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.protocol.Errors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWriterTest {

    /** A node that answers every ProduceRequest with NOT_ENOUGH_REPLICAS. */
    static final class Node extends SimNode {
        Node(Simulation sim, String id) {
            super(sim, id);
        }

        @Override
        protected void onMessage(SimNode from, Message message) {
            if (message instanceof ProduceRequest r) {
                send(from, new ProduceResponse(r.correlationId(), List.of(new ProduceResponse.PartitionResponse(
                        new TopicPartition("orders", 0), Errors.NOT_ENOUGH_REPLICAS, -1, 2, 3))));
            }
        }
    }

    /** An engine-level event, like a timeline command. */
    static final class EngineEvent extends SimEvent {
        @Override
        public SimNode node() {
            return null;
        }

        @Override
        public void fire() {
        }

        @Override
        public String type() {
            return "CommandExecuted";
        }

        @Override
        public void describe(Map<String, Object> fields) {
            fields.put("action", "crashBroker");
            fields.put("broker", 1);
        }
    }

    /** A network command naming nodes in lists. */
    static final class PartitionEvent extends SimEvent {
        @Override
        public SimNode node() {
            return null;
        }

        @Override
        public void fire() {
        }

        @Override
        public String type() {
            return "partitionNetwork";
        }

        @Override
        public void describe(Map<String, Object> fields) {
            fields.put("sides", List.of(List.of("1", "1001"), List.of("2", "checkout")));
            fields.put("from", List.of("3"));
            fields.put("to", "*");
            fields.put("reason", "12");
        }
    }

    @Test
    void nodeIdsInListsAreNumbersForBrokersAndControllers() throws Exception {
        StringWriter out = new StringWriter();
        TraceWriter trace = TraceWriter.to(out);
        trace.afterEvent(9, new PartitionEvent());
        trace.close();
        assertThat(out.toString()).isEqualTo("{\"t\":0,\"seq\":9,\"type\":\"partitionNetwork\","
                + "\"sides\":[[1,1001],[2,\"checkout\"]],\"from\":[3],\"to\":\"*\",\"reason\":\"12\"}\n");
    }

    private static Simulation sendOneRequest() {
        Simulation sim = new Simulation(1);
        Node broker = sim.register(new Node(sim, "1"));
        Node client = sim.register(new Node(sim, "checkout"));
        broker.start();
        client.start();
        sim.schedule(new EngineEvent(), 0);
        RecordBatch batch = RecordBatch.fromProducer(7, (short) 0, true, 3, new int[] {1, 2}, 100, 0)
                .withOffsetAndEpoch(40, 2);
        client.send(broker, new ProduceRequest(5, (short) -1, 30000, List.of(
                new ProduceRequest.PartitionData(new TopicPartition("orders", 0), batch))));
        return sim;
    }

    @Test
    void oneLinePerEventWithHeaderDescribeFieldsAndMessageComponents() throws Exception {
        Simulation sim = sendOneRequest();
        StringWriter out = new StringWriter();
        TraceWriter trace = TraceWriter.to(out);
        sim.addListener(trace);
        sim.runUntil(100);
        trace.close();
        assertThat(out.toString().split("\n", -1)).containsExactly(
                "{\"t\":0,\"seq\":0,\"type\":\"CommandExecuted\",\"action\":\"crashBroker\",\"broker\":1}",
                "{\"t\":1,\"seq\":1,\"node\":1,\"type\":\"ProduceRequest\",\"from\":\"checkout\",\"correlationId\":5,"
                        + "\"acks\":-1,\"timeoutMs\":30000,\"data\":[{\"topicPartition\":{\"topic\":\"orders\",\"partition\":0},"
                        + "\"batch\":{\"baseOffset\":40,\"epoch\":2,\"producerId\":7,\"baseSequence\":3,\"count\":2}}]}",
                "{\"t\":2,\"seq\":2,\"node\":\"checkout\",\"type\":\"ProduceResponse\",\"from\":1,\"correlationId\":5,"
                        + "\"responses\":[{\"topicPartition\":{\"topic\":\"orders\",\"partition\":0},"
                        + "\"error\":\"NOT_ENOUGH_REPLICAS\",\"baseOffset\":-1,\"currentLeaderId\":2,\"currentLeaderEpoch\":3}]}",
                "");
    }

    @Test
    void fileTraceAppearsOnlyWhenCommitted(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("run.jsonl");
        Simulation sim = sendOneRequest();
        TraceWriter trace = TraceWriter.open(target);
        sim.addListener(trace);
        sim.runUntil(100);
        assertThat(target).doesNotExist();
        trace.commit();
        assertThat(Files.readAllLines(target)).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void abortedTraceLeavesNoFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("run.jsonl");
        TraceWriter trace = TraceWriter.open(target);
        trace.afterEvent(0, new EngineEvent());
        trace.abort();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void outputFilesGetOrdinaryPermissions(@TempDir Path dir) throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path target = dir.resolve("report.json");
        AtomicFiles.write(target, "{}\n".getBytes());
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
        }
        Path temp1 = AtomicFiles.tempFor(target);
        Path temp2 = AtomicFiles.tempFor(target);
        assertThat(temp1).isNotEqualTo(temp2).hasParent(dir);
        assertThat(temp1.getFileName().toString()).startsWith(".report.json.").endsWith(".tmp");
    }

    @Test
    void atomicWriteReplacesTheWholeFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old content that is longer than the new one");
        AtomicFiles.write(target, "{}\n".getBytes());
        assertThat(Files.readString(target)).isEqualTo("{}\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
