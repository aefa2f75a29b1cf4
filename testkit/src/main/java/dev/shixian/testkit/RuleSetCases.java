package dev.shixian.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Table-driven rule-set tests (表格驱动的规则测试): a cases file — CSV that an office worker edits in Excel or WPS, or
 * JSON — turned into one JUnit 5 {@link DynamicTest} per row, named after the row, for a {@code @TestFactory}.
 *
 * <p>Example (the whole test):
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> xingyi2021() {
 *     RuleSet rules = RuleSet.of(XingyiLedger.schedule(), XingyiLedger.records().records());
 *     return RuleSetCases.fromResource("cases/xingyi-2021-cases.csv").tests(rules);
 * }
 * }</pre>
 * with a file such as
 * <pre>
 * 名称,时限,事项,事件日期,截至日期,期望截止日期,期望状态,期望工作日
 * 国庆前印发,印发后3个工作日内,,2021-09-30,,2021-10-11,,
 * 历史规划逾期,,xingyi-2021/1#历史规划@szfbgs,,2021-10-15,2021-09-30,逾期,7
 * </pre>
 * The columns and what each row checks are listed in {@link RuleSetCase} and {@link RuleSetCase.Column}.
 *
 * <h2>Files</h2>
 * CSV: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8 (逗号分隔)", WPS's default), comma-separated,
 * quoted as RFC 4180 (a cell may span lines); the first row is the header, in Chinese and/or English; blank rows are
 * skipped; dates may be written 2021-10-11, 2021/10/11 or 2021年10月11日. JSON: an array of objects whose keys are
 * the same headers and whose values are strings or numbers. A file that is not UTF-8, a header that names no column
 * and a JSON file of the wrong shape fail at once with {@link RuleSetCasesException} naming the file and line; a
 * malformed row becomes a failing test of its own that names its file and line, so the other rows still run.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RuleSetCases {

    /** The largest cases file read: 16 MB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final String source;
    private final URI uri;
    private final List<RuleSetCase> cases;

    private RuleSetCases(String source, URI uri, List<RuleSetCase> cases) {
        this.source = source;
        this.uri = uri;
        this.cases = List.copyOf(cases);
    }

    /**
     * Reads a cases file from the class path: {@code .csv} or {@code .json} by its extension. Example:
     * {@code fromResource("cases/xingyi-2021-cases.csv")} reads {@code src/test/resources/cases/xingyi-2021-cases.csv}.
     *
     * @param name  the resource's name, with or without a leading {@code /}, not null
     * @return the cases, not null
     * @throws RuleSetCasesException if the resource is missing, too large, not UTF-8 or its header or shape is wrong
     */
    public static RuleSetCases fromResource(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RuleSetCases.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(n)) {
            if (in == null) {
                throw new RuleSetCasesException(n + ": no such resource on the class path");
            }
            return read(in.readNBytes(MAX_BYTES + 1), n, URI.create("classpath:/" + encode(n)));
        } catch (IOException e) {
            throw new UncheckedIOException(n + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a cases file: {@code .csv} or {@code .json} by its extension. Example:
     * {@code fromPath(Path.of("src/test/resources/cases/xingyi-2021-cases.csv"))}.
     *
     * @param file  the file, not null
     * @return the cases, not null
     * @throws RuleSetCasesException if the file is too large, not UTF-8 or its header or shape is wrong
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RuleSetCases fromPath(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in.readNBytes(MAX_BYTES + 1), file.toString(), file.toUri());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads cases from CSV text. Example: {@code fromCsv("时限,事件日期,期望截止日期\n印发后3个工作日内,2021-09-30,
     * 2021-10-11\n", "inline.csv")} gives one case at line 2.
     *
     * @param csv  the text, not null
     * @param sourceName  the name used in messages and test names, not null
     * @return the cases, not null
     * @throws RuleSetCasesException if the header is wrong
     */
    public static RuleSetCases fromCsv(String csv, String sourceName) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(sourceName, "sourceName");
        return new RuleSetCases(sourceName, null, readCsv(stripBom(csv), sourceName));
    }

    /**
     * Reads cases from JSON text: an array of objects. Example: {@code fromJson("[{\"时限\": \"9月底前\", \"年度\":
     * 2021, \"期望截止日期\": \"2021-09-30\"}]", "inline.json")} gives one case at line 1.
     *
     * @param json  the text, not null
     * @param sourceName  the name used in messages and test names, not null
     * @return the cases, not null
     * @throws RuleSetCasesException if the text is not such an array or a key names no column
     */
    public static RuleSetCases fromJson(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return new RuleSetCases(sourceName, null, readJson(stripBom(json), sourceName));
    }

    /**
     * The name of the file read. Example: {@code cases/xingyi-2021-cases.csv}.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }

    /**
     * The rows, in file order, malformed ones included (see {@link RuleSetCase#problem()}). Example: 15 for a file
     * of a header and 15 rows.
     *
     * @return the cases, not null, immutable
     */
    public List<RuleSetCase> cases() {
        return cases;
    }

    /**
     * One dynamic test per row, each checking its row against a rule set ({@link RuleSetCase#check(RuleSet)}) and
     * named {@code name [file:line]}. Example: {@code fromResource("cases/xingyi-2021-cases.csv").tests(rules)}.
     *
     * @param rules  the rule set, not null
     * @return the tests, not null
     */
    public Stream<DynamicTest> tests(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        return tests(c -> c.check(rules));
    }

    /**
     * One dynamic test per row, each running a body of your own, named {@code name [file:line]}; a malformed row
     * fails with its file and line without running the body. Example:
     * {@code tests(c -> assertThat(c.get(Column.PHRASE)).isPresent())}.
     *
     * @param body  what each row's test does, not null
     * @return the tests, not null
     */
    public Stream<DynamicTest> tests(ThrowingConsumer<RuleSetCase> body) {
        Objects.requireNonNull(body, "body");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " [" + c.location() + "]",
                uri == null ? null : URI.create(uri + "?line=" + c.line()), () -> {
                    if (c.problem().isPresent()) {
                        throw new RuleSetCasesException(c.problem().get());
                    }
                    body.accept(c);
                }));
    }

    /**
     * A summary, such as {@code RuleSetCases[cases/xingyi-2021-cases.csv, 15 cases]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RuleSetCases[" + source + ", " + cases.size() + " cases]";
    }

    private static RuleSetCases read(byte[] bytes, String source, URI uri) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleSetCasesException(source + ": larger than " + MAX_BYTES + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleSetCasesException(source + ":" + lineOf(bytes) + ": not UTF-8; in Excel save as "
                    + "\"CSV UTF-8 (逗号分隔)\", in WPS as UTF-8 (文件不是UTF-8编码，请另存为 CSV UTF-8)", e);
        }
        text = stripBom(text);
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return new RuleSetCases(source, uri, readCsv(text, source));
        } else if (lower.endsWith(".json")) {
            return new RuleSetCases(source, uri, readJson(text, source));
        }
        throw new RuleSetCasesException(source + ": expected a file name ending in .csv or .json");
    }

    /** The line of the first byte that is not UTF-8, approximately: the number of newlines before it plus one. */
    private static int lineOf(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (java.net.URISyntaxException e) {
            throw new RuleSetCasesException(path + ": not a resource name: " + e.getMessage(), e);
        }
    }

    private static List<RuleSetCase> readCsv(String text, String source) {
        List<RuleSetCase> out = new ArrayList<>();
        try (CsvParser p = new CsvFactory().createParser(text)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<Optional<RuleSetCase.Column>> columns = null;
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new RuleSetCasesException(source + ":1: empty file: expected a header row");
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t != JsonToken.START_ARRAY) {
                    throw new RuleSetCasesException(source + ":" + p.getTokenLocation().getLineNr()
                            + ": expected a row");
                }
                int line = -1;
                List<String> cells = new ArrayList<>();
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = p.getTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                }
                if (columns == null) {
                    columns = header(cells, source, line);
                } else if (!blank(cells)) {
                    out.add(row(columns, cells, source, line));
                }
            }
            if (columns == null) {
                throw new RuleSetCasesException(source + ":1: empty file: expected a header row");
            }
        } catch (JsonProcessingException e) {
            throw new RuleSetCasesException(source + ":" + e.getLocation().getLineNr() + ": not CSV: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Optional<RuleSetCase.Column>> header(List<String> cells, String source, int line) {
        List<Optional<RuleSetCase.Column>> columns = new ArrayList<>();
        List<RuleSetCase.Column> seen = new ArrayList<>();
        for (String h : cells) {
            if (ignored(h)) {
                columns.add(Optional.empty());
                continue;
            }
            RuleSetCase.Column c = column(h, source, line);
            if (seen.contains(c)) {
                throw new RuleSetCasesException(source + ":" + line + ": header " + c.label() + " appears twice");
            }
            seen.add(c);
            columns.add(Optional.of(c));
        }
        return columns;
    }

    private static boolean ignored(String header) {
        String h = RuleSetCase.Column.normal(header);
        return h.isEmpty() || h.startsWith("#") || h.equals("备注") || h.equals("note") || h.equals("comment")
                || h.equals("说明");
    }

    private static RuleSetCase.Column column(String header, String source, int line) {
        Optional<RuleSetCase.Column> c = RuleSetCase.Column.forHeader(header);
        if (c.isEmpty()) {
            StringBuilder known = new StringBuilder();
            for (RuleSetCase.Column k : RuleSetCase.Column.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(k.label());
            }
            throw new RuleSetCasesException(source + ":" + line + ": header '" + Texts.quote(header)
                    + "' names no column: expected one of " + known + ", or 备注/note");
        }
        return c.get();
    }

    private static RuleSetCase row(List<Optional<RuleSetCase.Column>> columns, List<String> cells, String source,
            int line) {
        Map<RuleSetCase.Column, String> map = new EnumMap<>(RuleSetCase.Column.class);
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i).strip();
            if (v.isEmpty()) {
                continue;
            }
            if (i >= columns.size()) {
                problem = Optional.of(source + ":" + line + ": cell " + (i + 1) + " '" + Texts.quote(v)
                        + "' has no header: expected at most " + columns.size() + " cells");
                break;
            }
            columns.get(i).ifPresent(c -> map.put(c, v));
        }
        return new RuleSetCase(source, line, map, problem);
    }

    private static List<RuleSetCase> readJson(String text, String source) {
        List<RuleSetCase> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new RuleSetCasesException(source + ":" + p.getTokenLocation().getLineNr()
                        + ": expected a JSON array of cases");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                int line = p.getTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new RuleSetCasesException(source + ":" + line + ": expected a case object {…}, found "
                            + t);
                }
                Map<RuleSetCase.Column, String> map = new LinkedHashMap<>();
                Optional<String> problem = Optional.empty();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.getCurrentName();
                    JsonToken v = p.nextToken();
                    if (v.isStructStart()) {
                        p.skipChildren();
                        if (problem.isEmpty()) {
                            problem = Optional.of(source + ":" + p.getTokenLocation().getLineNr() + ": key '"
                                    + Texts.quote(key) + "': expected a string or a number");
                        }
                        continue;
                    }
                    if (ignored(key) || v == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    RuleSetCase.Column c = column(key, source, p.getTokenLocation().getLineNr());
                    String s = p.getText().strip();
                    if (map.containsKey(c) && problem.isEmpty()) {
                        problem = Optional.of(source + ":" + p.getTokenLocation().getLineNr() + ": column "
                                + c.label() + " is given twice");
                    }
                    if (!s.isEmpty()) {
                        map.put(c, s);
                    }
                }
                out.add(new RuleSetCase(source, line, map, problem));
            }
            if (p.nextToken() != null) {
                throw new RuleSetCasesException(source + ":" + p.getTokenLocation().getLineNr()
                        + ": unexpected content after the array of cases");
            }
        } catch (JsonProcessingException e) {
            throw new RuleSetCasesException(source + ":" + e.getLocation().getLineNr() + ": not JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
