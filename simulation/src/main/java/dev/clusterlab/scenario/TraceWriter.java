package dev.clusterlab.scenario;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clusterlab.engine.SimEvent;
import dev.clusterlab.engine.SimNode;
import dev.clusterlab.engine.SimulationListener;
import dev.clusterlab.network.SimNetwork;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the trace: one JSON object per executed event, one per line, in execution order:
 * {@code {"t": ms, "seq": n, "node": id, "type": T, ...describe() fields, ...message components}}.
 * node is a number for brokers and controllers, a string for clients, absent for engine events;
 * so are the "from"/"to" ids that events describe. A file trace goes to a temporary file that
 * {@link #commit()} moves into place.
 */
public final class TraceWriter implements SimulationListener, Closeable {
    private static final Set<String> HEADER = Set.of("t", "seq", "node", "type");
    private static final int BUFFER_BYTES = 1 << 16;
    /** Fields that name nodes: their ids are written as "node" is (numbers for brokers and controllers). */
    private static final Set<String> NODE_FIELDS = Set.of("from", "to", "sides", "nodes");

    private final JsonGenerator gen;
    private final Path temp;
    private final Path target;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private boolean closed;

    private TraceWriter(JsonGenerator gen, Path temp, Path target) {
        this.gen = gen;
        this.gen.setRootValueSeparator(null);
        this.temp = temp;
        this.target = target;
    }

    /** A trace into any writer (closed by {@link #close()}). */
    public static TraceWriter to(Writer out) {
        try {
            return new TraceWriter(TraceJson.MAPPER.getFactory().createGenerator(out), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trace file, written atomically: nothing appears at target until {@link #commit()}. */
    public static TraceWriter open(Path target) throws IOException {
        Path temp = AtomicFiles.tempFor(target);
        try {
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES);
            return new TraceWriter(TraceJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8), temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public void afterEvent(long seq, SimEvent event) {
        try {
            write(seq, event);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace", e);
        }
    }

    private void write(long seq, SimEvent event) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("t", event.timeMs());
        gen.writeNumberField("seq", seq);
        SimNode node = event.node();
        if (node != null) {
            gen.writeFieldName("node");
            TraceJson.writeId(gen, node.id());
        }
        gen.writeStringField("type", event.type());
        fields.clear();
        written.clear();
        event.describe(fields);
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            String name = f.getKey();
            if (HEADER.contains(name) || !written.add(name)) {
                continue;
            }
            gen.writeFieldName(name);
            Object v = f.getValue();
            if (NODE_FIELDS.contains(name) && isIds(v)) {
                writeIds(v);
            } else {
                TraceJson.MAPPER.writeValue(gen, v);
            }
        }
        if (event instanceof SimNetwork.Delivery d) {
            JsonNode message = TraceJson.MAPPER.valueToTree(d.message());
            if (message instanceof ObjectNode o) {
                Iterator<Map.Entry<String, JsonNode>> it = o.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!HEADER.contains(f.getKey()) && written.add(f.getKey())) {
                        gen.writeFieldName(f.getKey());
                        TraceJson.MAPPER.writeTree(gen, f.getValue());
                    }
                }
            }
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    /** A node id, or a list (of lists) of node ids. */
    private static boolean isIds(Object v) {
        if (v instanceof String) {
            return true;
        }
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (!isIds(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private void writeIds(Object v) throws IOException {
        if (v instanceof String id) {
            TraceJson.writeId(gen, id);
            return;
        }
        gen.writeStartArray();
        for (Object o : (List<?>) v) {
            writeIds(o);
        }
        gen.writeEndArray();
    }

    /** Finishes the trace file and moves it into place. */
    public void commit() throws IOException {
        close();
        if (temp != null) {
            AtomicFiles.moveIntoPlace(temp, target);
        }
    }

    /** Closes the output; an uncommitted trace file is removed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        gen.close();
    }

    /** Closes and deletes the temporary file when the run did not complete. */
    public void abort() {
        try {
            close();
        } catch (IOException e) {
            // nothing more to do: the temporary file is removed below
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover temporary file is harmless: it never has the target's name
            }
        }
    }
}
