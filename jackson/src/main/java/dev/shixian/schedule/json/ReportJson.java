package dev.shixian.schedule.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shixian.internal.Snippet;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.OccurrenceException;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.ScheduleRecordException;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * A {@link StatusReport} in JSON (办理情况报告): the inputs it is computed from — exactly a records file's fields
 * ({@link ScheduleFiles}) — and one line per obligation of the ledger (台账). Reading it back recomputes the report
 * from its inputs and checks every written line against the recomputation, so a report that was edited by hand
 * (a status changed from 逾期 to 按时完成) is refused, naming the line.
 *
 * <p>Example (long lines cut), as of 2021-10-15, for an obligation due 2021-09-30 and done 2021-10-08:
 * <pre>
 * {"plan": "xingyi-2021", "asOf": "2021-10-15",
 *  "occurrences": [{"event": "issuance", "date": "2021-09-30", "subject": "兴府发〔2021〕5号"}],
 *  "records": [{"type": "completion", "obligation": "xingyi-2021/7/2021-Q3@zfb", "date": "2021-10-08",
 *               "count": 1}],
 *  "lines": [{"id": "xingyi-2021/7/2021-Q3@zfb", "task": "7", "units": ["zfb"], "unitNames": "市政府办公室",
 *             "timeLimit": "每季度一次", "canonical": "quarterly", "period": "2021-07-01..2021-09-30",
 *             "dueDate": "2021-09-30", "originalDueDate": "2021-09-30", "status": "DONE_LATE",
 *             "statusChinese": "逾期完成", "workingDaysLeft": 0, "workingDaysOverdue": 0, "workingDaysLate": 1,
 *             "completedOn": "2021-10-08", "count": 1, "minimumCount": 1,
 *             "explanation": {"en": "done late on 2021-10-08, late by 1 working day (due 2021-09-30, as of …)",
 *                             "zh": "2021-10-08 逾期完成，逾期1个工作日（截止日期 2021-09-30，截至 2021-10-15）"}}]}
 * </pre>
 * A line's fields: {@code id}, {@code task}, {@code label} (a labelled part's), {@code units} (unit ids) and
 * {@code unitNames} (joined by 、), {@code timeLimit} (as the plan writes it) and {@code canonical}, {@code period}
 * ({@code start..end}, both inclusive), {@code dueDate} (effective) and {@code originalDueDate}, {@code status}
 * (a {@link dev.shixian.schedule.DueStatus} name) and {@code statusChinese}, {@code workingDaysLeft},
 * {@code workingDaysOverdue}, {@code workingDaysLate}, {@code warningLevel} and {@code warningLevelChinese},
 * {@code completedOn}, {@code count}, {@code minimumCount}, {@code explanation} ({@code en}, {@code zh}); a field
 * without a value is left out.
 *
 * <p>The records written are those the report applied — every record dated on or before its date, obligation by
 * obligation in the order applied — since records dated later do not exist as of it and change nothing. Reading
 * accepts the input rules of {@link ScheduleFiles} (UTF-8 text, limits, every problem with its path in one
 * {@link RecordsFormatException}), with {@code asOf} and {@code lines} required.
 *
 * <p>This class is thread-safe.
 */
public final class ReportJson {

    private static final Set<String> TOP_FIELDS = RecordsReading.topFields("lines");

    private ReportJson() {
    }

    /**
     * The inputs a report is computed from, as a records file: the plan's id, the report's date, the schedule's
     * occurrences and the records the report applied. {@code inputs(r).statusAsOf(r.schedule(), clock)} equals
     * {@code r}.
     *
     * @param report  the report, not null
     * @return the records file, with the report's date, not null
     */
    public static RecordsFile inputs(StatusReport report) {
        Objects.requireNonNull(report, "report");
        List<ObligationRecord> records = new ArrayList<>();
        for (ObligationStatus s : report.statuses()) {
            for (HistoryEntry h : s.history()) {
                records.add(h.record());
            }
        }
        return RecordsFile.of(report.schedule().plan().id(), report.schedule().occurrences(), records)
                .withAsOf(report.asOf());
    }

    /**
     * Writes a report as pretty-printed JSON: its inputs ({@link #inputs}) and its ledger lines, in the schedule's
     * order.
     *
     * @param report  the report, not null
     * @return the JSON, ending with a newline, not null
     */
    public static String write(StatusReport report) {
        ObjectNode root = ScheduleFiles.inputs(inputs(report));
        ArrayNode lines = root.putArray("lines");
        for (LedgerLine line : report.ledger().lines()) {
            lines.add(line(line));
        }
        return ScheduleFiles.pretty(root);
    }

    /**
     * Reads a report back against the schedule it was written from: the plan id and occurrences must be the
     * schedule's, and every line must agree with the report recomputed from the records. Example:
     * {@code read(write(report), report.schedule()).equals(report)} is true.
     *
     * @param json  the JSON, not null
     * @param schedule  the schedule, not null
     * @return the recomputed report, equal to the one written, not null
     * @throws RecordsFormatException listing every problem with its JSON path: malformed input, a plan or
     *     occurrences other than the schedule's, a bad record ({@code $.records[i]}), a line that disagrees
     *     ({@code $.lines[i].status: line '…' says … but the records give …})
     */
    public static StatusReport read(String json, Schedule schedule) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(schedule, "schedule");
        return read(json, (file, problems) -> {
            if (!file.planId().equals(schedule.plan().id())) {
                problems.add(new RecordsFormatException.Problem("$.plan", "the report is of plan '"
                        + Snippet.of(file.planId()) + "' but the schedule of plan '" + schedule.plan().id() + "'"));
                return null;
            }
            if (!file.occurrences().equals(schedule.occurrences())) {
                int i = 0;
                while (i < file.occurrences().size() && i < schedule.occurrences().size()
                        && file.occurrences().get(i).equals(schedule.occurrences().get(i))) {
                    i++;
                }
                problems.add(new RecordsFormatException.Problem("$.occurrences[" + i + "]",
                        "the report's occurrences differ from the schedule's from here: expected "
                                + (i < schedule.occurrences().size() ? Snippet.of(schedule.occurrences().get(i)
                                        .toString()) : "no more") + " (" + schedule.occurrences().size()
                                + " in all)"));
                return null;
            }
            return schedule;
        });
    }

    /**
     * Reads a report back, scheduling the plan with the report's occurrences, then checking every line against
     * the report recomputed from the records. The result has a new schedule, so it compares equal to the written
     * report in every status ({@link StatusReport#statuses()}) but not by {@link StatusReport#equals}, which
     * requires the same schedule; use {@link #read(String, Schedule)} for that.
     *
     * @param json  the JSON, not null
     * @param plan  the plan, not null
     * @param scheduler  the scheduler, not null
     * @return the recomputed report, not null
     * @throws RecordsFormatException listing every problem with its JSON path, occurrences that cannot be
     *     scheduled among them ({@code $.occurrences[i]})
     */
    public static StatusReport read(String json, Plan plan, Scheduler scheduler) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(scheduler, "scheduler");
        return read(json, (file, problems) -> {
            if (!file.planId().equals(plan.id())) {
                problems.add(new RecordsFormatException.Problem("$.plan", "the report is of plan '"
                        + Snippet.of(file.planId()) + "' but the plan given is '" + plan.id() + "'"));
                return null;
            }
            try {
                return scheduler.schedule(plan, file.occurrences());
            } catch (OccurrenceException e) {
                for (OccurrenceException.Problem p : e.problems()) {
                    problems.add(new RecordsFormatException.Problem("$.occurrences[" + p.index() + "]",
                            p.reason()));
                }
                return null;
            }
        });
    }

    /** Finds the schedule for the inputs, or adds problems and returns null. */
    private interface ScheduleFor {
        Schedule find(RecordsFile file, List<RecordsFormatException.Problem> problems);
    }

    private static StatusReport read(String json, ScheduleFor scheduleFor) {
        String what = "Report JSON";
        List<RecordsFormatException.Problem> problems = new ArrayList<>();
        JsonNode root = JsonInput.parse(json, what, problems);
        RecordsReading reading = new RecordsReading(problems);
        RecordsFile file = reading.read(root, TOP_FIELDS, true);
        JsonNode lines = root.isObject() ? root.get("lines") : null;
        if (root.isObject() && (lines == null || !lines.isArray())) {
            reading.problem("$.lines", "expected an array of ledger lines but found " + JsonInput.describe(lines));
        }
        if (file == null || !problems.isEmpty()) {
            throw new RecordsFormatException(what, problems);
        }
        Schedule schedule = scheduleFor.find(file, problems);
        if (schedule == null) {
            throw new RecordsFormatException(what, problems);
        }
        StatusReport report;
        try {
            report = schedule.statusAsOf(file.asOf().orElseThrow(), file.records());
        } catch (ScheduleRecordException e) {
            for (ScheduleRecordException.Problem p : e.problems()) {
                problems.add(new RecordsFormatException.Problem("$.records[" + p.index() + "]", p.reason()));
            }
            throw new RecordsFormatException(what, problems);
        }
        compare(report, lines, problems);
        if (!problems.isEmpty()) {
            throw new RecordsFormatException(what, problems);
        }
        return report;
    }

    /** Checks every written line against the recomputed one, field by field. */
    private static void compare(StatusReport report, JsonNode written, List<RecordsFormatException.Problem> problems) {
        List<LedgerLine> expected = report.ledger().lines();
        if (written.size() != expected.size()) {
            problems.add(new RecordsFormatException.Problem("$.lines", written.size() + " lines, but the schedule has "
                    + expected.size() + " obligations"));
        }
        for (int i = 0; i < expected.size() && i < written.size(); i++) {
            String path = "$.lines[" + i + "]";
            String id = "line '" + Snippet.of(expected.get(i).id()) + "'";
            JsonNode w = written.get(i);
            if (!w.isObject()) {
                problems.add(new RecordsFormatException.Problem(path, id + ": expected an object but found "
                        + JsonInput.describe(w)));
                continue;
            }
            ObjectNode e = line(expected.get(i));
            for (Iterator<String> it = e.fieldNames(); it.hasNext();) {
                String f = it.next();
                JsonNode ev = e.get(f);
                JsonNode wv = w.get(f);
                // equals is called on the recomputed value, whose depth is fixed, never on the input's
                if (wv == null) {
                    problems.add(new RecordsFormatException.Problem(JsonInput.child(path, f), id
                            + " lacks this field; the records give " + Snippet.of(ev.toString())));
                } else if (!ev.equals(wv)) {
                    problems.add(new RecordsFormatException.Problem(JsonInput.child(path, f), id + " says "
                            + JsonInput.describe(wv) + " but the records give " + Snippet.of(ev.toString())));
                }
            }
            for (Iterator<String> it = w.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!e.has(f)) {
                    problems.add(new RecordsFormatException.Problem(JsonInput.child(path, f), id + " has this "
                            + "field but the records give it no value (or it is not a line's field)"));
                }
            }
        }
    }

    /** One ledger line as a JSON object of fixed depth. */
    private static ObjectNode line(LedgerLine line) {
        ObjectNode n = ScheduleFiles.MAPPER.createObjectNode();
        ObligationStatus s = line.status();
        n.put("id", line.id());
        n.put("task", line.taskId());
        line.obligation().label().ifPresent(v -> n.put("label", v));
        ArrayNode units = n.putArray("units");
        for (Unit u : line.units()) {
            units.add(u.id());
        }
        n.put("unitNames", line.unitNames());
        if (!line.timeLimit().isEmpty()) {
            n.put("timeLimit", line.timeLimit());
        }
        if (!line.canonical().isEmpty()) {
            n.put("canonical", line.canonical());
        }
        line.obligation().period().ifPresent(p -> n.put("period", period(p)));
        s.dueDate().ifPresent(d -> n.put("dueDate", d.toString()));
        s.originalDueDate().ifPresent(d -> n.put("originalDueDate", d.toString()));
        n.put("status", s.status().name());
        n.put("statusChinese", s.status().chinese());
        n.put("workingDaysLeft", s.workingDaysLeft());
        n.put("workingDaysOverdue", s.workingDaysOverdue());
        n.put("workingDaysLate", s.workingDaysLate());
        s.warningLevel().ifPresent(w -> n.put("warningLevel", w.name()).put("warningLevelChinese", w.chinese()));
        s.completedOn().ifPresent(d -> n.put("completedOn", d.toString()));
        n.put("count", s.count());
        n.put("minimumCount", s.minimumCount());
        ObjectNode explanation = n.putObject("explanation");
        explanation.put("en", s.toEnglish());
        explanation.put("zh", s.toChinese());
        return n;
    }

    private static String period(LocalDateRange p) {
        return p.getStart() + ".." + p.getEndInclusive();
    }
}
