package dev.shixian.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shixian.deadline.Bilingual;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Explanation;
import dev.shixian.deadline.PartResolution;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.plan.Unit;
import dev.shixian.plan.json.PlanFiles;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.Ledger;
import dev.shixian.schedule.LedgerLine;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.UnitSummary;
import dev.shixian.schedule.json.ReportJson;
import dev.shixian.schedule.json.ScheduleFiles;
import dev.shixian.schedule.json.RecordsFile;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The JSON trees of the values {@link ShixianModule} writes: one method per value, each a tree of fixed depth (a
 * plan's sections nest at most {@link Plan#MAX_SECTION_DEPTH} deep). Plans, occurrences, records and reports are
 * written by the file writers ({@link PlanFiles}, {@link ScheduleFiles}, {@link ReportJson}) and parsed back into a
 * tree, so that they are written exactly as their files write them. Dates are ISO {@code yyyy-MM-dd}; nothing
 * depends on the default zone or locale.
 */
final class ValueTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Parses what the file writers wrote (trees of fixed depth). */
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The plan id of the records file a single occurrence or record is written in and read from. */
    static final String PLACEHOLDER_PLAN = "-";

    private ValueTrees() {
    }

    /** A period, both ends inclusive: {@code 2021-07-01..2021-09-30}. */
    static String period(LocalDateRange p) {
        return p.getStart() + ".." + p.getEndInclusive();
    }

    static ObjectNode bilingual(Bilingual b) {
        ObjectNode n = NODES.objectNode();
        n.put("english", b.english());
        n.put("chinese", b.chinese());
        return n;
    }

    static ObjectNode explanation(Explanation e) {
        ObjectNode n = NODES.objectNode();
        n.put("english", e.toEnglish());
        n.put("chinese", e.toChinese());
        ArrayNode steps = n.putArray("steps");
        for (Explanation.Step s : e.steps()) {
            steps.add(bilingual(s.text()));
        }
        n.set("conclusion", bilingual(e.conclusion().text()));
        return n;
    }

    static ObjectNode due(Due d) {
        ObjectNode n = NODES.objectNode();
        n.put("deadline", d.deadline().toString());
        n.put("deadlineChinese", d.deadline().toChinese());
        n.put("dueDate", d.dueDate().toString());
        d.period().ifPresent(p -> n.put("period", period(p)));
        n.put("minimumCount", d.minimumCount());
        d.label().ifPresent(v -> n.put("label", v));
        n.put("provisional", d.isProvisional());
        n.put("settled", d.isSettled());
        n.set("explanation", explanation(d.explanation()));
        return n;
    }

    static ObjectNode partResolution(PartResolution r) {
        ObjectNode n = NODES.objectNode();
        r.label().ifPresent(v -> n.put("label", v));
        n.put("deadline", r.deadline().toString());
        n.put("deadlineChinese", r.deadline().toChinese());
        n.put("outcome", r.outcome().name());
        ArrayNode dues = n.putArray("dues");
        for (Due d : r.dues()) {
            dues.add(due(d));
        }
        ArrayNode events = n.putArray("awaitedEvents");
        for (Event e : r.awaitedEvents()) {
            events.add(e.id());
        }
        n.set("reason", bilingual(r.reason()));
        return n;
    }

    /** The plan as {@link PlanFiles#toJson(Plan)} writes it. */
    static ObjectNode plan(Plan plan) {
        return (ObjectNode) parse(PlanFiles.toJson(plan));
    }

    /**
     * A task as the plan file writes it in {@code "tasks"} ({@link PlanFiles#toJson(Task)}); its own policy, if any,
     * is written as the fields that differ from {@link DeadlinePolicy#defaults()}.
     */
    static ObjectNode task(Task task) {
        return (ObjectNode) parse(PlanFiles.toJson(task));
    }

    /** A part as the plan file writes it in a task's {@code "parts"} ({@link PlanFiles#toJson(TaskPart)}). */
    static ObjectNode part(TaskPart part) {
        return (ObjectNode) parse(PlanFiles.toJson(part));
    }

    /** An occurrence as {@link ScheduleFiles#write(RecordsFile)} writes it in {@code "occurrences"}. */
    static ObjectNode occurrence(Occurrence o) {
        JsonNode file = parse(ScheduleFiles.write(RecordsFile.of(PLACEHOLDER_PLAN, List.of(o), List.of())));
        return (ObjectNode) file.get("occurrences").get(0);
    }

    /** A record as {@link ScheduleFiles#write(RecordsFile)} writes it in {@code "records"}. */
    static ObjectNode record(ObligationRecord r) {
        JsonNode file = parse(ScheduleFiles.write(RecordsFile.of(PLACEHOLDER_PLAN, List.of(), List.of(r))));
        return (ObjectNode) file.get("records").get(0);
    }

    static ObjectNode obligation(Obligation o) {
        ObjectNode n = NODES.objectNode();
        n.put("id", o.id());
        n.put("task", o.task().id());
        o.label().ifPresent(v -> n.put("label", v));
        o.unit().ifPresent(u -> n.put("unit", u.id()));
        units(n.putArray("units"), o.units());
        o.deadline().ifPresent(d -> n.put("deadline", d.toString()).put("deadlineChinese", d.toChinese()));
        o.period().ifPresent(p -> n.put("period", period(p)));
        o.occurrence().ifPresent(v -> n.put("subject", v.subject()));
        n.put("kind", o.kind().name());
        o.due().ifPresent(d -> n.set("due", due(d)));
        o.dueDate().ifPresent(d -> n.put("dueDate", d.toString()));
        n.put("minimumCount", o.minimumCount());
        if (!o.awaitedEvents().isEmpty()) {
            ArrayNode events = n.putArray("awaitedEvents");
            for (Event e : o.awaitedEvents()) {
                events.add(e.id());
            }
        }
        o.reason().ifPresent(v -> n.put("reason", v));
        o.reasonChinese().ifPresent(v -> n.put("reasonChinese", v));
        return n;
    }

    private static void units(ArrayNode array, List<Unit> units) {
        for (Unit u : units) {
            array.add(u.id());
        }
    }

    static ObjectNode status(ObligationStatus s) {
        ObjectNode n = NODES.objectNode();
        n.put("obligation", s.obligationId());
        n.put("asOf", s.asOf().toString());
        n.put("status", s.status().name());
        n.put("statusChinese", s.status().chinese());
        s.dueDate().ifPresent(d -> n.put("dueDate", d.toString()));
        s.originalDueDate().ifPresent(d -> n.put("originalDueDate", d.toString()));
        n.put("workingDaysLeft", s.workingDaysLeft());
        n.put("workingDaysOverdue", s.workingDaysOverdue());
        n.put("workingDaysLate", s.workingDaysLate());
        s.completedOn().ifPresent(d -> n.put("completedOn", d.toString()));
        n.put("count", s.count());
        n.put("minimumCount", s.minimumCount());
        s.warningLevel().ifPresent(w -> n.put("warningLevel", w.name()).put("warningLevelChinese", w.chinese()));
        s.undatedReason().ifPresent(v -> n.put("undatedReason", v));
        ObjectNode explanation = n.putObject("explanation");
        explanation.put("english", s.toEnglish());
        explanation.put("chinese", s.toChinese());
        ArrayNode history = n.putArray("history");
        for (HistoryEntry h : s.history()) {
            history.add(history(h));
        }
        return n;
    }

    static ObjectNode history(HistoryEntry h) {
        ObjectNode n = NODES.objectNode();
        n.set("record", record(h.record()));
        h.dueBefore().ifPresent(d -> n.put("dueBefore", d.toString()));
        h.dueAfter().ifPresent(d -> n.put("dueAfter", d.toString()));
        n.put("english", h.english());
        n.put("chinese", h.chinese());
        return n;
    }

    /** The report as {@link ReportJson#write(StatusReport)} writes it. */
    static ObjectNode report(StatusReport report) {
        return (ObjectNode) parse(ReportJson.write(report));
    }

    static ObjectNode ledgerLine(LedgerLine line) {
        ObjectNode n = NODES.objectNode();
        n.set("obligation", obligation(line.obligation()));
        n.set("status", status(line.status()));
        return n;
    }

    static ObjectNode unitSummary(UnitSummary s) {
        ObjectNode n = NODES.objectNode();
        n.put("unit", s.unit().id());
        n.put("unitName", s.unit().name());
        ObjectNode counts = n.putObject("counts");
        for (DueStatus status : DueStatus.values()) {
            counts.put(status.name(), s.count(status));
        }
        n.put("dueByDate", s.dueByDate());
        n.put("doneOnTime", s.doneOnTime());
        return n;
    }

    static ObjectNode ledger(Ledger ledger) {
        ObjectNode n = NODES.objectNode();
        n.put("asOf", ledger.asOf().toString());
        ArrayNode lines = n.putArray("lines");
        for (LedgerLine line : ledger.lines()) {
            lines.add(ledgerLine(line));
        }
        ArrayNode units = n.putArray("units");
        for (UnitSummary s : ledger.unitSummaries()) {
            units.add(unitSummary(s));
        }
        return n;
    }

    /** Parses JSON a file writer of the library wrote. */
    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The library wrote JSON it cannot read back", e);
        }
    }
}
