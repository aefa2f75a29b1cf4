package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Annotated;
import dev.shixian.deadline.BeforeEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.PartResolution;
import dev.shixian.deadline.WithEvent;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.TaskPart;
import dev.shixian.plan.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * Turns a plan and the events that happened into a {@link Schedule} of obligations (排期): one per task × deadline
 * part (labels) × period of a recurring time limit inside the plan's window (the first, partial period included) or
 * occurrence of the event it counts from × unit that answers for it.
 *
 * <p>Example, on the official calendar:
 * <pre>{@code
 * Scheduler scheduler = Scheduler.of(ChinaCalendar.official());
 * Schedule schedule = scheduler.schedule(xingyi2021, List.of(
 *         Occurrence.of("issuance", LocalDate.of(2021, 7, 5), "兴府发〔2021〕5号")));
 * schedule.find("xingyi-2021/7/2021-Q3@czj").get().dueDate();   // Optional[2021-09-30]
 * }</pre>
 *
 * <p>Rules (docs/RULES.md §2–§5):
 * <ul>
 * <li>A part that counts from an event (印发后3个工作日内, 与文件同时公开) gives one obligation per occurrence of that
 *     event, {@code /{subject}} in its id; a date the plan itself gives the event ({@link Plan#events()}) is an
 *     occurrence of the plan, without a subject. With neither, it gives one obligation awaiting the event
 *     ({@link Obligation.Kind#AWAITING_EVENT}), so that the ledger shows it waiting.
 * <li>A part due before an event (会议召开前5日, {@link dev.shixian.deadline.BeforeEvent}) also gives one obligation per
 *     occurrence, due before the occurrence's date; it is not waiting for the event (the occurrence is dated when
 *     the event is planned), and a window (届满前90个工作日至30个工作日期间) is its span.
 * <li>A recurring part gives one obligation per period; a fixed date or period end one; a freshness rule
 *     (至少每N日更新) one, first due N days after the window's start; an ongoing part (长期) one without a date.
 * <li>The answering units follow {@link AnsweringUnits} ({@link #withAnsweringUnits}): by default each lead unit
 *     (牵头单位) answers for itself. A task whose units are a group the plan gives no members for gets one
 *     obligation for the task as a whole, and a warning.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scheduler {

    private final WorkingCalendar calendar;
    private final SchedulePolicy policy;
    private final AnsweringUnits answering;

    private Scheduler(WorkingCalendar calendar, SchedulePolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
        this.answering = policy.answeringUnits();
    }

    /**
     * A scheduler on a working-day calendar with the default policy ({@link SchedulePolicy#defaults()}: each lead
     * unit answers for itself, due soon within 3 working days, 蓝/黄/红 warnings).
     *
     * @param calendar  the calendar, not null
     * @return the scheduler, not null
     */
    public static Scheduler of(WorkingCalendar calendar) {
        return new Scheduler(Objects.requireNonNull(calendar, "calendar"), SchedulePolicy.defaults());
    }

    /**
     * A copy with a policy: who answers, the due-soon window, the warning levels, the extension cap.
     *
     * @param newPolicy  the policy, not null
     * @return the copy, not null
     */
    public Scheduler withPolicy(SchedulePolicy newPolicy) {
        return new Scheduler(calendar, Objects.requireNonNull(newPolicy, "newPolicy"));
    }

    /**
     * A copy in which other units answer for the obligations: {@code withPolicy(policy().withAnsweringUnits(units))}.
     *
     * @param units  who answers, not null
     * @return the copy, not null
     */
    public Scheduler withAnsweringUnits(AnsweringUnits units) {
        return withPolicy(policy.withAnsweringUnits(units));
    }

    /**
     * The policy.
     *
     * @return the policy, not null
     */
    public SchedulePolicy policy() {
        return policy;
    }

    /**
     * The calendar the scheduler counts on.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Schedules a plan with no occurrences besides the events the plan itself dates.
     *
     * @param plan  the plan, not null
     * @return the schedule, not null
     * @throws dev.shixian.calendar.CalendarCoverageException if a due date needs a day the calendar cannot judge
     */
    public Schedule schedule(Plan plan) {
        return schedule(plan, List.of());
    }

    /**
     * Schedules a plan with the events that happened.
     *
     * @param plan  the plan, not null
     * @param occurrences  the events that happened, in any order, not null, no null elements
     * @return the schedule, not null
     * @throws OccurrenceException listing every occurrence that cannot be scheduled
     * @throws dev.shixian.calendar.CalendarCoverageException if a due date needs a day the calendar cannot judge
     */
    public Schedule schedule(Plan plan, Collection<Occurrence> occurrences) {
        Objects.requireNonNull(plan, "plan");
        List<Occurrence> given = List.copyOf(occurrences);
        return new Building(plan, given).build();
    }

    /** One scheduling run: the plan, the occurrences, and what has been built so far. */
    private final class Building {
        private final Plan plan;
        private final List<Occurrence> occurrences;
        private final DeadlineContext baseContext;
        private DeadlineContext planContext;
        private DeadlineContext bareContext;
        private final List<Obligation> obligations = new ArrayList<>();
        private final IdIndex index = new IdIndex();
        private final Map<Unit, List<Unit>> singletons = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<OccurrenceException.Problem> problems = new ArrayList<>();
        private final int[] used;
        private final boolean[] flagged;
        /** The positions of the occurrences of each event, so that a part looks only at its own events'. */
        private final Map<Event, List<Integer>> byEvent = new HashMap<>();
        private int occurrenceIndex = -1;

        Building(Plan plan, List<Occurrence> occurrences) {
            this.plan = plan;
            this.occurrences = occurrences;
            this.baseContext = plan.deadlineContext(calendar);
            this.used = new int[occurrences.size()];
            this.flagged = new boolean[occurrences.size()];
            for (int i = 0; i < occurrences.size(); i++) {
                byEvent.computeIfAbsent(occurrences.get(i).event(), e -> new ArrayList<>()).add(i);
            }
        }

        Schedule build() {
            checkOccurrences();
            for (Task task : plan.tasks()) {
                schedule(task);
            }
            for (int i = 0; i < used.length; i++) {
                if (used[i] == 0 && !flagged[i]) {
                    problem(i, "no task of the plan that counts from " + occurrences.get(i).event()
                            + " has this unit among the units answering for it");
                }
            }
            if (!problems.isEmpty()) {
                problems.sort(java.util.Comparator.comparingInt(OccurrenceException.Problem::index));
                throw new OccurrenceException(plan.id(), problems);
            }
            return new Schedule(plan, calendar, policy, obligations, index, warnings, occurrences);
        }

        private void problem(int index, String reason) {
            flagged[index] = true;
            problems.add(new OccurrenceException.Problem(index, occurrences.get(index).toString(), reason));
        }

        private void checkOccurrences() {
            Set<Event> countedFrom = new LinkedHashSet<>();
            for (Task task : plan.tasks()) {
                if (task.deadline().isPresent()) {
                    parts(task).forEach(p -> countedFrom.addAll(events(p.deadline())));
                }
            }
            for (int i = 0; i < occurrences.size(); i++) {
                Occurrence o = occurrences.get(i);
                if (o.taskId().isPresent()) {
                    String id = o.taskId().get();
                    if (plan.task(id).isEmpty()) {
                        problem(i, "the plan has no task '" + id + "'");
                        continue;
                    }
                    Task task = plan.task(id).get();
                    boolean counts = task.deadline().isPresent() && parts(task).stream()
                            .anyMatch(p -> events(p.deadline()).contains(o.event()));
                    if (!counts) {
                        problem(i, "task '" + id + "' (" + task.timeLimit().orElse("no time limit")
                                + ") does not count from " + o.event());
                    }
                } else if (!countedFrom.contains(o.event())) {
                    problem(i, "no task of the plan counts from " + o.event() + "; the plan's tasks count from "
                            + countedFrom);
                }
                if (o.unitReference().isPresent() && !plan.units().knows(o.unitReference().get())) {
                    problem(i, "unknown unit '" + o.unitReference().get()
                            + "'; expected a unit id, name or alias of the plan");
                }
            }
        }

        private void schedule(Task task) {
            // the task's own policy (a plan or task may read 日 as working days); a bare context without the plan's
            // events, for occurrences
            planContext = baseContext.withPolicy(plan.policy(task));
            bareContext = DeadlineContext.of(calendar).withYear(plan.year())
                    .withWindow(plan.window().getStart(), plan.window().getEndInclusive())
                    .withPolicy(planContext.policy());
            if (task.deadline().isEmpty()) {
                add(task, null, null, answeringUnits(task, null), Basis.undated(Obligation.Kind.UNDATED,
                        new String[] {"the task has no time limit", "任务未规定完成时限"}));
                return;
            }
            for (Part part : parts(task)) {
                List<Unit> units = answeringUnits(task, part.taskPart());
                Deadline d = part.deadline();
                Deadline timeLimit = Annotated.unwrap(d);
                Set<Event> events = events(d);
                if (timeLimit instanceof OpenEnded && ((OpenEnded) timeLimit).kind() == OpenEnded.Kind.ONGOING) {
                    add(task, part, null, units, Basis.undated(Obligation.Kind.ONGOING,
                            new String[] {"ongoing (长期): no due date", "长期任务，无截止日期"}));
                } else if (!events.isEmpty()) {
                    scheduleFromEvents(task, part, events, units);
                } else if (timeLimit instanceof Freshness) {
                    LocalDate since = plan.window().getStart();
                    for (Due due : d.resolve(planContext.withTrigger(since))) {
                        add(task, part, null, units, new Basis(Obligation.Kind.DATED, due, Set.of(), null, since,
                                planContext));
                    }
                } else {
                    DeadlineContext context = timeLimit instanceof OpenEnded
                            ? planContext.withTrigger(plan.window().getStart()) : planContext;
                    PartResolution resolved = d.resolveParts(context).get(0);
                    if (resolved.isDated() || resolved.outcome() == PartResolution.Outcome.OPEN_ENDED) {
                        addResolved(task, part, null, units, resolved.dues(), null, null);
                    } else {
                        add(task, part, null, units, Basis.undated(Obligation.Kind.UNDATED, new String[] {
                            resolved.reason().english(), resolved.reason().chinese()}));
                    }
                }
            }
        }

        /**
         * Adds one obligation per due and unit, or, when a per-event (及时) part gives no due, an undated one.
         * {@code eventDate} and {@code context} are those of an occurrence, for a part counted from an event.
         */
        private void addResolved(Task task, Part part, Occurrence occurrence, List<Unit> units, List<Due> dues,
                LocalDate eventDate, DeadlineContext context) {
            if (dues.isEmpty()) {
                add(task, part, occurrence, units, Basis.undated(Obligation.Kind.UNDATED,
                        new String[] {"per event (及时) with no default time limit", "及时公开，未规定默认时限"}));
                return;
            }
            for (Due due : dues) {
                add(task, part, occurrence, units, new Basis(Obligation.Kind.DATED, due, Set.of(), null, eventDate,
                        context));
            }
        }

        private void scheduleFromEvents(Task task, Part part, Set<Event> events, List<Unit> answeringUnits) {
            Deadline d = part.deadline();
            boolean any = false;
            LocalDate planDate = null;
            for (Event e : events) {
                LocalDate date = planContext.events().get(e);
                if (date != null && (planDate == null || date.isAfter(planDate))) {
                    planDate = date;
                }
            }
            if (planDate != null) {
                addResolved(task, part, null, answeringUnits, d.resolve(planContext), planDate, planContext);
                any = true;
            }
            List<Integer> mine = new ArrayList<>();
            for (Event e : events) {
                mine.addAll(byEvent.getOrDefault(e, List.of()));
            }
            if (events.size() > 1) {
                mine.sort(null);
            }
            for (int i : mine) {
                Occurrence o = occurrences.get(i);
                if (flagged[i] || (o.taskId().isPresent() && !o.taskId().get().equals(task.id()))) {
                    continue;
                }
                List<Unit> units = answeringUnits;
                if (o.unitReference().isPresent()) {
                    Set<Unit> named = plan.units().resolve(o.unitReference().get());
                    units = new ArrayList<>();
                    for (Unit u : answeringUnits) {
                        if (named.contains(u)) {
                            units.add(u);
                        }
                    }
                    if (units.isEmpty()) {
                        continue;
                    }
                }
                used[i]++;
                any = true;
                DeadlineContext context = bareContext.withTrigger(o.date()).withEvent(o.event(), o.date());
                occurrenceIndex = i;
                addResolved(task, part, o, units, d.resolve(context), o.date(), context);
                occurrenceIndex = -1;
            }
            if (!any) {
                add(task, part, null, answeringUnits, new Basis(Obligation.Kind.AWAITING_EVENT, null,
                        Set.copyOf(events), null, null, null));
            }
        }

        /** The units answering for a task, or for one of its parts when the plan gives the part its own units. */
        private List<Unit> answeringUnits(Task task, TaskPart part) {
            Set<Unit> lead = part == null ? plan.leadUnits(task) : plan.leadUnits(task, part);
            Set<Unit> units;
            switch (answering) {
                case RESPONSIBLE_UNITS:
                    units = part == null ? plan.responsibleUnits(task) : plan.responsibleUnits(task, part);
                    if (units.isEmpty()) {
                        units = lead;
                    }
                    break;
                case TOGETHER:
                    units = new LinkedHashSet<>(lead);
                    units.addAll(part == null ? plan.responsibleUnits(task) : plan.responsibleUnits(task, part));
                    break;
                default:
                    units = lead;
                    break;
            }
            return List.copyOf(units);
        }

        private void add(Task task, Part part, Occurrence occurrence, List<Unit> units, Basis basis) {
            String label = part == null ? null : part.label();
            Deadline deadline = part == null ? null : part.deadline();
            Due due = basis.due();
            LocalDateRange period = due == null ? null : due.period().orElse(null);
            StringBuilder base = new StringBuilder(plan.id()).append('/').append(task.id());
            if (part != null && part.idLabel() != null) {
                base.append('#').append(part.idLabel());
            }
            if (period != null && !(Annotated.unwrap(deadline) instanceof BeforeEvent)) {
                // a recurring period names its obligation; a window before an event does not (its occurrence does)
                base.append('/').append(ObligationIds.period(period));
            }
            if (occurrence != null) {
                base.append('/').append(occurrence.subject());
            }
            // one basis, with its terms, for all the units of this part, period or occurrence
            Obligation.Basis shared = new Obligation.Basis(basis.kind(), due, basis.awaited(), basis.reason(),
                    terms("", deadline, basis));
            if (answering == AnsweringUnits.TOGETHER || units.isEmpty()) {
                if (units.isEmpty() && answering != AnsweringUnits.TOGETHER) {
                    String w = "task '" + task.id() + "': its units name no concrete unit (a group without members);"
                            + " one obligation for the task as a whole";
                    if (!warnings.contains(w)) {
                        warnings.add(w);
                    }
                }
                put(new Obligation(base.toString(), task, label, null, units, deadline, occurrence, shared));
                return;
            }
            int length = base.length();
            for (Unit unit : units) {
                base.setLength(length);
                String id = base.append('@').append(unit.id()).toString();
                put(new Obligation(id, task, label, unit, singletons.computeIfAbsent(unit, List::of), deadline,
                        occurrence, shared));
            }
        }

        /** What the status evaluator needs: the kind, the due date, the event or span start, the recount rule. */
        private ObligationTerms terms(String id, Deadline deadline, Basis basis) {
            switch (basis.kind()) {
                case ONGOING:
                    return ObligationTerms.ongoing(id);
                case AWAITING_EVENT:
                    return ObligationTerms.notTriggered(id);
                case UNDATED:
                    return ObligationTerms.undated(id, basis.reason()[0]);
                default:
                    break;
            }
            Due due = basis.due();
            Deadline timeLimit = Annotated.unwrap(deadline);
            if (timeLimit instanceof Freshness) {
                return ObligationTerms.freshness(id, (Freshness) timeLimit, basis.eventDate(), basis.context());
            }
            if (basis.eventDate() != null && (timeLimit instanceof AfterEvent || timeLimit instanceof WithEvent)) {
                return ObligationTerms.afterEvent(id, basis.eventDate(), due.dueDate(), deadline, basis.context())
                        .withMinimumCount(due.minimumCount());
            }
            ObligationTerms terms = ObligationTerms.dated(id, due);
            if (due.period().isEmpty()) {
                LocalDate start = plan.window().getStart();
                terms = terms.withSpanStart(start.isAfter(due.dueDate()) ? due.dueDate() : start);
            }
            // a time limit before an event is due before the event: it is not waiting for it (docs/RULES.md §2.7)
            return basis.eventDate() != null && !(timeLimit instanceof BeforeEvent)
                    ? terms.withEventDate(basis.eventDate()) : terms;
        }

        private void put(Obligation obligation) {
            if (!index.add(obligation.id(), obligations.size())) {
                if (occurrenceIndex < 0) {
                    throw new IllegalStateException("Two obligations of plan '" + plan.id() + "' share the id '"
                            + obligation.id() + "'");
                }
                problem(occurrenceIndex, "gives the obligation id '" + obligation.id()
                        + "' a second time; give each occurrence of an event its own subject");
                return;
            }
            obligations.add(obligation);
        }
    }

    /**
     * How an obligation is dated: its kind, its due (when dated), the events it awaits, why it has no date, and for a
     * part counted from an event or a freshness rule, the day counted from and the context to recount in.
     */
    private record Basis(Obligation.Kind kind, Due due, Set<Event> awaited, String[] reason, LocalDate eventDate,
            DeadlineContext context) {

        static Basis undated(Obligation.Kind kind, String[] reason) {
            return new Basis(kind, null, Set.of(), reason, null, null);
        }
    }

    /**
     * A part of a time limit: its label (or null), what stands after {@code #} in its obligations' ids (the label,
     * or the part's number from 1 for an unlabelled part of a multi-part time limit, or null), and its deadline.
     */
    private record Part(String label, String idLabel, Deadline deadline, TaskPart taskPart) {
    }

    /** A task's parts: the plan's own parts (分项, each with its units), else the parts of its time limit. */
    private static List<Part> parts(Task task) {
        if (!task.parts().isEmpty()) {
            List<Part> out = new ArrayList<>(task.parts().size());
            for (TaskPart p : task.parts()) {
                out.add(new Part(p.label(), p.label(), p.deadline(), p));
            }
            return out;
        }
        return parts(task.deadline().orElseThrow());
    }

    private static List<Part> parts(Deadline d) {
        List<Deadline> flat = new ArrayList<>();
        List<Deadline> pending = new ArrayList<>();
        pending.add(d);
        while (!pending.isEmpty()) {
            Deadline x = pending.remove(pending.size() - 1);
            if (x instanceof Multiple) {
                List<Deadline> inner = ((Multiple) x).parts();
                for (int j = inner.size() - 1; j >= 0; j--) {
                    pending.add(inner.get(j));
                }
            } else {
                flat.add(x);
            }
        }
        List<Part> out = new ArrayList<>(flat.size());
        for (int i = 0; i < flat.size(); i++) {
            Deadline x = flat.get(i);
            if (x instanceof Labelled) {
                out.add(new Part(((Labelled) x).label(), ((Labelled) x).label(), ((Labelled) x).deadline(), null));
            } else {
                out.add(new Part(null, flat.size() > 1 ? String.valueOf(i + 1) : null, x, null));
            }
        }
        return out;
    }

    private static Set<Event> events(Deadline d) {
        return new LinkedHashSet<>(d.events());
    }

}
