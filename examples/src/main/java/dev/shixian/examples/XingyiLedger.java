package dev.shixian.examples;

import dev.shixian.ShixianException;
import dev.shixian.deadline.Deadline;
import dev.shixian.export.LedgerCalendar;
import dev.shixian.export.LedgerCsv;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.UnitSummary;
import dev.shixian.schedule.json.RecordsFile;
import dev.shixian.schedule.json.ReportJson;
import dev.shixian.schedule.json.ScheduleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The main example: the ledger (工作台账) of the 兴义市 2021 plan (《兴义市2021年政务公开工作要点》, issued 2021-06-24)
 * as of a date, on the official calendar ({@link ChinaCalendar#official()}).
 *
 * <p>It reads the seed plan {@code plans/xingyi-2021.json} and, beside it, the records file
 * {@code plans/xingyi-2021.records.json} (the format of {@link ScheduleFiles}): five policy documents issued or formed
 * (their 兴府发/兴府办发 numbers are invented for the example) and eighteen records — completions on time and late, a
 * minimum count (不少于4篇) reached over two completions, a pause (征求意见), an extension (延期), a declaration that a
 * unit has no such item (本单位无此项工作) and a progress report (进度填报). It schedules the plan with those events
 * ({@link Scheduler}), evaluates every obligation as of the date, and prints
 * <ol>
 * <li>the ledger as a table aligned by display width (a CJK character takes two columns): 事项编号, 责任单位, 完成时限,
 *     截止日期, 状态, 剩余/逾期工作日, 预警 — the status in colour when the terminal supports it
 *     ({@link #colourSupported});
 * <li>the overdue list (逾期清单), most working days overdue first;
 * <li>each unit's figures (单位统计) with its on-time rate (按时完成率);
 * </ol>
 * and writes {@code 台账.csv}, {@code 单位统计.csv} ({@link LedgerCsv}), {@code report.json} ({@link ReportJson}) and
 * {@code 截止日期.ics} ({@link LedgerCalendar}) into an output directory.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl examples -am compile exec:java} (as of the records file's date,
 * 2021-10-15, into {@code target/xingyi-ledger/}) or {@code -Dexec.args="2021-12-01 out"} for another date and
 * directory. Example line of the table as of 2021-10-15: the 市政府办公室's document 兴府办发〔2021〕31号, formed Friday
 * 2021-09-10, was to be published within 20 working days (信息形成起20日内, 日 read as working days by the plan): 9-13..9-17,
 * the adjusted Saturday 9-18, 9-22..9-24, the adjusted Sunday 9-26, 9-27..9-30, then after 国庆节 10-08, the adjusted
 * Saturday 10-09, 10-11..10-14 — due Thursday 2021-10-14, so on Friday 2021-10-15 it is 逾期 by 1 working day (黄).
 *
 * <p>This class is a program; its methods are stateless and thread-safe.
 */
public final class XingyiLedger {

    /** The id of the plan this example schedules. */
    public static final String PLAN_ID = "xingyi-2021";

    /** The classpath location of the records file. */
    public static final String RECORDS_RESOURCE = "/plans/xingyi-2021.records.json";

    /** The output directory when none is given, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "xingyi-ledger");

    /** The headers of the ledger table, in order. */
    public static final List<String> TABLE_HEADERS = List.of("事项编号", "责任单位", "完成时限", "截止日期", "状态",
            "剩余/逾期工作日", "预警");

    private static final String NONE = "-";
    private static final String RESET = "\u001B[0m";

    private XingyiLedger() {
    }

    /**
     * Runs the example: prints the ledger, the overdue list and the unit figures to standard output (UTF-8), in colour
     * when {@link #colourSupported} says so, and writes the four files. Exits with status 2 on bad arguments and 1 when
     * the records or the date cannot be used (such as a date the calendar does not cover).
     *
     * @param args  optional as-of date (yyyy-MM-dd, default the records file's {@code asOf}) and optional output
     *     directory (default {@code target/xingyi-ledger}); a lone argument that is not a date is the directory
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Usage: XingyiLedger [yyyy-MM-dd] [output directory]: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean colour = colourSupported(System.console() != null, System.getenv());
        try {
            if (arguments.asOf().isPresent()) {
                run(arguments.asOf().get(), arguments.outputDir(), out, colour);
            } else {
                run(arguments.outputDir(), out, colour);
            }
        } catch (ShixianException | IOException | UncheckedIOException e) {
            System.err.println("XingyiLedger: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The program's arguments: an optional as-of date and the output directory.
     *
     * @param date  the as-of date, or null for the records file's
     * @param outputDir  the output directory, not null
     */
    record Arguments(LocalDate date, Path outputDir) {

        /** The as-of date, if one was given. */
        Optional<LocalDate> asOf() {
            return Optional.ofNullable(date);
        }

        /**
         * Reads the arguments: an optional first argument of the form yyyy-MM-dd is the date, the next (or a lone
         * argument that is not a date) the output directory.
         *
         * @throws IllegalArgumentException naming the bad argument
         */
        static Arguments parse(String... args) {
            int i = 0;
            LocalDate date = null;
            if (args.length > 0 && args[0].matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                try {
                    date = LocalDate.parse(args[0]);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + args[0] + "' is not a date: " + e.getMessage(), e);
                }
                i = 1;
            }
            Path dir = DEFAULT_OUTPUT;
            if (args.length > i) {
                dir = Path.of(args[i]);
                i++;
            }
            if (args.length > i) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            return new Arguments(date, dir);
        }
    }

    /**
     * Runs the example as of the records file's date (2021-10-15): prints the ledger, the overdue list and the unit
     * figures, then writes {@code 台账.csv}, {@code 单位统计.csv}, {@code report.json} and {@code 截止日期.ics} into the
     * directory, creating it if needed.
     *
     * @param outputDir  the directory for the files, not null
     * @param out  where to print, not null
     * @param colour  whether to colour the statuses with ANSI escapes
     * @return the report printed, not null
     * @throws IOException if a file cannot be written
     */
    public static StatusReport run(Path outputDir, PrintStream out, boolean colour) throws IOException {
        return run(records().asOf().orElseThrow(), outputDir, out, colour);
    }

    /**
     * Runs the example as of a date. Example: {@code run(LocalDate.of(2021, 12, 1), Path.of("out"), System.out,
     * false)} prints the ledger as of 2021-12-01, when the third quarter's items left undone are overdue by more
     * working days and the fourth quarter's are due soon.
     *
     * @param asOf  the date the status is wanted as of (截至日期), not null
     * @param outputDir  the directory for the files, not null
     * @param out  where to print, not null
     * @param colour  whether to colour the statuses with ANSI escapes
     * @return the report printed, not null
     * @throws IOException if a file cannot be written
     * @throws dev.shixian.calendar.CalendarCoverageException if the date lies beyond the calendar's notices
     */
    public static StatusReport run(LocalDate asOf, Path outputDir, PrintStream out, boolean colour)
            throws IOException {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(out, "out");
        StatusReport report = report(asOf);
        for (String line : print(report, colour)) {
            out.println(line);
        }
        List<Path> files = write(report, outputDir);
        out.println();
        out.println("已写入 (written):");
        for (Path f : files) {
            out.println("  " + f);
        }
        out.flush();
        return report;
    }

    /**
     * The records file shipped beside the plan, {@value #RECORDS_RESOURCE}.
     *
     * @return its contents, not null
     */
    public static RecordsFile records() {
        try (InputStream in = XingyiLedger.class.getResourceAsStream(RECORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + RECORDS_RESOURCE);
            }
            return ScheduleFiles.readRecords(in, "xingyi-2021.records.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 兴义市 2021 plan scheduled on the official calendar with the records file's occurrences.
     *
     * @return the schedule, not null
     */
    public static Schedule schedule() {
        Plan plan = PlanLedger.load(PLAN_ID);
        return records().schedule(Scheduler.of(ChinaCalendar.official()), plan);
    }

    /**
     * The status of every obligation of the schedule as of a date, from the records file's records. Records dated
     * after the date do not exist yet as of it.
     *
     * @param asOf  the date, not null
     * @return the report, not null
     */
    public static StatusReport report(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return schedule().statusAsOf(asOf, records().records());
    }

    /**
     * Everything the program prints before the list of files: a heading, the ledger table ({@link #table}), the
     * overdue list ({@link #overdueTable}) and the unit figures ({@link #unitTable}).
     *
     * @param report  the report, not null
     * @param colour  whether to colour the statuses
     * @return the lines, not null
     */
    public static List<String> print(StatusReport report, boolean colour) {
        Objects.requireNonNull(report, "report");
        Ledger ledger = report.ledger();
        Plan plan = report.schedule().plan();
        List<String> lines = new ArrayList<>();
        lines.add(plan.title() + " 工作台账，截至 " + report.asOf() + "（" + ledger.lines().size() + " 项义务，日历 "
                + report.schedule().calendar() + "）");
        lines.add("");
        lines.addAll(table(ledger, colour));
        List<LedgerLine> overdue = ledger.overdue();
        lines.add("");
        lines.add("逾期清单（" + overdue.size() + " 项，逾期工作日多者在前）");
        lines.addAll(overdueTable(ledger, colour));
        lines.add("");
        lines.add("单位统计（按时完成率 = 按时完成 ÷ 截至 " + report.asOf() + " 应完成，本单位无此项工作者不计）");
        lines.addAll(unitTable(ledger));
        return lines;
    }

    /**
     * The ledger table: a header row ({@link #TABLE_HEADERS}) and one row per line of the ledger in the schedule's
     * order, columns separated by two spaces and padded to the widest cell by display width. Cells: the obligation
     * id; the answering units (责任单位; for a group the plan names no members of, such as {@code 各乡镇<街道>}, its
     * name and 未列成员); the time limit of the obligation's part in Chinese ({@link Deadline#toChinese()}); the
     * effective due date or {@code -}; the status in Chinese; {@code 剩余N} (working days left) while pending or due soon, {@code 逾期N} when overdue or done late;
     * the warning level (蓝, 黄, 红). Example row (plain) as of 2021-10-15:
     * {@code xingyi-2021/7/2021-Q3@sczj  市财政局  每季度一次  2021-09-30  按时完成  -} (padded).
     *
     * @param ledger  the ledger, not null
     * @param colour  whether to colour the status cell (the padding is the same either way)
     * @return the rows, not null
     */
    public static List<String> table(Ledger ledger, boolean colour) {
        Objects.requireNonNull(ledger, "ledger");
        List<String[]> rows = new ArrayList<>();
        List<DueStatus> statuses = new ArrayList<>();
        for (LedgerLine line : ledger.lines()) {
            ObligationStatus s = line.status();
            rows.add(new String[] {
                line.id(),
                units(line),
                line.obligation().deadline().map(Deadline::toChinese).orElse(NONE),
                s.dueDate().map(LocalDate::toString).orElse(NONE),
                s.status().chinese(),
                days(s),
                s.warningLevel().map(w -> w.chinese()).orElse("")
            });
            statuses.add(s.status());
        }
        return align(TABLE_HEADERS, rows, statuses, 4, colour);
    }

    /**
     * The overdue list (逾期清单) as a table, most severe first ({@link Ledger#overdue()}): 事项编号, 责任单位, 截止日期,
     * 逾期工作日, 预警.
     *
     * @param ledger  the ledger, not null
     * @param colour  whether to colour the warning level
     * @return the rows, header first, not null
     */
    public static List<String> overdueTable(Ledger ledger, boolean colour) {
        Objects.requireNonNull(ledger, "ledger");
        List<String[]> rows = new ArrayList<>();
        List<DueStatus> statuses = new ArrayList<>();
        for (LedgerLine line : ledger.overdue()) {
            ObligationStatus s = line.status();
            rows.add(new String[] {
                line.id(),
                units(line),
                s.dueDate().map(LocalDate::toString).orElse(NONE),
                Integer.toString(s.workingDaysOverdue()),
                s.warningLevel().map(w -> w.chinese()).orElse("")
            });
            statuses.add(s.status());
        }
        return align(List.of("事项编号", "责任单位", "截止日期", "逾期工作日", "预警"), rows, statuses, 4, colour);
    }

    /**
     * Each unit's figures (单位统计) as a table, units in the plan's order: 单位, 应完成 (due by the ledger's date,
     * not-applicable ones left out), 按时完成, 逾期完成, 逾期, 本单位无此项工作, 按时完成率 (one decimal, {@code -} when
     * nothing was due).
     *
     * @param ledger  the ledger, not null
     * @return the rows, header first, not null
     */
    public static List<String> unitTable(Ledger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        List<String[]> rows = new ArrayList<>();
        for (UnitSummary u : ledger.unitSummaries()) {
            rows.add(new String[] {
                u.unit().name(),
                Integer.toString(u.dueByDate()),
                Integer.toString(u.doneOnTime()),
                Integer.toString(u.count(DueStatus.DONE_LATE)),
                Integer.toString(u.count(DueStatus.OVERDUE)),
                Integer.toString(u.count(DueStatus.NOT_APPLICABLE)),
                u.onTimeRate().isPresent()
                        ? String.format(Locale.ROOT, "%.1f%%", u.onTimeRate().getAsDouble() * 100) : NONE
            });
        }
        return align(List.of("单位", "应完成", "按时完成", "逾期完成", "逾期", "本单位无此项工作", "按时完成率"), rows, null, -1,
                false);
    }

    /**
     * Whether to colour the output: only on an interactive terminal ({@code System.console() != null}) whose
     * {@code TERM} is set and not {@code dumb}, and when {@code NO_COLOR} is unset (https://no-color.org).
     * Example: {@code colourSupported(true, Map.of("TERM", "xterm-256color"))} is true;
     * {@code colourSupported(true, Map.of("TERM", "xterm", "NO_COLOR", "1"))} is false.
     *
     * @param console  whether the program has a console
     * @param env  the environment, not null
     * @return whether to colour
     */
    public static boolean colourSupported(boolean console, Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String term = env.get("TERM");
        return console && term != null && !term.isEmpty() && !"dumb".equals(term) && !env.containsKey("NO_COLOR");
    }

    /**
     * The number of terminal columns a text takes: 2 for an East Asian wide or fullwidth character (汉字, 、, 〔〕,
     * （）), 0 for a combining mark or a control character, 1 otherwise. Example: {@code displayWidth("市财政局")} is 8,
     * {@code displayWidth("兴府发〔2021〕5号")} is 17 (6 + 2 + 4 + 2 + 1 + 2).
     *
     * @param text  the text, not null
     * @return the width, 0 or more
     */
    public static int displayWidth(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int w = 0;
        for (int i = 0; i < text.length();) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            w += width(cp);
        }
        return w;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONTROL
                || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    /**
     * The answering units' names, or, when the plan names only a group without members ({@code 各乡镇<街道>}), the
     * group's name and 未列成员 (members not listed).
     */
    private static String units(LedgerLine line) {
        if (!line.unitNames().isEmpty()) {
            return line.unitNames();
        }
        Task task = line.obligation().task();
        List<String> lead = task.lead();
        if (line.obligation().label().isPresent()) {
            String label = line.obligation().label().get();
            for (TaskPart part : task.parts()) {
                if (part.label().equals(label) && !part.lead().isEmpty()) {
                    lead = part.lead();
                }
            }
        }
        return lead.isEmpty() ? NONE : String.join("、", lead) + "（未列成员）";
    }

    /** The working days left or overdue (late, when done late), as the table shows them. */
    private static String days(ObligationStatus s) {
        switch (s.status()) {
            case PENDING:
            case DUE_SOON:
                return "剩余" + s.workingDaysLeft();
            case OVERDUE:
                return "逾期" + s.workingDaysOverdue();
            case DONE_LATE:
                return "逾期" + s.workingDaysLate();
            default:
                return NONE;
        }
    }

    /**
     * Pads each cell to its column's display width, columns separated by two spaces, trailing spaces stripped; the
     * cell at {@code colourColumn} is wrapped in the status's colour after padding, so colour never shifts columns.
     */
    private static List<String> align(List<String> headers, List<String[]> rows, List<DueStatus> statuses,
            int colourColumn, boolean colour) {
        int n = headers.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = displayWidth(headers.get(c));
        }
        for (String[] r : rows) {
            for (int c = 0; c < n; c++) {
                widths[c] = Math.max(widths[c], displayWidth(r[c]));
            }
        }
        List<String> out = new ArrayList<>(rows.size() + 1);
        out.add(row(headers.toArray(new String[0]), widths, null, -1));
        for (int k = 0; k < rows.size(); k++) {
            out.add(row(rows.get(k), widths, colour && statuses != null ? statuses.get(k) : null, colourColumn));
        }
        return out;
    }

    private static String row(String[] cells, int[] widths, DueStatus colourOf, int colourColumn) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                b.append("  ");
            }
            String cell = cells[c];
            String code = colourOf != null && c == colourColumn ? ansi(colourOf) : "";
            if (!code.isEmpty()) {
                b.append(code).append(cell).append(RESET);
            } else {
                b.append(cell);
            }
            if (c < cells.length - 1) {
                b.append(" ".repeat(widths[c] - displayWidth(cell)));
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /** The ANSI colour of a status: red overdue, yellow due soon, green on time, magenta late, grey for the rest. */
    private static String ansi(DueStatus s) {
        switch (s) {
            case OVERDUE:
                return "\u001B[31m";
            case DUE_SOON:
                return "\u001B[33m";
            case DONE_ON_TIME:
                return "\u001B[32m";
            case DONE_LATE:
                return "\u001B[35m";
            case PENDING:
                return "\u001B[36m";
            default:
                return "\u001B[2m";
        }
    }

    /** Writes the four files and returns their paths. */
    private static List<Path> write(StatusReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Ledger ledger = report.ledger();
        Path csv = dir.resolve("台账.csv");
        Path units = dir.resolve("单位统计.csv");
        Path json = dir.resolve("report.json");
        Path ics = dir.resolve("截止日期.ics");
        LedgerCsv.write(ledger, csv);
        LedgerCsv.writeUnitSummaries(ledger, units);
        Files.writeString(json, ReportJson.write(report), StandardCharsets.UTF_8);
        LedgerCalendar.write(ledger, ics);
        return List.of(csv, units, json, ics);
    }
}
