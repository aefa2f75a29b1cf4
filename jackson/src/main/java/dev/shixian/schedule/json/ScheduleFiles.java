package dev.shixian.schedule.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Progress;
import dev.shixian.schedule.Restart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes the records file (办理记录文件): what an OA system exports and Shixian reads to compute status.
 * Named after {@code PlanFiles}, its companion for plan files: one class per kind of file. Example:
 * <pre>
 * {"plan": "xingyi-2021",
 *  "asOf": "2021-10-15",
 *  "occurrences": [
 *    {"event": "issuance", "date": "2021-07-05", "subject": "兴府发〔2021〕5号", "task": "13", "unit": "zfb"}],
 *  "records": [
 *    {"type": "completion", "obligation": "xingyi-2021/7/2021-Q3@czj", "date": "2021-09-28", "count": 1,
 *     "note": "2021年第三季度财政预算执行情况"},
 *    {"type": "pause", "obligation": "xingyi-2021/31/2021-017@zfb", "from": "2021-09-06", "to": "2021-09-10"},
 *    {"type": "restart", "obligation": "xingyi-2021/31/2021-018@zfb", "date": "2021-09-13"},
 *    {"type": "extension", "obligation": "xingyi-2021/31/2021-017@zfb", "approvedOn": "2021-09-24",
 *     "workingDays": 5},
 *    {"type": "notApplicable", "obligation": "xingyi-2021/21/2021-Q3@tyj", "date": "2021-07-05",
 *     "reason": "本单位无重大建设项目"},
 *    {"type": "progress", "obligation": "xingyi-2021/5@fgw", "date": "2021-09-30", "percent": 40}]}
 * </pre>
 * <ul>
 * <li>{@code plan} (required): the plan's id. {@code asOf} (optional): the date the status is wanted as of
 *     (截至日期); without it, today in China. {@code $schema} (optional) is allowed and ignored.
 * <li>{@code occurrences} (optional, default none): the events that happened ({@link Occurrence}): {@code event} —
 *     an event id ({@code issuance}, {@code formation}, {@code change}, {@code receipt}, {@code approval},
 *     {@code implementation}, {@code public-opinion}) or its Chinese word (印发, 收到申请, …) or a rule-set
 *     event's name; {@code date}; {@code subject}, such as a document number (文号), part of obligation ids, so
 *     without {@code /}, {@code #} or {@code @}; optionally {@code task} (a task id: only that task counts from
 *     it) and {@code unit} (a unit id, name or alias: only that unit gets an obligation).
 * <li>{@code records} (optional, default none): each has a {@code type} and the {@code obligation} id it is for
 *     ({@code {plan}/{task}[#{label}][/{period or subject}][@{unit}]}), and by type:
 *     {@code completion} (完成): {@code date}, {@code count} (items published, default 1, at least 1),
 *     {@code note} (optional); {@code pause} (征求意见, not counted): {@code from}, {@code to}, both inclusive;
 *     {@code restart} (补正, counted again from): {@code date}; {@code extension} (延期): {@code approvedOn},
 *     {@code workingDays} (at least 1; the cap is the policy's); {@code notApplicable} (本单位无此项工作):
 *     {@code date}, {@code reason}; {@code progress} (进度): {@code date}, {@code percent} (0 to 100).
 * <li>Dates are {@code yyyy-MM-dd}; counts are JSON integers. Any other field is refused with its path.
 * </ul>
 * The JSON Schema {@value #SCHEMA_RESOURCE} ships in the jar. What the records mean is docs/RULES.md §6 and §7.
 *
 * <p>Reading: the input must be UTF-8 (a byte-order mark is accepted and skipped; a malformed byte is refused with
 * its byte offset), at most {@value #MAX_BYTES} bytes, with at most {@value #MAX_OCCURRENCES} occurrences,
 * {@value #MAX_RECORDS} records and {@value #MAX_VALUES} JSON values in all, nested at most 16 deep. Every problem is reported at once in a {@link RecordsFormatException}, each with
 * its JSON path ({@code $.records[3].date: expected a date yyyy-MM-dd but found "2021-13-01"}); malformed JSON
 * fails with its line and column. Reading takes time linear in the input and never recurses as deep as the input
 * nests. Whether the records fit the plan (an obligation id the schedule does not hold, a completion before its
 * event) is checked when the status is computed ({@link RecordsFile#statusAsOf}), by index in the file.
 *
 * <p>Writing a file and reading it back gives an equal {@link RecordsFile}. This class is thread-safe.
 */
public final class ScheduleFiles {

    /** The classpath location of the records file's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/dev/shixian/schedule/json/records.schema.json";
    /** The largest input read: 16 MiB (bytes of a file or stream; characters of a string). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The most records a file may hold. */
    public static final int MAX_RECORDS = 100_000;
    /**
     * The most JSON values (objects, arrays, strings, numbers, …) an input may hold: a record is about 5, a report's
     * ledger line about 25, so a report of up to about 35,000 obligations reads back.
     */
    public static final int MAX_VALUES = 1_000_000;
    /** The most occurrences a file may hold. */
    public static final int MAX_OCCURRENCES = 100_000;

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ScheduleFiles() {
    }

    /**
     * Reads a records file.
     *
     * @param file  the file, UTF-8, not null
     * @return the contents, not null
     * @throws RecordsFormatException listing every problem, the message naming the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RecordsFile readRecords(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readRecords(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read records file " + file, e);
        }
    }

    /**
     * Reads a records file from a UTF-8 stream, which is not closed.
     *
     * @param in  the stream, not null
     * @param sourceName  a name for the stream in messages, such as the file's name, not null
     * @return the contents, not null
     * @throws RecordsFormatException listing every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static RecordsFile readRecords(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        String what = what(sourceName);
        return read(JsonInput.decode(JsonInput.readAll(in, what), what), what);
    }

    /**
     * Reads a records file from JSON text. Example: {@code readRecords("{\"plan\": \"xingyi-2021\"}", "test")} is a
     * file without records.
     *
     * @param json  the JSON, not null; a leading byte-order mark is skipped
     * @param sourceName  a name for the text in messages, not null
     * @return the contents, not null
     * @throws RecordsFormatException listing every problem
     */
    public static RecordsFile readRecords(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        return read(json, what(sourceName));
    }

    private static String what(String sourceName) {
        return "Records file " + Objects.requireNonNull(sourceName, "sourceName");
    }

    private static RecordsFile read(String json, String what) {
        List<RecordsFormatException.Problem> problems = new ArrayList<>();
        JsonNode root = JsonInput.parse(json, what, problems);
        RecordsFile file = new RecordsReading(problems).read(root, RecordsReading.topFields(), false);
        if (file == null || !problems.isEmpty()) {
            throw new RecordsFormatException(what, problems);
        }
        return file;
    }

    /**
     * The records file as pretty-printed JSON: two-space indent, fields in the documented order, occurrences and
     * records in the file's order, a completion's count always written, its note only when given; Chinese written
     * as it is, surrogates (an emoji's, or an unpaired one) as <code>&#92;uXXXX</code> escapes.
     *
     * @param file  the contents, not null
     * @return the JSON, ending with a newline, not null
     */
    public static String write(RecordsFile file) {
        return pretty(inputs(Objects.requireNonNull(file, "file")));
    }

    /**
     * Writes a records file, UTF-8 without a byte-order mark.
     *
     * @param file  the contents, not null
     * @param path  the file to write, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(RecordsFile file, Path path) {
        Objects.requireNonNull(path, "path");
        try {
            Files.writeString(path, write(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write records file " + path, e);
        }
    }

    /** The records file's fields as a JSON object. */
    static ObjectNode inputs(RecordsFile file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("plan", file.planId());
        file.asOf().ifPresent(d -> root.put("asOf", d.toString()));
        ArrayNode occurrences = root.putArray("occurrences");
        for (Occurrence o : file.occurrences()) {
            ObjectNode n = occurrences.addObject();
            n.put("event", o.event().id());
            n.put("date", o.date().toString());
            n.put("subject", o.subject());
            o.taskId().ifPresent(v -> n.put("task", v));
            o.unitReference().ifPresent(v -> n.put("unit", v));
        }
        ArrayNode records = root.putArray("records");
        for (ObligationRecord r : file.records()) {
            record(records.addObject(), r);
        }
        return root;
    }

    private static void record(ObjectNode n, ObligationRecord r) {
        if (r instanceof Completion) {
            Completion c = (Completion) r;
            n.put("type", "completion").put("obligation", c.obligationId()).put("date", c.date().toString())
                    .put("count", c.count());
            c.note().ifPresent(v -> n.put("note", v));
        } else if (r instanceof Pause) {
            Pause p = (Pause) r;
            n.put("type", "pause").put("obligation", p.obligationId()).put("from", p.from().toString())
                    .put("to", p.toInclusive().toString());
        } else if (r instanceof Restart) {
            n.put("type", "restart").put("obligation", r.obligationId()).put("date", r.date().toString());
        } else if (r instanceof Extension) {
            Extension e = (Extension) r;
            n.put("type", "extension").put("obligation", e.obligationId()).put("approvedOn",
                    e.approvedOn().toString()).put("workingDays", e.workingDays());
        } else if (r instanceof NotApplicable) {
            NotApplicable a = (NotApplicable) r;
            n.put("type", "notApplicable").put("obligation", a.obligationId()).put("date", a.date().toString())
                    .put("reason", a.reason());
        } else {
            Progress p = (Progress) r;
            n.put("type", "progress").put("obligation", p.obligationId()).put("date", p.date().toString())
                    .put("percent", p.percent());
        }
    }

    /**
     * Escapes surrogates as <code>&#92;uXXXX</code>, so that text with an unpaired surrogate (which UTF-8 cannot
     * encode) survives being written as UTF-8 and read back; Chinese and other characters are written as they are.
     */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch)
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    }

    /**
     * Pretty-prints a tree this package built (of fixed depth).
     *
     * @param node  the tree
     * @return the JSON, ending with a newline
     */
    static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).with(new SurrogateEscapes()).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
