package dev.shixian.testkit;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Schedule;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rows of a cases file are checked against (规则集): a calendar for phrases (时限), and optionally a
 * schedule with its records for plan tasks (任务) and obligations (事项). Immutable and thread-safe.
 *
 * <p>Example: the 兴义 2021 plan scheduled on the official calendar, with its records file:
 * <pre>{@code
 * RuleSet rules = RuleSet.of(XingyiLedger.schedule(), XingyiLedger.records().records());
 * RuleSet phrasesOnly = RuleSet.on(ChinaCalendar.official()).withPlanYear(2021);
 * }</pre>
 */
public final class RuleSet {

    private final WorkingCalendar calendar;
    private final Year planYear;
    private final DeadlinePolicy policy;
    private final Schedule schedule;
    private final List<ObligationRecord> records;

    private RuleSet(WorkingCalendar calendar, Year planYear, DeadlinePolicy policy, Schedule schedule,
            List<ObligationRecord> records) {
        this.calendar = calendar;
        this.planYear = planYear;
        this.policy = policy;
        this.schedule = schedule;
        this.records = records;
    }

    /**
     * Phrases only, resolved on a calendar with the default policy. Example: {@code RuleSet.on(ChinaCalendar
     * .official())}; a row 印发后3个工作日内, event date 2021-09-30, expects 2021-10-11.
     *
     * @param calendar  the calendar, not null
     * @return the rule set, not null
     */
    public static RuleSet on(WorkingCalendar calendar) {
        return new RuleSet(Objects.requireNonNull(calendar, "calendar"), null, null, null, List.of());
    }

    /**
     * A schedule and its records: tasks and obligations are looked up in the schedule, statuses are evaluated with
     * the records, and phrases are resolved on the schedule's calendar in the plan's year with the plan's policy
     * (so that 20日 reads as working days where the plan says so). Example: {@code RuleSet.of(schedule, records)}.
     *
     * @param schedule  the schedule, not null
     * @param records  the records (完成, 暂停, 延期 …), not null
     * @return the rule set, not null
     */
    public static RuleSet of(Schedule schedule, Collection<? extends ObligationRecord> records) {
        Objects.requireNonNull(schedule, "schedule");
        return new RuleSet(schedule.calendar(), schedule.plan().year(), schedule.plan().policy(), schedule,
                List.copyOf(Objects.requireNonNull(records, "records")));
    }

    /**
     * The same, with the year used for phrases whose row gives none. Example: {@code withPlanYear(2021)} lets
     * 9月底前 resolve to 2021-09-30.
     *
     * @param year  the year, such as 2021
     * @return a new rule set, not null
     */
    public RuleSet withPlanYear(int year) {
        return new RuleSet(calendar, Year.of(year), policy, schedule, records);
    }

    /**
     * The same, with the policy phrases are resolved with. Example: {@code withPolicy(plan.policy())}.
     *
     * @param deadlinePolicy  the policy, not null
     * @return a new rule set, not null
     */
    public RuleSet withPolicy(DeadlinePolicy deadlinePolicy) {
        return new RuleSet(calendar, planYear, Objects.requireNonNull(deadlinePolicy, "deadlinePolicy"), schedule,
                records);
    }

    /**
     * The calendar. Example: {@code RuleSet.on(calendar).calendar() == calendar}.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The year for phrases whose row gives none. Example: 2021 for the 兴义 plan.
     *
     * @return the year, or empty
     */
    public Optional<Year> planYear() {
        return Optional.ofNullable(planYear);
    }

    /**
     * The schedule, for rows naming a task or an obligation. Example: present for {@link #of(Schedule,
     * Collection)}, empty for {@link #on(WorkingCalendar)}.
     *
     * @return the schedule, or empty
     */
    public Optional<Schedule> schedule() {
        return Optional.ofNullable(schedule);
    }

    /**
     * The records statuses are evaluated with. Example: the 兴义 records file's completions, pauses and extensions.
     *
     * @return the records, not null, immutable
     */
    public List<ObligationRecord> records() {
        return records;
    }

    /** The context a phrase resolves in: calendar, policy and the year (the row's, else this rule set's). */
    DeadlineContext context(Optional<Year> rowYear) {
        DeadlineContext ctx = DeadlineContext.of(calendar);
        if (policy != null) {
            ctx = ctx.withPolicy(policy);
        }
        Optional<Year> year = rowYear.isPresent() ? rowYear : planYear();
        return year.isPresent() ? ctx.withYear(year.get()) : ctx;
    }

    /**
     * A summary, such as {@code RuleSet[calendar CN, year 2021, plan xingyi-2021]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RuleSet[calendar " + calendar.name() + (planYear == null ? "" : ", year " + planYear)
                + (schedule == null ? "" : ", plan " + schedule.plan().id()) + "]";
    }
}
