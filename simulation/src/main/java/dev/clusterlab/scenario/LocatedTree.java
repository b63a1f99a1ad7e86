package dev.clusterlab.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document read into a Jackson tree that remembers where every value stands in the
 * text: for each JSON path ({@code $.timeline[2].broker}) the line and column of the field name
 * (for object members) or of the value (for array elements and the root).
 */
final class LocatedTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedTree(JsonNode root, Map<String, int[]> locations) {
        this.root = root;
        this.locations = locations;
    }

    JsonNode root() {
        return root;
    }

    /** {line, column} of a path, or of its nearest ancestor that has one; {0, 0} if none. */
    int[] location(String path) {
        for (String p = path; p != null; p = JsonPaths.parent(p)) {
            int[] loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
        }
        return new int[] {0, 0};
    }

    static LocatedTree parse(String json, Path file) throws ScenarioException {
        Map<String, int[]> locations = new HashMap<>();
        Builder builder = new Builder(locations);
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(file, "$", 1, 1, "malformed JSON: the file is empty");
            }
            locations.put("$", where(parser.currentTokenLocation()));
            JsonNode root = builder.value(parser, "$", file);
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new ScenarioException(file, "$", loc.getLineNr(), loc.getColumnNr(),
                        "malformed JSON: unexpected content after the end of the document");
            }
            return new LocatedTree(root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            int column = loc == null ? 0 : loc.getColumnNr();
            throw new ScenarioException(file, builder.currentPath, line, column,
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScenarioException(file, "$", 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static int[] where(JsonLocation loc) {
        return new int[] {loc.getLineNr(), loc.getColumnNr()};
    }

    /** Builds the tree from the parser's tokens, recording locations; currentPath tracks where it is. */
    private static final class Builder {
        private final Map<String, int[]> locations;
        private String currentPath = "$";

        Builder(Map<String, int[]> locations) {
            this.locations = locations;
        }

        /** Reads the value whose first token is the parser's current token. */
        JsonNode value(JsonParser p, String path, Path file) throws IOException, ScenarioException {
            currentPath = path;
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT:
                    return object(p, path, file);
                case START_ARRAY:
                    return array(p, path, file);
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new IllegalStateException("unexpected token " + t);
            }
        }

        private ObjectNode object(JsonParser p, String path, Path file) throws IOException, ScenarioException {
            ObjectNode node = NODES.objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String child = JsonPaths.member(path, name);
                JsonLocation loc = p.currentTokenLocation();
                if (node.has(name)) {
                    throw new ScenarioException(file, child, loc.getLineNr(), loc.getColumnNr(),
                            "duplicate field '" + name + "'");
                }
                locations.put(child, where(loc));
                currentPath = child;
                p.nextToken();
                node.set(name, value(p, child, file));
                currentPath = path;
            }
            currentPath = path;
            return node;
        }

        private ArrayNode array(JsonParser p, String path, Path file) throws IOException, ScenarioException {
            ArrayNode node = NODES.arrayNode();
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String child = JsonPaths.element(path, i++);
                locations.put(child, where(p.currentTokenLocation()));
                node.add(value(p, child, file));
                currentPath = path;
            }
            currentPath = path;
            return node;
        }
    }
}
