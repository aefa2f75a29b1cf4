package dev.shixian.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.UnitSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The ledger as CSV (台账导出): one row per ledger line under Chinese column headers, and a per-unit summary
 * (单位统计) with each unit's counts by status and its on-time rate (按时完成率). Quoting is done by
 * jackson-dataformat-csv (RFC 4180: a cell holding a comma, a double quote or a line break is quoted, quotes
 * doubled; its default check also quotes some cells that need not be, such as one with a space); rows end in CRLF.
 * Cells are written as they are: text that begins with {@code =}, {@code +}, {@code -} or {@code @} is not altered,
 * so a spreadsheet may read it as a formula — check plan texts from untrusted sources before exporting them.
 *
 * <p>Encoding (编码): the {@link Path} and {@link OutputStream} forms write UTF-8 preceded by the byte-order mark
 * EF BB BF, which Excel and WPS need to read the Chinese text as UTF-8 rather than GBK. The {@link Writer} forms write
 * characters only, without a byte-order mark: the writer's encoding is the caller's; to serve a UTF-8 download that
 * Excel opens correctly, write {@code '\uFEFF'} first (or use the {@link OutputStream} form).
 *
 * <p>Columns of {@link #write(Ledger, Path)} ({@link #LEDGER_HEADERS}), empty cells where a value does not apply:
 * <table>
 * <caption>Ledger columns</caption>
 * <tr><th>header</th><th>content</th><th>example</th></tr>
 * <tr><td>事项编号</td><td>the obligation id (obligation id)</td><td>xy/7/2021-Q3@czj</td></tr>
 * <tr><td>任务</td><td>the task's number in the plan (task id)</td><td>7</td></tr>
 * <tr><td>任务内容</td><td>the task's content</td><td>财政预决算公开</td></tr>
 * <tr><td>分项</td><td>the label of the time limit's part, if any</td><td>市直部门</td></tr>
 * <tr><td>责任单位</td><td>the answering units (responsible units), joined by 、</td><td>市财政局</td></tr>
 * <tr><td>完成时限</td><td>the time limit as the plan writes it</td><td>每季度一次</td></tr>
 * <tr><td>规范时限</td><td>its canonical form</td><td>quarterly</td></tr>
 * <tr><td>周期</td><td>the period of a recurring time limit, both ends inclusive</td>
 *     <td>2021-07-01..2021-09-30</td></tr>
 * <tr><td>截止日期</td><td>the effective due date as of the ledger's date (ISO)</td><td>2021-09-30</td></tr>
 * <tr><td>原截止日期</td><td>the original due date, before pauses, restarts and extensions</td><td>2021-09-30</td></tr>
 * <tr><td>状态</td><td>the status in Chinese ({@link DueStatus#chinese()})</td><td>逾期</td></tr>
 * <tr><td>剩余工作日</td><td>working days left, for 未到期 and 即将到期 only</td><td>3</td></tr>
 * <tr><td>逾期工作日</td><td>working days overdue (逾期) or, for 逾期完成, late</td><td>7</td></tr>
 * <tr><td>预警</td><td>the warning level (督办预警) in Chinese</td><td>红</td></tr>
 * <tr><td>完成日期</td><td>the completion date, when done</td><td>2021-09-28</td></tr>
 * <tr><td>完成数量</td><td>the items completed as of the date (count)</td><td>1</td></tr>
 * <tr><td>最低数量</td><td>the minimum count (不少于N篇)</td><td>1</td></tr>
 * <tr><td>说明</td><td>the status in one Chinese sentence, then, for an undated obligation, why it has no due
 *     date</td><td>逾期7个工作日（截止日期 2021-09-30，截至 2021-10-15）【红】</td></tr>
 * </table>
 *
 * <p>Example: writing the ledger of a schedule as of Friday 2021-10-15 on the 2021 calendar (国庆节 10-01..10-07 off,
 * Sat 10-09 an adjusted working day, 调休上班), where the third quarter of task 7 of 市财政局 was due Thursday
 * 2021-09-30 and is not done:
 * <pre>{@code
 * Ledger ledger = schedule.statusAsOf(LocalDate.of(2021, 10, 15), records).ledger();
 * LedgerCsv.write(ledger, Path.of("台账-2021-10-15.csv"));
 * // 事项编号,任务,任务内容,...
 * // xy/7/2021-Q3@czj,7,财政预决算公开,,市财政局,每季度一次,quarterly,2021-07-01..2021-09-30,2021-09-30,2021-09-30,逾期,,7,红,,0,1,...
 * }</pre>
 * (overdue by the 7 working days 10-08, 10-09, 10-11..10-15).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LedgerCsv {

    /** The column headers of the ledger CSV, in order: 事项编号, 任务, … 说明. */
    public static final List<String> LEDGER_HEADERS = List.of("事项编号", "任务", "任务内容", "分项", "责任单位", "完成时限",
            "规范时限", "周期", "截止日期", "原截止日期", "状态", "剩余工作日", "逾期工作日", "预警", "完成日期", "完成数量", "最低数量", "说明");

    /**
     * The column headers of the per-unit summary CSV, in order: 单位, 单位编号, then one count per {@link DueStatus}
     * under its Chinese name (未触发, 持续推进, 未到期, 即将到期, 逾期, 按时完成, 逾期完成, 本单位无此项工作), then 应完成, 按时完成
     * and 按时完成率.
     */
    public static final List<String> UNIT_SUMMARY_HEADERS = unitSummaryHeaders();

    private static final char BOM = '\uFEFF';
    private static final CsvMapper MAPPER = mapper();
    private static final CsvSchema LEDGER_SCHEMA = schema(LEDGER_HEADERS);
    private static final CsvSchema UNIT_SUMMARY_SCHEMA = schema(UNIT_SUMMARY_HEADERS);

    private LedgerCsv() {
    }

    private static List<String> unitSummaryHeaders() {
        List<String> h = new ArrayList<>();
        h.add("单位");
        h.add("单位编号");
        for (DueStatus s : DueStatus.values()) {
            h.add(s.chinese());
        }
        h.add("应完成");
        h.add("按时完成");
        h.add("按时完成率");
        return List.copyOf(h);
    }

    private static CsvMapper mapper() {
        CsvMapper m = new CsvMapper();
        m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // STRICT_CHECK_FOR_QUOTING is left off: in 2.13 it writes a cell such as "任务\n" unquoted
        return m;
    }

    private static CsvSchema schema(List<String> headers) {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String h : headers) {
            b.addColumn(h);
        }
        return b.setUseHeader(false).setLineSeparator("\r\n").build();
    }

    /**
     * Writes the ledger's lines as CSV characters to a writer, without a byte-order mark (see the class comment),
     * header row first, one row per {@link Ledger#lines()} in order. The writer is flushed, not closed.
     *
     * <p>Example: {@code LedgerCsv.write(ledger, stringWriter)} gives {@code 事项编号,任务,任务内容,…\r\n} then a row
     * such as {@code xy/7/2021-Q3@czj,7,财政预决算公开,,市财政局,每季度一次,quarterly,2021-07-01..2021-09-30,2021-09-30,…}.
     *
     * @param ledger  the ledger (台账), not null
     * @param out  the writer, not null
     * @throws IOException if the writer fails
     */
    public static void write(Ledger ledger, Writer out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(out, "out");
        List<String[]> rows = new ArrayList<>(ledger.lines().size());
        for (LedgerLine line : ledger.lines()) {
            rows.add(row(line));
        }
        writeRows(LEDGER_SCHEMA, LEDGER_HEADERS, rows, out);
    }

    /**
     * Writes the ledger's lines as CSV to a stream in UTF-8, byte-order mark first, so that Excel and WPS read the
     * Chinese correctly — for an HTTP download, for instance. The stream is flushed, not closed.
     *
     * <p>Example: {@code LedgerCsv.write(ledger, response.getOutputStream())} with content type
     * {@code text/csv; charset=UTF-8}; the body starts with the bytes EF BB BF and the header 事项编号.
     *
     * @param ledger  the ledger (台账), not null
     * @param out  the stream, not null
     * @throws IOException if the stream fails
     */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Writer w = utf8WithBom(Objects.requireNonNull(out, "out"));
        write(ledger, w);
        w.flush();
    }

    /**
     * Writes the ledger's lines to a file in UTF-8 with a byte-order mark, creating it or replacing its content.
     *
     * <p>Example: {@code LedgerCsv.write(ledger, Path.of("台账-2021-10-15.csv"))} writes a file whose first three
     * bytes are EF BB BF and whose first line is the headers 事项编号,任务,任务内容,…,说明.
     *
     * @param ledger  the ledger (台账), not null
     * @param file  the file, not null
     * @throws IOException if the file cannot be written
     */
    public static void write(Ledger ledger, Path file) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
            write(ledger, out);
        }
    }

    /**
     * Writes each unit's figures ({@link Ledger#unitSummaries()}, 单位统计) as CSV characters to a writer, without a
     * byte-order mark, header row ({@link #UNIT_SUMMARY_HEADERS}) first. The on-time rate (按时完成率) is a
     * percentage with one decimal, such as {@code 66.7%} (Excel reads it as a number), and empty when nothing was due
     * by the ledger's date. The writer is flushed, not closed.
     *
     * <p>Example: 市政府办公室 with, as of 2021-10-15, three obligations due (one done on time, two overdue), one not
     * triggered and one pending gives {@code 市政府办公室,zfb,1,0,1,0,2,1,0,0,3,1,33.3%}.
     *
     * @param ledger  the ledger (台账), not null
     * @param out  the writer, not null
     * @throws IOException if the writer fails
     */
    public static void writeUnitSummaries(Ledger ledger, Writer out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(out, "out");
        List<String[]> rows = new ArrayList<>();
        for (UnitSummary s : ledger.unitSummaries()) {
            rows.add(row(s));
        }
        writeRows(UNIT_SUMMARY_SCHEMA, UNIT_SUMMARY_HEADERS, rows, out);
    }

    /**
     * Writes each unit's figures as CSV to a stream in UTF-8, byte-order mark first. The stream is flushed, not
     * closed.
     *
     * <p>Example: {@code LedgerCsv.writeUnitSummaries(ledger, response.getOutputStream())}; the body starts with EF BB
     * BF and the header 单位,单位编号,未触发,….
     *
     * @param ledger  the ledger (台账), not null
     * @param out  the stream, not null
     * @throws IOException if the stream fails
     */
    public static void writeUnitSummaries(Ledger ledger, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Writer w = utf8WithBom(Objects.requireNonNull(out, "out"));
        writeUnitSummaries(ledger, w);
        w.flush();
    }

    /**
     * Writes each unit's figures to a file in UTF-8 with a byte-order mark, creating it or replacing its content.
     *
     * <p>Example: {@code LedgerCsv.writeUnitSummaries(ledger, Path.of("单位统计-2021-10-15.csv"))}.
     *
     * @param ledger  the ledger (台账), not null
     * @param file  the file, not null
     * @throws IOException if the file cannot be written
     */
    public static void writeUnitSummaries(Ledger ledger, Path file) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
            writeUnitSummaries(ledger, out);
        }
    }

    private static Writer utf8WithBom(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(BOM);
        return w;
    }

    private static void writeRows(CsvSchema schema, List<String> headers, List<String[]> rows, Writer out)
            throws IOException {
        // the header row goes through the generator as a row, so that a ledger without lines still gets it
        try (SequenceWriter seq = MAPPER.writer(schema).writeValues(out)) {
            seq.write(headers.toArray(new String[0]));
            for (String[] r : rows) {
                seq.write(r);
            }
        }
        out.flush();
    }

    private static String[] row(LedgerLine line) {
        ObligationStatus st = line.status();
        DueStatus s = st.status();
        String left = s == DueStatus.PENDING || s == DueStatus.DUE_SOON ? Integer.toString(st.workingDaysLeft()) : "";
        String past = s == DueStatus.OVERDUE ? Integer.toString(st.workingDaysOverdue())
                : s == DueStatus.DONE_LATE ? Integer.toString(st.workingDaysLate()) : "";
        String note = st.toChinese();
        Optional<String> reason = line.obligation().reasonChinese();
        if (reason.isPresent()) {
            note = note + "；" + reason.get();
        }
        return new String[] {
            line.id(),
            line.taskId(),
            line.obligation().task().content(),
            line.obligation().label().orElse(""),
            line.unitNames(),
            line.timeLimit(),
            line.canonical(),
            line.obligation().period().map(LedgerCsv::period).orElse(""),
            date(st.dueDate()),
            date(st.originalDueDate()),
            s.chinese(),
            left,
            past,
            st.warningLevel().map(w -> w.chinese()).orElse(""),
            date(st.completedOn()),
            Integer.toString(st.count()),
            Integer.toString(st.minimumCount()),
            note
        };
    }

    private static String[] row(UnitSummary s) {
        List<String> r = new ArrayList<>();
        r.add(s.unit().name());
        r.add(s.unit().id());
        for (DueStatus d : DueStatus.values()) {
            r.add(Integer.toString(s.count(d)));
        }
        r.add(Integer.toString(s.dueByDate()));
        r.add(Integer.toString(s.doneOnTime()));
        r.add(s.onTimeRate().isPresent()
                ? String.format(Locale.ROOT, "%.1f%%", s.onTimeRate().getAsDouble() * 100) : "");
        return r.toArray(new String[0]);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }

    private static String period(LocalDateRange p) {
        return p.getStart() + ".." + p.getEndInclusive();
    }
}
