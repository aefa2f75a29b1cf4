package dev.shixian.testkit;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.StatusReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a cases file (用例): a subject — a phrase (时限), a plan task (任务) or an obligation (事项) — with its
 * event date, year or as-of date, and what is expected of it. Read by {@link RuleSetCases}; checked by
 * {@link #check(RuleSet)}. Immutable and thread-safe.
 *
 * <p>Example row (CSV, header 名称,时限,事件日期,期望截止日期): {@code 国庆前印发,印发后3个工作日内,2021-09-30,2021-10-11}
 * — issued Thursday 09-30, due Monday 10-11 (Fri 10-08, adjusted Sat 10-09, Mon 10-11).
 *
 * <p>What a row checks, by subject (docs/RULES.md §2–§7):
 * <ul>
 *   <li>时限 / phrase: resolved with 事件日期 / event date (if any) and 年度 / year (else the rule set's); 期望截止日期
 *     lists every due date in order (separated by {@code ;}, {@code ；}, {@code 、} or a comma), 期望数量 is the
 *     number of due dates.</li>
 *   <li>任务 / task: 期望截止日期 lists the distinct due dates of its obligations, 期望数量 their number.</li>
 *   <li>事项 / obligation: without 截至日期 / as of, 期望截止日期 is the due date the schedule gives; with it, the
 *     status is evaluated with the rule set's records as of that date and 期望截止日期 is the current due date,
 *     期望状态 the status (逾期 or overdue), 期望工作日 the working days overdue (逾期, 逾期完成) or left (未到期,
 *     即将到期), 期望预警 the warning level (黄, yellow, 无 for none) and 期望数量 the count reached.</li>
 * </ul>
 */
public final class RuleSetCase {

    /**
     * The columns of a cases file, each with its Chinese and English header. Headers are matched ignoring case,
     * spaces, underscores and hyphens; columns headed 备注, note, comment or starting with {@code #} are ignored.
     * Example: {@code Column.EXPECTED_DUE_DATE} is headed 期望截止日期 or "expected due date".
     */
    public enum Column {
        /** 名称 / name: the test's name; "line N" if empty. */
        NAME("名称", "name"),
        /** 时限 / phrase: a deadline phrase, such as 印发后3个工作日内. */
        PHRASE("时限", "phrase"),
        /** 任务 / task: a plan task's id, such as 4. */
        TASK("任务", "task"),
        /** 事项 / obligation: an obligation's id, such as xingyi-2021/2@sczj. */
        OBLIGATION("事项", "obligation"),
        /** 年度 / year: the plan year for a phrase, such as 2021. */
        YEAR("年度", "year"),
        /** 事件日期 / event date: the triggering event's date for a phrase. */
        EVENT_DATE("事件日期", "event date"),
        /** 截至日期 / as of: the date an obligation's status is evaluated as of. */
        AS_OF("截至日期", "as of"),
        /** 期望截止日期 / expected due date: one date, or several in order for a phrase or task. */
        EXPECTED_DUE_DATE("期望截止日期", "expected due date"),
        /** 期望状态 / expected status: 逾期, overdue, OVERDUE … (any {@link DueStatus}). */
        EXPECTED_STATUS("期望状态", "expected status"),
        /** 期望工作日 / expected working days: overdue, late or left, by status. */
        EXPECTED_WORKING_DAYS("期望工作日", "expected working days"),
        /** 期望数量 / expected count: due dates, obligations, or the count reached. */
        EXPECTED_COUNT("期望数量", "expected count"),
        /** 期望预警 / expected warning: 黄, yellow, 无 or none. */
        EXPECTED_WARNING("期望预警", "expected warning");

        private final String chinese;
        private final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /**
         * The Chinese header. Example: {@code 期望截止日期}.
         *
         * @return the header, not null
         */
        public String chinese() {
            return chinese;
        }

        /**
         * The English header. Example: {@code expected due date}.
         *
         * @return the header, not null
         */
        public String english() {
            return english;
        }

        /**
         * The column a header names. Example: {@code forHeader(" Expected_Due-Date ")} is
         * {@link #EXPECTED_DUE_DATE}.
         *
         * @param header  the header cell, not null
         * @return the column, or empty if the header names none
         */
        public static Optional<Column> forHeader(String header) {
            String h = normal(Objects.requireNonNull(header, "header"));
            for (Column c : values()) {
                if (normal(c.chinese).equals(h) || normal(c.english).equals(h)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        static String normal(String header) {
            return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
        }

        String label() {
            return chinese + " (" + english + ")";
        }
    }

    private final String source;
    private final int line;
    private final Map<Column, String> cells;
    private final Optional<String> problem;

    RuleSetCase(String source, int line, Map<Column, String> cells, Optional<String> structuralProblem) {
        this.source = source;
        this.line = line;
        EnumMap<Column, String> copy = new EnumMap<>(Column.class);
        copy.putAll(cells);
        this.cells = Collections.unmodifiableMap(copy);
        this.problem = structuralProblem.isPresent() ? structuralProblem : validate();
    }

    /**
     * The file the row comes from, as given to {@link RuleSetCases}. Example: {@code cases/xingyi-2021-cases.csv}.
     *
     * @return the source name, not null
     */
    public String source() {
        return source;
    }

    /**
     * The row's line in the file, counting from 1 (the header is line 1 of a CSV file). Example: 2 for the first
     * row.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * File and line, such as {@code xingyi-2021-cases.csv:7}.
     *
     * @return the location, not null
     */
    public String location() {
        return source + ":" + line;
    }

    /**
     * The test's name: the 名称 / name cell, or "line N". Example: {@code 国庆前印发}.
     *
     * @return the name, not null
     */
    public String name() {
        return get(Column.NAME).orElse("line " + line);
    }

    /**
     * A cell, stripped of surrounding spaces. Example: {@code get(Column.PHRASE)} is {@code 印发后3个工作日内}.
     *
     * @param column  the column, not null
     * @return the cell, or empty if the file has no such column or the cell is blank
     */
    public Optional<String> get(Column column) {
        return Optional.ofNullable(cells.get(Objects.requireNonNull(column, "column")));
    }

    /**
     * Why the row is malformed, if it is, with its file and line. Example: {@code xingyi-2021-cases.csv:7: column
     * 期望截止日期 (expected due date): '2021-13-01' is not a date of the calendar: …}.
     *
     * @return the problem, or empty for a well-formed row
     */
    public Optional<String> problem() {
        return problem;
    }

    /**
     * Checks the row against a rule set, as described in the class documentation. Example: the row
     * {@code 国庆前印发,印发后3个工作日内,2021-09-30,2021-10-11} passes against {@code RuleSet.on(ChinaCalendar
     * .official())}.
     *
     * @param rules  the rule set, not null
     * @throws RuleSetCasesException naming the file and line if the row is malformed, or needs a schedule the
     *     rule set lacks
     * @throws AssertionError starting with the file and line if the expectation is not met, with the explanation
     *     of the computed date in Chinese and English
     */
    public void check(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        if (problem.isPresent()) {
            throw new RuleSetCasesException(problem.get());
        }
        try {
            if (get(Column.PHRASE).isPresent()) {
                checkPhrase(rules);
            } else {
                Schedule schedule = rules.schedule().orElseThrow(() -> new RuleSetCasesException(location()
                        + ": a row naming a task or an obligation needs a schedule: use RuleSet.of(schedule, records)"));
                if (get(Column.TASK).isPresent()) {
                    checkTask(schedule);
                } else {
                    checkObligation(schedule, rules);
                }
            }
        } catch (AssertionError e) {
            AssertionError wrapped = new AssertionError(location() + " " + name() + ":" + e.getMessage(), e);
            throw wrapped;
        }
    }

    private void checkPhrase(RuleSet rules) {
        DeadlineAssert a = new DeadlineAssert(Deadline.parse(get(Column.PHRASE).get()))
                .in(rules.context(get(Column.YEAR).map(y -> Year.of(Integer.parseInt(y)))));
        get(Column.EVENT_DATE).map(Texts::date).ifPresent(a::given);
        Optional<List<LocalDate>> dates = get(Column.EXPECTED_DUE_DATE).map(RuleSetCase::dates);
        if (dates.isPresent()) {
            a.resolvesTo(dates.get());
        }
        get(Column.EXPECTED_COUNT).map(Integer::valueOf).ifPresent(a::hasDueCount);
    }

    private void checkTask(Schedule schedule) {
        TaskAssert a = new TaskAssert(schedule, get(Column.TASK).get());
        Optional<String> dates = get(Column.EXPECTED_DUE_DATE);
        if (dates.isPresent()) {
            a.hasObligationsDueOn(dates(dates.get()).stream().map(LocalDate::toString).toArray(String[]::new));
        }
        get(Column.EXPECTED_COUNT).map(Integer::valueOf).ifPresent(a::hasObligationCount);
    }

    private void checkObligation(Schedule schedule, RuleSet rules) {
        String id = get(Column.OBLIGATION).get();
        new ScheduleAssert(schedule).hasObligation(id);
        Optional<LocalDate> asOf = get(Column.AS_OF).map(Texts::date);
        if (asOf.isEmpty()) {
            Obligation o = schedule.find(id).get();
            LocalDate expected = Texts.date(get(Column.EXPECTED_DUE_DATE).get());
            if (!o.dueDate().equals(Optional.of(expected))) {
                StringBuilder b = new StringBuilder("\nExpecting obligation ").append(id).append(" to be due on ")
                        .append(Texts.day(expected)).append("\nbut it is ");
                if (o.due().isPresent()) {
                    b.append("due on ").append(o.due().get().dueDate()).append(":\n")
                            .append(Texts.explain(o.due().get(), "  "));
                } else {
                    b.append(o.kind()).append(": ").append(o.reasonChinese().orElse("")).append(" / ")
                            .append(o.reason().orElse(""));
                }
                throw new AssertionError(b.toString());
            }
            return;
        }
        StatusReport report = schedule.statusAsOf(asOf.get(), rules.records());
        ObligationStatusAssert a = new StatusReportAssert(report).obligation(id);
        get(Column.EXPECTED_DUE_DATE).ifPresent(a::hasDueDate);
        Optional<DueStatus> status = get(Column.EXPECTED_STATUS).map(RuleSetCase::status);
        status.ifPresent(a::hasStatus);
        Optional<Integer> days = get(Column.EXPECTED_WORKING_DAYS).map(Integer::valueOf);
        if (days.isPresent()) {
            ObligationStatus actual = report.status(id);
            DueStatus s = status.orElse(actual.status());
            if (s == DueStatus.OVERDUE) {
                a.isOverdueByWorkingDays(days.get());
            } else if (s == DueStatus.DONE_LATE) {
                a.isDoneLateByWorkingDays(days.get());
            } else {
                a.hasWorkingDaysLeft(days.get());
            }
        }
        get(Column.EXPECTED_WARNING).ifPresent(a::hasWarningLevel);
        get(Column.EXPECTED_COUNT).map(Integer::valueOf).ifPresent(a::hasCount);
    }

    /** Checks every cell that has a format, and the combination of columns; a description of the first problem. */
    private Optional<String> validate() {
        List<Column> subjects = new ArrayList<>();
        for (Column c : List.of(Column.PHRASE, Column.TASK, Column.OBLIGATION)) {
            if (cells.containsKey(c)) {
                subjects.add(c);
            }
        }
        if (subjects.size() != 1) {
            return Optional.of(location() + ": expected exactly one of the columns " + Column.PHRASE.label() + ", "
                    + Column.TASK.label() + " or " + Column.OBLIGATION.label() + " to be filled, found "
                    + (subjects.isEmpty() ? "none" : labels(subjects)));
        }
        Column subject = subjects.get(0);
        List<Column> allowed = new ArrayList<>(List.of(Column.NAME, subject, Column.EXPECTED_DUE_DATE,
                Column.EXPECTED_COUNT));
        if (subject == Column.PHRASE) {
            allowed.addAll(List.of(Column.YEAR, Column.EVENT_DATE));
        } else if (subject == Column.OBLIGATION) {
            allowed.addAll(List.of(Column.AS_OF, Column.EXPECTED_STATUS, Column.EXPECTED_WORKING_DAYS,
                    Column.EXPECTED_WARNING));
        }
        List<Column> expectations = new ArrayList<>();
        for (Column c : cells.keySet()) {
            if (!allowed.contains(c)) {
                return Optional.of(location() + ": column " + c.label() + " does not apply to a row naming a "
                        + subject.label() + "; it applies to: " + labels(allowed));
            }
            if (c.name().startsWith("EXPECTED_")) {
                expectations.add(c);
            }
        }
        if (expectations.isEmpty()) {
            return Optional.of(location() + ": expected at least one expectation column (期望…) to be filled");
        }
        if (subject == Column.OBLIGATION && !cells.containsKey(Column.AS_OF)) {
            if (!expectations.equals(List.of(Column.EXPECTED_DUE_DATE))) {
                return Optional.of(location() + ": column " + Column.AS_OF.label() + " is needed for "
                        + labels(expectations));
            }
        }
        try {
            for (Map.Entry<Column, String> e : cells.entrySet()) {
                checkFormat(e.getKey(), e.getValue(), subject);
            }
        } catch (IllegalArgumentException | DeadlineParseException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private void checkFormat(Column c, String value, Column subject) {
        String where = location() + ": column " + c.label() + ": ";
        try {
            if (c == Column.PHRASE) {
                Deadline.parse(value);
            } else if (c == Column.EVENT_DATE || c == Column.AS_OF) {
                Texts.date(value);
            } else if (c == Column.EXPECTED_DUE_DATE) {
                List<LocalDate> d = dates(value);
                if (subject == Column.OBLIGATION && d.size() != 1) {
                    throw new IllegalArgumentException("'" + Texts.quote(value) + "' names " + d.size()
                            + " dates; an obligation has one due date");
                }
            } else if (c == Column.YEAR) {
                int y = number(value);
                if (y < 1000 || y > 9999) {
                    throw new IllegalArgumentException("'" + Texts.quote(value) + "' is not a year such as 2021");
                }
            } else if (c == Column.EXPECTED_COUNT) {
                if (number(value) < 0) {
                    throw new IllegalArgumentException("'" + Texts.quote(value) + "' is negative: expected a count");
                }
            } else if (c == Column.EXPECTED_WORKING_DAYS) {
                number(value);
            } else if (c == Column.EXPECTED_STATUS) {
                status(value);
            } else if (c == Column.EXPECTED_WARNING) {
                if (value.strip().isEmpty()) {
                    throw new IllegalArgumentException("empty warning level");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        } catch (DeadlineParseException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static int number(String value) {
        if (!value.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException("'" + Texts.quote(value) + "' is not a whole number such as 3");
        }
        return Integer.parseInt(value);
    }

    /** One or more dates separated by ; ； 、 , ， or whitespace. */
    static List<LocalDate> dates(String value) {
        List<LocalDate> out = new ArrayList<>();
        for (String part : value.split("[;；、,，]+|\\s+(?=\\d{4})")) {
            if (!part.isBlank()) {
                out.add(Texts.date(part));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + Texts.quote(value) + "' names no date");
        }
        return out;
    }

    /** A status by its Chinese name (逾期), English name (overdue) or constant (OVERDUE). */
    static DueStatus status(String value) {
        String v = value.strip();
        for (DueStatus s : DueStatus.values()) {
            if (s.chinese().equals(v) || s.english().equalsIgnoreCase(v)
                    || s.name().equalsIgnoreCase(v.replace(' ', '_').replace('-', '_'))) {
                return s;
            }
        }
        StringBuilder b = new StringBuilder();
        for (DueStatus s : DueStatus.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.chinese()).append('/').append(s.english());
        }
        throw new IllegalArgumentException("'" + Texts.quote(value) + "' is not a status: expected one of " + b);
    }

    private static String labels(List<Column> columns) {
        StringBuilder b = new StringBuilder();
        for (Column c : columns) {
            b.append(b.length() == 0 ? "" : ", ").append(c.label());
        }
        return b.toString();
    }

    /**
     * The row as text, such as {@code RuleSetCase[xingyi-2021-cases.csv:2 国庆前印发 {PHRASE=印发后3个工作日内, …}]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RuleSetCase[" + location() + " " + name() + " " + cells + "]";
    }
}
