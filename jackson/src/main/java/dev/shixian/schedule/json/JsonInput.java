package dev.shixian.schedule.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.shixian.internal.Utf8;
import dev.shixian.internal.Snippet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reading JSON input safely: at most {@link ScheduleFiles#MAX_BYTES}, strict UTF-8 (a byte-order mark allowed), and a
 * tree built by a loop rather than by recursion, so that nesting cannot overflow the stack; duplicate fields are
 * problems with their paths. Nesting deeper than {@link #MAX_DEPTH} or more than {@link ScheduleFiles#MAX_VALUES}
 * values are refused at once, so memory stays proportional to what the format needs. Numbers other than
 * {@code int}s are kept as a window of their text, never converted.
 */
final class JsonInput {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** The deepest nesting read: the formats nest at most 4 levels (root, lines, a line, its explanation). */
    static final int MAX_DEPTH = 16;

    private JsonInput() {
    }

    /** A number that is not an {@code int}, kept as (a window of) its text. */
    private record OtherNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Reads at most {@code limit + 1} bytes, refusing more than the limit. */
    static byte[] readAll(InputStream in, String what) {
        try {
            byte[] bytes = in.readNBytes(ScheduleFiles.MAX_BYTES + 1);
            if (bytes.length > ScheduleFiles.MAX_BYTES) {
                throw tooLarge(what);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what, e);
        }
    }

    static RecordsFormatException tooLarge(String what) {
        return new RecordsFormatException(what, List.of(new RecordsFormatException.Problem("$",
                "larger than the limit of " + ScheduleFiles.MAX_BYTES + " bytes; split the records by plan or period")));
    }

    /** Decodes strict UTF-8, skipping a byte-order mark; a malformed sequence is refused with its byte offset. */
    static String decode(byte[] bytes, String what) {
        int start = 0;
        if (Utf8.hasByteOrderMark(bytes)) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new RecordsFormatException(what, List.of(new RecordsFormatException.Problem("byte 0",
                    "a UTF-16 byte-order mark; expected UTF-8")));
        }
        try {
            return Utf8.decode(bytes, start);
        } catch (Utf8.Malformed e) {
            int at = e.offset();
            StringBuilder hex = new StringBuilder();
            for (int i = at; i < Math.min(bytes.length, at + e.length()); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
            }
            throw new RecordsFormatException(what, List.of(new RecordsFormatException.Problem("byte " + at,
                    "malformed UTF-8 (bytes " + hex + "); the input must be UTF-8")));
        }
    }

    /**
     * Parses JSON text into a tree, in a loop. Malformed JSON is refused at once with its line, column and a window
     * of the text; a duplicate field is added to {@code problems} (the first value is kept).
     */
    static JsonNode parse(String text, String what, List<RecordsFormatException.Problem> problems) {
        if (text.length() > ScheduleFiles.MAX_BYTES) {
            throw tooLarge(what);
        }
        String json = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        Deque<JsonNode> containers = new ArrayDeque<>();
        Deque<String> paths = new ArrayDeque<>();
        JsonNode root = null;
        String field = null;
        int values = 0;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (root != null && containers.isEmpty()) {
                    throw malformed(what, json, p.getTokenLocation(), "more content after the JSON value");
                }
                if (t == JsonToken.FIELD_NAME) {
                    field = p.getCurrentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    containers.pop();
                    paths.pop();
                    continue;
                }
                if (++values > ScheduleFiles.MAX_VALUES) {
                    throw fatal(what, "$", "more than " + ScheduleFiles.MAX_VALUES + " JSON values; split the file");
                }
                JsonNode node = value(t, p);
                String path;
                if (containers.isEmpty()) {
                    root = node;
                    path = "$";
                } else if (containers.peek() instanceof ArrayNode) {
                    ArrayNode array = (ArrayNode) containers.peek();
                    path = paths.peek() + "[" + array.size() + "]";
                    array.add(node);
                } else {
                    ObjectNode object = (ObjectNode) containers.peek();
                    path = child(paths.peek(), field);
                    if (object.has(field)) {
                        problems.add(new RecordsFormatException.Problem(path, "duplicate field; each field once"));
                    } else {
                        object.set(field, node);
                    }
                }
                if (node.isContainerNode()) {
                    if (containers.size() >= MAX_DEPTH) {
                        throw fatal(what, path, "nested deeper than " + MAX_DEPTH + " levels; the format nests at "
                                + "most 4");
                    }
                    containers.push(node);
                    paths.push(path);
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(what, json, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what, e);
        }
        if (root == null) {
            throw new RecordsFormatException(what, List.of(new RecordsFormatException.Problem("$",
                    "no JSON value; expected an object")));
        }
        return root;
    }

    private static RecordsFormatException fatal(String what, String where, String message) {
        return new RecordsFormatException(what, List.of(new RecordsFormatException.Problem(where, message)));
    }

    private static JsonNode value(JsonToken t, JsonParser p) throws IOException {
        switch (t) {
            case START_OBJECT:
                return NODES.objectNode();
            case START_ARRAY:
                return NODES.arrayNode();
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                // at most 11 characters (-2147483648) can be an int: longer ones are never converted, which Jackson
                // 2.13 would do in time quadratic in their length
                if (p.getTextLength() <= 11 && p.getNumberType() == JsonParser.NumberType.INT) {
                    return NODES.numberNode(p.getIntValue());
                }
                return new POJONode(new OtherNumber(Snippet.of(p.getText())));
            case VALUE_NUMBER_FLOAT:
                return new POJONode(new OtherNumber(Snippet.of(p.getText())));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NullNode.getInstance();
        }
    }

    private static RecordsFormatException malformed(String what, String json, JsonLocation at, String message) {
        String where = "$";
        String near = "";
        if (at != null) {
            where = "line " + at.getLineNr() + ", column " + at.getColumnNr();
            long offset = at.getCharOffset();
            if (offset >= 0) {
                near = " near '" + Snippet.around(json, (int) Math.min(offset, json.length())) + "'";
            }
        }
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return new RecordsFormatException(what, List.of(new RecordsFormatException.Problem(where,
                "malformed JSON: " + Snippet.of(first) + near)));
    }

    /** The path of a field: {@code $.records} or {@code $['odd name']}. */
    static String child(String path, String name) {
        if (NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + Snippet.of(name).replace("'", "\\'") + "']";
    }

    /** A short description of a value found: a quoted window of a string, a number, or "an object". */
    static String describe(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "\"" + Snippet.of(node.textValue()) + "\"";
        }
        if (node instanceof POJONode) {
            return String.valueOf(((POJONode) node).getPojo());
        }
        return node.isNull() ? "null" : node.asText();
    }
}
