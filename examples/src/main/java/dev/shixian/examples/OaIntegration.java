package dev.shixian.examples;

import dev.shixian.calendar.DayKind;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.ReceiptChannel;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An OA-style integration (OA系统对接): the OA keeps policy documents (规范性文件, with their 文号 and issue date),
 * applications for disclosure (依申请公开, with their receipt date and channel) and what was done about them in an
 * embedded database; each working day the program reads the rows through plain JDBC, derives the obligations with
 * the {@link Scheduler}, and sends each unit the reminders (时限提醒) of what is due soon and the overdue notices
 * (逾期督办) as the short Chinese messages an OA pushes.
 *
 * <p>The database is H2 in memory ({@code jdbc:h2:mem:}, private to the run); the program creates the schema
 * (units, documents, requests, records) and, as the simulated days pass, inserts the rows the OA would: three
 * documents of 市财政局 and 市人社局, three applications to 市政府办公室 and 市财政局, two interpretations published
 * (one late), one reply, a 补正 that restarts the clock (条例第三十条), a third-party consultation that pauses it
 * (征求第三方意见, 条例第三十三条第三款) and an extension (延期, 条例第三十三条第二款). The plan is built in code: task 1,
 * the policy interpretation (政策解读), "印发后3个工作日内"; task 2, the reply to an application,
 * "收到申请之日起20个工作日内". The 文号 and titles are invented for the example.
 *
 * <p>The run covers the fixed days 2024-09-23 to 2024-10-15, across the 2024 国庆节 (国办发明电〔2023〕7号: 10-01..10-07
 * off, Sunday 09-29 and Saturday 10-12 worked), with no real clock, so its output is always the same. Messages are
 * sent on working days only, adjusted working days (调休上班) included. The due-soon window is the default 3 working
 * days ({@link dev.shixian.schedule.SchedulePolicy#defaults()}, docs/RULES.md §7). Example: 市财政局's document
 * 市财发〔2024〕41号, issued Friday 2024-09-27, is due for its interpretation on 2024-10-08 (09-29, 09-30, 10-08), so on
 * Monday 2024-09-30 the OA sends
 * <pre>
 * 【时限提醒】市财政局：《关于做好2024年秋季学期学生资助资金发放工作的通知》（市财发〔2024〕41号）政策解读应于2024-10-08前发布，剩余1个工作日。
 * </pre>
 * and on 2024-10-09, the interpretation still not published, a 【逾期督办】 message: 已逾期1个工作日.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl examples -am compile exec:java
 * -Dexec.mainClass=dev.shixian.examples.OaIntegration}.
 *
 * <p>This class is a program; its methods are stateless and thread-safe.
 */
public final class OaIntegration {

    /** The first day of the simulated run, Monday 2024-09-23. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 23);

    /** The last day of the simulated run, Tuesday 2024-10-15. */
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 10, 15);

    /** The id of the plan built in code ({@link #plan()}). */
    public static final String PLAN_ID = "oa-2024";

    /** The task of the policy interpretation (政策解读), 印发后3个工作日内. */
    public static final String INTERPRETATION_TASK = "1";

    /** The task of the reply to an application (依申请公开答复), 收到申请之日起20个工作日内. */
    public static final String REPLY_TASK = "2";

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private OaIntegration() {
    }

    /**
     * Runs the example, printing the run to standard output (UTF-8). Exits with status 1 if the database fails.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            run(out);
        } catch (IllegalStateException e) {
            System.err.println("OaIntegration: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The plan the OA's obligations come from: 市政府办公室 (zfb), 市财政局 (czj) and 市人社局 (rsj); task 1, the policy
     * interpretation, "印发后3个工作日内" (the day of issuance not counted, docs/RULES.md §2), and task 2, the reply
     * to an application, "收到申请之日起20个工作日内" (条例第三十三条第二款), both led by every unit: each document and
     * each application gives one obligation, of the unit it concerns. Example: the document 市财发〔2024〕41号 of 市财政局
     * gives the obligation {@code oa-2024/1/市财发〔2024〕41号@czj}.
     *
     * @return the plan, not null
     */
    public static Plan plan() {
        return Plan.builder(PLAN_ID).title("某市2024年政务公开工作台账").year(Year.of(2024))
                .issued(LocalDate.of(2024, 1, 2))
                .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局")).unit(Unit.of("rsj", "市人社局"))
                .task(Task.builder(INTERPRETATION_TASK).content("规范性文件政策解读").lead("zfb", "czj", "rsj")
                        .timeLimit("印发后3个工作日内"))
                .task(Task.builder(REPLY_TASK).content("依申请公开答复").lead("zfb", "czj", "rsj")
                        .timeLimit("收到申请之日起20个工作日内"))
                .build();
    }

    /**
     * Runs the simulation from {@link #FIRST_DAY} to {@link #LAST_DAY} in a fresh in-memory database and prints it:
     * first the rows the OA already holds, then for each day a heading such as {@code == 2024-09-29 周日（调休上班）==},
     * what the OA entered that day ({@code [OA] …}) and, on a working day, the messages of each unit in the plan's
     * order — reminders (【时限提醒】, DUE_SOON) then overdue notices (【逾期督办】, most working days first) — or
     * {@code （今日无提醒）}. Example line, on 2024-10-15: {@code 【逾期督办】市人社局：《关于开展2024年度技能人才评价工作的通知》
     * （市人社发〔2024〕21号）政策解读应于2024-10-12前发布，已逾期2个工作日。}
     *
     * @param out  where to print, not null
     * @throws IllegalStateException if the database fails
     */
    public static void run(PrintStream out) {
        Objects.requireNonNull(out, "out");
        ChinaCalendar china = ChinaCalendar.official();
        Scheduler scheduler = Scheduler.of(china);
        Plan plan = plan();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
            OaDatabase oa = new OaDatabase(connection);
            oa.createSchema(plan);
            out.println("OA 数据库（H2，内存）：" + plan.title() + "，" + FIRST_DAY + " 至 " + LAST_DAY);
            for (Row row : OaDatabase.SCENARIO) {
                if (row.entered().isBefore(FIRST_DAY)) {
                    oa.insert(row);
                }
            }
            Day before = oa.day(FIRST_DAY.minusDays(1), scheduler, plan);
            for (Row row : OaDatabase.SCENARIO) {
                if (row.entered().isBefore(FIRST_DAY)) {
                    out.println("[OA] " + before.describe(row));
                }
            }
            for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
                List<Row> entered = new ArrayList<>();
                for (Row row : OaDatabase.SCENARIO) {
                    if (row.entered().equals(d)) {
                        oa.insert(row);
                        entered.add(row);
                    }
                }
                Day day = oa.day(d, scheduler, plan);
                out.println(heading(china, d));
                for (Row row : entered) {
                    out.println("[OA] " + day.describe(row));
                }
                if (china.isWorkingDay(d)) {
                    List<String> messages = day.messages();
                    if (messages.isEmpty()) {
                        out.println("（今日无提醒）");
                    }
                    messages.forEach(out::println);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("OA database: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The day's heading: date, weekday and, off the ordinary week, why. */
    private static String heading(ChinaCalendar china, LocalDate d) {
        String head = "== " + d + " " + WEEKDAYS[d.getDayOfWeek().getValue() - 1];
        DayKind kind = china.dayKind(d);
        String name = china.holidayName(d).orElse("");
        switch (kind) {
            case HOLIDAY:
                return head + "（" + name + "放假，不发送提醒）==";
            case REST_DAY:
                return head + "（休息日，不发送提醒）==";
            case ADJUSTED_WORKDAY:
                return head + "（" + name + "调休上班）==";
            default:
                return head + " ==";
        }
    }

    /** What a row of the scenario is. */
    private enum Kind {
        DOCUMENT, REQUEST, COMPLETION, RESTART, PAUSE, EXTENSION
    }

    /**
     * One row the OA enters on a day: a document, an application, or a record about one of them (by its 文号 or
     * application number). Unused fields are null or 0.
     */
    private record Row(Kind kind, LocalDate entered, String subject, String unit, String title, LocalDate date,
            LocalDate end, ReceiptChannel channel, int workingDays) {

        static Row document(String docNo, String unit, String title, LocalDate issued) {
            return new Row(Kind.DOCUMENT, issued, docNo, unit, title, issued, null, null, 0);
        }

        static Row request(String number, String unit, ReceiptChannel channel, LocalDate received) {
            return new Row(Kind.REQUEST, received, number, unit, null, received, null, channel, 0);
        }

        static Row record(Kind kind, LocalDate entered, String subject, LocalDate date, LocalDate end,
                int workingDays) {
            return new Row(kind, entered, subject, null, null, date, end, null, workingDays);
        }
    }

    /** The OA's database: its schema, its rows, and what is read back from it as of a day. */
    private static final class OaDatabase {

        private static LocalDate d(int month, int day) {
            return LocalDate.of(2024, month, day);
        }

        /** Everything the OA enters, in order. */
        static final List<Row> SCENARIO = List.of(
                Row.request("2024-029", "zfb", ReceiptChannel.IN_PERSON, d(9, 2)),
                Row.request("2024-027", "czj", ReceiptChannel.ONLINE, d(9, 4)),
                Row.request("2024-031", "zfb", ReceiptChannel.POST, d(9, 20)),
                Row.document("市人社发〔2024〕18号", "rsj", "关于调整2024年度失业保险金标准的通知", d(9, 23)),
                Row.record(Kind.COMPLETION, d(9, 25), "市人社发〔2024〕18号", d(9, 25), null, 0),
                Row.document("市财发〔2024〕41号", "czj", "关于做好2024年秋季学期学生资助资金发放工作的通知", d(9, 27)),
                Row.record(Kind.EXTENSION, d(9, 27), "2024-029", d(9, 27), null, 5),
                Row.record(Kind.PAUSE, d(9, 27), "2024-027", d(9, 24), d(9, 27), 0),
                Row.document("市人社发〔2024〕21号", "rsj", "关于开展2024年度技能人才评价工作的通知", d(10, 9)),
                Row.record(Kind.COMPLETION, d(10, 10), "市财发〔2024〕41号", d(10, 10), null, 0),
                Row.record(Kind.RESTART, d(10, 10), "2024-031", d(10, 10), null, 0),
                Row.record(Kind.COMPLETION, d(10, 11), "2024-029", d(10, 11), null, 0));

        private final Connection connection;

        OaDatabase(Connection connection) {
            this.connection = connection;
        }

        void createSchema(Plan plan) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE unit (id VARCHAR(16) PRIMARY KEY, name VARCHAR(64) NOT NULL)");
                s.execute("CREATE TABLE policy_document (doc_no VARCHAR(64) PRIMARY KEY, unit_id VARCHAR(16) NOT NULL "
                        + "REFERENCES unit(id), title VARCHAR(256) NOT NULL, issued DATE NOT NULL)");
                s.execute("CREATE TABLE disclosure_request (request_no VARCHAR(32) PRIMARY KEY, unit_id VARCHAR(16) "
                        + "NOT NULL REFERENCES unit(id), channel VARCHAR(16) NOT NULL, received DATE NOT NULL)");
                s.execute("CREATE TABLE obligation_record (id INT AUTO_INCREMENT PRIMARY KEY, subject VARCHAR(64) "
                        + "NOT NULL, kind VARCHAR(16) NOT NULL, entered DATE NOT NULL, record_date DATE NOT NULL, "
                        + "end_date DATE, working_days INT)");
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO unit VALUES (?, ?)")) {
                for (Unit u : plan.units().units()) {
                    p.setString(1, u.id());
                    p.setString(2, u.name());
                    p.executeUpdate();
                }
            }
        }

        void insert(Row row) throws SQLException {
            if (row.kind() == Kind.DOCUMENT) {
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO policy_document (doc_no, unit_id, title, issued) VALUES (?, ?, ?, ?)")) {
                    p.setString(1, row.subject());
                    p.setString(2, row.unit());
                    p.setString(3, row.title());
                    p.setObject(4, row.date());
                    p.executeUpdate();
                }
            } else if (row.kind() == Kind.REQUEST) {
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO disclosure_request (request_no, unit_id, channel, received) VALUES (?, ?, ?, ?)")) {
                    p.setString(1, row.subject());
                    p.setString(2, row.unit());
                    p.setString(3, row.channel().name());
                    p.setObject(4, row.date());
                    p.executeUpdate();
                }
            } else {
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO obligation_record (subject, kind, "
                        + "entered, record_date, end_date, working_days) VALUES (?, ?, ?, ?, ?, ?)")) {
                    p.setString(1, row.subject());
                    p.setString(2, row.kind().name());
                    p.setObject(3, row.entered());
                    p.setObject(4, row.date());
                    if (row.end() == null) {
                        p.setNull(5, Types.DATE);
                    } else {
                        p.setObject(5, row.end());
                    }
                    p.setInt(6, row.workingDays());
                    p.executeUpdate();
                }
            }
        }

        /**
         * Reads back what the OA holds as of a day — documents issued, applications received and records entered by
         * then — and evaluates the obligations as of that day.
         */
        Day day(LocalDate asOf, Scheduler scheduler, Plan plan) throws SQLException {
            List<Occurrence> occurrences = new ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT d.doc_no, d.unit_id, d.title, d.issued, "
                    + "u.name FROM policy_document d JOIN unit u ON u.id = d.unit_id WHERE d.issued <= ? "
                    + "ORDER BY d.issued, d.doc_no")) {
                p.setObject(1, asOf);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String docNo = r.getString(1);
                        occurrences.add(Occurrence.of(Event.ISSUANCE, r.getObject(4, LocalDate.class), docNo)
                                .forTask(INTERPRETATION_TASK).byUnit(r.getString(2)));
                        labels.put(docNo, "《" + r.getString(3) + "》（" + docNo + "）政策解读");
                    }
                }
            }
            try (PreparedStatement p = connection.prepareStatement("SELECT request_no, unit_id, channel, received "
                    + "FROM disclosure_request WHERE received <= ? ORDER BY received, request_no")) {
                p.setObject(1, asOf);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String number = r.getString(1);
                        LocalDate received = r.getObject(4, LocalDate.class);
                        occurrences.add(Occurrence.of(Event.RECEIPT, received, number).forTask(REPLY_TASK)
                                .byUnit(r.getString(2)));
                        labels.put(number, "依申请公开申请" + number + "（"
                                + ReceiptChannel.valueOf(r.getString(3)).chinese() + "，" + received + "收到）");
                    }
                }
            }
            Schedule schedule = scheduler.schedule(plan, occurrences);
            Map<String, String> ids = new HashMap<>();
            for (Obligation o : schedule.obligations()) {
                o.occurrence().ifPresent(occ -> ids.put(occ.subject(), o.id()));
            }
            List<ObligationRecord> records = new ArrayList<>();
            Map<String, ObligationRecord> bySubjectAndKind = new HashMap<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT subject, kind, record_date, end_date, "
                    + "working_days FROM obligation_record WHERE entered <= ? ORDER BY id")) {
                p.setObject(1, asOf);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String subject = r.getString(1);
                        String id = ids.get(subject);
                        if (id == null) {
                            throw new IllegalStateException("A record of '" + subject + "', which the OA does not hold");
                        }
                        Kind kind = Kind.valueOf(r.getString(2));
                        LocalDate date = r.getObject(3, LocalDate.class);
                        ObligationRecord record;
                        if (kind == Kind.COMPLETION) {
                            record = Completion.of(id, date);
                        } else if (kind == Kind.RESTART) {
                            record = Restart.of(id, date);
                        } else if (kind == Kind.PAUSE) {
                            record = Pause.of(id, date, r.getObject(4, LocalDate.class));
                        } else {
                            record = Extension.of(id, date, r.getInt(5));
                        }
                        records.add(record);
                        bySubjectAndKind.put(subject + "|" + kind, record);
                    }
                }
            }
            return new Day(schedule.statusAsOf(asOf, records), ids, labels, bySubjectAndKind);
        }
    }

    /** The obligations as of a day, with the texts the OA shows. */
    private record Day(StatusReport report, Map<String, String> ids, Map<String, String> labels,
            Map<String, ObligationRecord> records) {

        /** A row just entered, in Chinese, with its effect on the due date. */
        String describe(Row row) {
            ObligationStatus s = report.status(ids.get(row.subject()));
            String unit = report.schedule().find(s.obligationId()).orElseThrow().unit().orElseThrow().name();
            String what = unit + " " + labels.get(row.subject());
            String due = s.dueDate().map(LocalDate::toString).orElse("-");
            switch (row.kind()) {
                case DOCUMENT:
                    return "印发：" + what + "，截止日期 " + due;
                case REQUEST:
                    return "收到申请：" + what + "，答复截止日期 " + due;
                case COMPLETION:
                    return "办结：" + what + "，" + s.toChinese();
                default:
                    ObligationRecord record = records.get(row.subject() + "|" + row.kind());
                    for (HistoryEntry h : s.history()) {
                        if (h.record().equals(record)) {
                            return "登记：" + what + "，" + h.chinese();
                        }
                    }
                    throw new IllegalStateException("Record not applied: " + record);
            }
        }

        /** The day's messages, unit by unit in the plan's order: reminders, then overdue notices. */
        List<String> messages() {
            List<String> out = new ArrayList<>();
            List<LedgerLine> overdue = report.ledger().overdue();
            for (Map.Entry<Unit, List<LedgerLine>> e : report.ledger().byUnit().entrySet()) {
                String unit = e.getKey().name();
                for (LedgerLine line : e.getValue()) {
                    if (line.dueStatus() == DueStatus.DUE_SOON) {
                        ObligationStatus s = line.status();
                        int left = s.workingDaysLeft();
                        out.add("【时限提醒】" + unit + "：" + text(line) + "应于" + s.dueDate().orElseThrow() + "前"
                                + verb(line) + "，" + (left == 0 ? "今日到期。" : "剩余" + left + "个工作日。"));
                    }
                }
                for (LedgerLine line : overdue) {
                    if (line.units().contains(e.getKey())) {
                        ObligationStatus s = line.status();
                        out.add("【逾期督办】" + unit + "：" + text(line) + "应于" + s.dueDate().orElseThrow() + "前"
                                + verb(line) + "，已逾期" + s.workingDaysOverdue() + "个工作日。");
                    }
                }
            }
            return out;
        }

        private String text(LedgerLine line) {
            return labels.get(line.obligation().occurrence().orElseThrow().subject());
        }

        private static String verb(LedgerLine line) {
            return line.taskId().equals(REPLY_TASK) ? "答复" : "发布";
        }
    }
}
