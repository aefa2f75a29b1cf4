package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.plan.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The obligations of a plan (排期结果): every task's obligations, in plan order, with their due dates, made by a
 * {@link Scheduler} from the plan and the events that happened.
 *
 * <p>Example: the 兴义市 2021 plan (window 2021-06-24..2021-12-31) scheduled on the official calendar has, for its
 * quarterly task 7 led by 市财政局, the obligations {@code xingyi-2021/7/2021-Q2@czj} (the first, partial
 * quarter, due 2021-06-30), {@code …/2021-Q3@czj} (due 2021-09-30) and {@code …/2021-Q4@czj} (due 2021-12-31).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule {

    private final Plan plan;
    private final WorkingCalendar calendar;
    private final AnsweringUnits answering;
    private final List<Obligation> obligations;
    private final Map<String, Obligation> byId;
    private final Map<String, List<Obligation>> byTask;
    private final List<String> warnings;
    private final List<Occurrence> occurrences;

    Schedule(Plan plan, WorkingCalendar calendar, AnsweringUnits answering, List<Obligation> obligations,
            Map<String, Obligation> byId, List<String> warnings, List<Occurrence> occurrences) {
        this.plan = plan;
        this.calendar = calendar;
        this.answering = answering;
        this.obligations = List.copyOf(obligations);
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, List<Obligation>> tasks = new LinkedHashMap<>();
        for (Obligation o : this.obligations) {
            tasks.computeIfAbsent(o.task().id(), k -> new ArrayList<>()).add(o);
        }
        tasks.replaceAll((k, v) -> List.copyOf(v));
        this.byTask = Collections.unmodifiableMap(tasks);
        this.warnings = List.copyOf(warnings);
        this.occurrences = List.copyOf(occurrences);
    }

    /**
     * The plan scheduled.
     *
     * @return the plan, not null
     */
    public Plan plan() {
        return plan;
    }

    /**
     * The calendar the due dates were counted on.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Who answers for the obligations.
     *
     * @return the choice the scheduler made with, not null
     */
    public AnsweringUnits answeringUnits() {
        return answering;
    }

    /**
     * Every obligation, task by task in plan order; within a task, part by part, then by period or occurrence,
     * then by unit.
     *
     * @return the obligations, not null, immutable
     */
    public List<Obligation> obligations() {
        return obligations;
    }

    /**
     * The obligations of one task.
     *
     * @param taskId  the task's id, not null
     * @return the obligations, not null, immutable, empty for a task the plan does not have
     */
    public List<Obligation> obligations(String taskId) {
        return byTask.getOrDefault(Objects.requireNonNull(taskId, "taskId"), List.of());
    }

    /**
     * Finds an obligation by its id. Example: {@code find("xingyi-2021/7/2021-Q3@czj")}.
     *
     * @param obligationId  the id, not null
     * @return the obligation, or empty if the schedule has none with this id
     */
    public Optional<Obligation> find(String obligationId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(obligationId, "obligationId")));
    }

    /**
     * The occurrences the schedule was made with, as given.
     *
     * @return the occurrences, not null, immutable
     */
    public List<Occurrence> occurrences() {
        return occurrences;
    }

    /**
     * Things allowed but worth a look, such as a task whose lead is a group the plan gives no members for.
     *
     * @return the warnings, not null, immutable
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * A summary such as {@code Schedule[xingyi-2021, 212 obligations]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Schedule[" + plan.id() + ", " + obligations.size() + " obligations]";
    }
}
