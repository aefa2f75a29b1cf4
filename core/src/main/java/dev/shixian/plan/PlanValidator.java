package dev.shixian.plan;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Annotated;
import dev.shixian.deadline.BeforeEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.deadline.DeadlineResolutionException;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.ParseResult;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.Weekly;
import dev.shixian.deadline.WithEvent;
import dev.shixian.internal.JsonText;
import dev.shixian.internal.Snippet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * The one place where a plan is checked: its fields, its unit directory, its outline, its tasks and their parts,
 * its events and the warnings its deadlines call for. Every problem carries its JSON path in a plan file and, inside
 * a task, the task's id. Linear in the size of the plan: no recursion whose depth the plan controls.
 */
final class PlanValidator {

    /** The edit-distance work for suggestions in one plan (see {@link UnitDirectory#suggestions(String)}). */
    private static final long SUGGEST_BUDGET = 20_000_000;
    /** Names of a cycle shown in a message. */
    private static final int CYCLE_SHOWN = 10;
    /** Dates listed in one warning. */
    private static final int DATES_SHOWN = 3;

    /** What a plan is built from once checked. */
    record Result(UnitDirectory units, Map<Event, LocalDate> events, List<Task> tasks, LocalDateRange window,
            List<PlanProblem> warnings, List<PlanProblem> errors) {
    }

    /** A deadline to check once the events are known. */
    private record Check(String path, String taskId, Deadline deadline, boolean policyChosen) {
    }

    private final Plan.Builder b;
    private final List<PlanProblem> errors = new ArrayList<>();
    private final List<PlanProblem> warnings = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final Set<Event> named = new LinkedHashSet<>();
    private final long[] budget = {SUGGEST_BUDGET};

    private PlanValidator(Plan.Builder b) {
        this.b = b;
    }

    static Result validate(Plan.Builder b) {
        return new PlanValidator(b).run();
    }

    private Result run() {
        if (b.id.isBlank()) {
            errors.add(new PlanProblem("$.id", "a plan needs a non-blank id"));
        }
        if (b.title.isBlank()) {
            errors.add(new PlanProblem("$.title", "a plan needs a title"));
        }
        boolean yearOk = b.year != null && b.year.getValue() >= Plan.MIN_YEAR && b.year.getValue() <= Plan.MAX_YEAR;
        if (b.year == null) {
            errors.add(new PlanProblem("$.year", "a plan needs its year, such as 2021"));
        } else if (!yearOk) {
            errors.add(new PlanProblem("$.year", "year " + b.year + " is out of range; expected " + Plan.MIN_YEAR
                    + " to " + Plan.MAX_YEAR));
        }
        boolean datesOk = date(b.issued, "$.issued");
        if (b.windowStart != null) {
            datesOk &= date(b.windowStart, "$.window.start") & date(b.windowEnd, "$.window.end");
            if (datesOk && b.windowEnd.isBefore(b.windowStart)) {
                errors.add(new PlanProblem("$.window.end", "window end " + b.windowEnd + " is before its start "
                        + b.windowStart));
                datesOk = false;
            }
        }
        LocalDateRange window = yearOk && datesOk ? window(b) : null;
        UnitDirectory units = units(b.unitList, b.groups, errors, budget);
        for (int i = 0; i < b.addressees.size(); i++) {
            reference(units, b.addressees.get(i), "$.addressees[" + i + "]", null);
        }
        Set<List<String>> outline = outline();
        b.policy().flatMap(DeadlinePolicy::promptDefault).ifPresent(this::name);
        List<Task> tasks = new ArrayList<>();
        if (b.tasks.size() > Plan.MAX_TASKS) {
            errors.add(new PlanProblem("$.tasks", b.tasks.size() + " tasks; a plan may have at most "
                    + Plan.MAX_TASKS));
        } else {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < b.tasks.size(); i++) {
                tasks.add(task(b.tasks.get(i), i, ids, units, outline));
            }
        }
        Map<Event, LocalDate> events = events();
        if (yearOk) {
            for (Check c : checks) {
                check(c, c.deadline, events.keySet(), window);
            }
        }
        return new Result(units, events, tasks, window, warnings, errors);
    }

    /** The default window: the issue date (or 1 January) to 31 December of the plan's year. */
    static LocalDateRange window(Plan.Builder b) {
        if (b.windowStart != null) {
            return LocalDateRange.ofClosed(b.windowStart, b.windowEnd);
        }
        LocalDate end = b.year.atDay(1).withDayOfYear(b.year.length());
        LocalDate start = b.issued != null && b.issued.getYear() == b.year.getValue() ? b.issued : b.year.atDay(1);
        return LocalDateRange.ofClosed(start, end);
    }

    private boolean date(LocalDate date, String path) {
        if (date != null && (date.getYear() < Plan.MIN_YEAR || date.getYear() > Plan.MAX_YEAR)) {
            errors.add(new PlanProblem(path, "date " + date + " is out of range; expected a year from "
                    + Plan.MIN_YEAR + " to " + Plan.MAX_YEAR));
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- tasks

    private Task task(Task.Builder t, int i, Map<String, Integer> ids, UnitDirectory units,
            Set<List<String>> outline) {
        String path = "$.tasks[" + i + "]";
        String tid = t.id.isBlank() ? null : t.id;
        if (t.id.isBlank()) {
            errors.add(new PlanProblem(path + ".id", "a task needs a non-blank id"));
        } else {
            Integer first = ids.putIfAbsent(t.id, i);
            if (first != null) {
                errors.add(new PlanProblem(path + ".id", tid, "duplicate task id '" + Snippet.of(t.id)
                        + "', first used at $.tasks[" + first + "].id"));
            }
        }
        if (t.content.isBlank()) {
            errors.add(problem(path + ".content", tid, "a task needs its content"));
        }
        if (!t.section.isEmpty() && !b.sections.isEmpty() && !outline.contains(t.section)) {
            errors.add(problem(path + ".section", tid, "section " + Snippet.of(t.section.toString())
                    + " is not in the plan's outline; expected the numbers of nested headings, outermost first"));
        }
        boolean partsLead = !t.parts.isEmpty() && t.parts.stream().noneMatch(p -> p.lead.isEmpty());
        if (t.lead.isEmpty() && b.addressees.isEmpty() && !partsLead) {
            errors.add(problem(path + ".lead", tid, "no lead unit (牵头单位), and the plan names no addressees "
                    + "(主送机关) to lead it"));
        }
        references(units, t.lead, path + ".lead", tid);
        references(units, t.responsible, path + ".responsible", tid);
        boolean chosen = b.policy != null || t.policy != null;
        Optional.ofNullable(t.policy).flatMap(DeadlinePolicy::promptDefault).ifPresent(this::name);
        Deadline deadline = null;
        List<TaskPart> parts = new ArrayList<>();
        if (t.parts.isEmpty()) {
            deadline = t.deadline;
            if (deadline == null && t.timeLimit != null) {
                deadline = parse(t.timeLimit, path + ".deadline", tid);
            }
            if (deadline != null) {
                checks.add(new Check(path + ".deadline", tid, deadline, chosen));
            }
        } else {
            if (t.timeLimit != null && t.deadline == null) {
                fits(t.timeLimit, path + ".deadline", tid);
            }
            deadline = parts(t, path, tid, units, chosen, parts);
        }
        QuantityTarget quantity = t.quantity;
        if (quantity != null && quantity.by().isPresent()) {
            Deadline by = parse(quantity.by().get(), path + ".quantity.by", tid);
            if (by != null) {
                quantity = quantity.withDeadline(by);
                checks.add(new Check(path + ".quantity.by", tid, by, chosen));
            }
        }
        if (deadline != null) {
            name(deadline);
        }
        return new Task(t, deadline, parts, quantity);
    }

    private Deadline parts(Task.Builder t, String path, String tid, UnitDirectory units, boolean chosen,
            List<TaskPart> into) {
        if (t.parts.size() > Plan.MAX_PARTS) {
            errors.add(problem(path + ".parts", tid, t.parts.size() + " parts; a task may have at most "
                    + Plan.MAX_PARTS));
            return null;
        }
        List<Deadline> labelled = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        boolean ok = true;
        for (int j = 0; j < t.parts.size(); j++) {
            TaskPart.Builder p = t.parts.get(j);
            String ppath = path + ".parts[" + j + "]";
            Integer first = labels.putIfAbsent(p.label, j);
            if (first != null) {
                errors.add(problem(ppath + ".label", tid, "duplicate part label '" + Snippet.of(p.label)
                        + "', first used at " + path + ".parts[" + first + "].label"));
                ok = false;
            }
            if (p.lead.isEmpty() && t.lead.isEmpty() && b.addressees.isEmpty()) {
                errors.add(problem(ppath + ".lead", tid, "part '" + Snippet.of(p.label) + "' has no lead unit "
                        + "(牵头单位), nor has its task, and the plan names no addressees (主送机关)"));
            }
            references(units, p.lead, ppath + ".lead", tid);
            references(units, p.responsible, ppath + ".responsible", tid);
            Deadline d = p.given().orElse(null);
            if (d == null) {
                if (p.timeLimit.isBlank()) {
                    errors.add(problem(ppath + ".deadline", tid, "a part needs its time limit"));
                } else {
                    d = parse(p.timeLimit, ppath + ".deadline", tid);
                }
            }
            if (d instanceof Labelled || d instanceof Multiple) {
                errors.add(problem(ppath + ".deadline", tid, "'" + Snippet.of(p.timeLimit) + "' is several time "
                        + "limits; expected one per part: give each its own part"));
                d = null;
            }
            Labelled l = null;
            if (d != null) {
                try {
                    l = new Labelled(p.label, d);
                } catch (IllegalArgumentException e) {
                    errors.add(problem(ppath + ".label", tid, "unusable label '" + Snippet.of(p.label) + "': "
                            + Snippet.of(e.getMessage())));
                }
            }
            if (l == null) {
                ok = false;
                continue;
            }
            labelled.add(l);
            into.add(new TaskPart(p, d));
            checks.add(new Check(ppath + ".deadline", tid, d, chosen));
        }
        return ok && !labelled.isEmpty() ? Multiple.of(labelled) : null;
    }

    private Deadline parse(String text, String path, String tid) {
        if (!fits(text, path, tid)) {
            return null;
        }
        try {
            return Deadline.parse(text);
        } catch (DeadlineParseException strict) {
            if (b.lenientDeadlines) {
                try {
                    ParseResult result = Deadline.parseLenient(text);
                    warnings.add(problem(path, tid, "read leniently as '" + result.deadline() + "', ignoring "
                            + result.ignored().stream().limit(DATES_SHOWN)
                                    .map(i -> "'" + Snippet.of(i.text()) + "' at " + i.start())
                                    .collect(Collectors.joining(", "))
                            + (result.ignored().size() > DATES_SHOWN ? " and " + (result.ignored().size()
                                    - DATES_SHOWN) + " more" : "")));
                    return result.deadline();
                } catch (DeadlineParseException lenient) {
                    errors.add(unreadable(text, path, tid, lenient));
                    return null;
                }
            }
            errors.add(unreadable(text, path, tid, strict));
            return null;
        }
    }

    private boolean fits(String text, String path, String tid) {
        if (text.length() > Plan.MAX_TIME_LIMIT_LENGTH) {
            errors.add(problem(path, tid, "a time limit of " + text.length() + " characters ('" + Snippet.of(text)
                    + "'); expected at most " + Plan.MAX_TIME_LIMIT_LENGTH));
            return false;
        }
        return true;
    }

    private static PlanProblem unreadable(String text, String path, String tid, DeadlineParseException e) {
        return problem(path, tid, "cannot read the time limit '" + Snippet.around(text, e.index()) + "': at index "
                + e.index() + " expected " + Snippet.of(e.expected()));
    }

    private static PlanProblem problem(String path, String tid, String reason) {
        return tid == null ? new PlanProblem(path, reason) : new PlanProblem(path, tid, reason);
    }

    private void references(UnitDirectory units, List<String> references, String path, String tid) {
        for (int j = 0; j < references.size(); j++) {
            reference(units, references.get(j), path + "[" + j + "]", tid);
        }
    }

    private void reference(UnitDirectory units, String reference, String path, String tid) {
        if (!units.knows(reference)) {
            List<String> near = units.suggestions(reference, budget);
            errors.add(problem(path, tid, "unknown unit '" + Snippet.of(reference)
                    + "'; expected a unit id, name or alias or a group name"
                    + (near.isEmpty() ? "" : " (nearest: " + String.join(", ", near) + ")")));
        }
    }

    // ---------------------------------------------------------------- outline

    /** The section paths of the outline, checking the nesting depth without recursion. */
    private Set<List<String>> outline() {
        Set<List<String>> outline = new HashSet<>();
        Deque<Object[]> pending = new ArrayDeque<>();
        for (int i = b.sections.size() - 1; i >= 0; i--) {
            pending.push(new Object[] {b.sections.get(i), List.of(), "$.sections[" + i + "]"});
        }
        while (!pending.isEmpty()) {
            Object[] next = pending.pop();
            Section s = (Section) next[0];
            @SuppressWarnings("unchecked")
            List<String> prefix = (List<String>) next[1];
            String path = (String) next[2];
            if (prefix.size() >= Plan.MAX_SECTION_DEPTH) {
                errors.add(new PlanProblem(path, "sections nested more than " + Plan.MAX_SECTION_DEPTH
                        + " levels deep"));
                continue;
            }
            List<String> own = new ArrayList<>(prefix);
            own.add(s.number());
            List<String> frozen = List.copyOf(own);
            outline.add(frozen);
            for (int j = s.children().size() - 1; j >= 0; j--) {
                pending.push(new Object[] {s.children().get(j), frozen, path + ".children[" + j + "]"});
            }
        }
        return outline;
    }

    // ---------------------------------------------------------------- events

    /** Records the rule-set events a deadline names, which the plan may date. */
    private void name(Deadline d) {
        for (Deadline single : singles(d)) {
            named.addAll(eventsOf(single));
        }
    }

    private static List<Deadline> singles(Deadline d) {
        if (d instanceof Multiple multiple) {
            List<Deadline> result = new ArrayList<>();
            for (Deadline p : multiple.parts()) {
                result.add(Annotated.unwrap(p instanceof Labelled l ? l.deadline() : p));
            }
            return result;
        }
        return List.of(Annotated.unwrap(d instanceof Labelled l ? l.deadline() : d));
    }

    private static List<Event> eventsOf(Deadline d) {
        return d.events();
    }

    private Map<Event, LocalDate> events() {
        Map<Event, LocalDate> events = new LinkedHashMap<>();
        Map<Event, String> paths = new HashMap<>();
        for (Plan.EventEntry entry : b.events) {
            String path = JsonText.member("$.events", entry.name());
            Event event = entry.event() != null ? entry.event() : event(entry.name());
            if (event == null) {
                errors.add(new PlanProblem(path, "unknown event '" + Snippet.of(entry.name()) + "'; expected "
                        + expectedEvents()));
                continue;
            }
            if (!date(entry.date(), path)) {
                continue;
            }
            String first = paths.putIfAbsent(event, path);
            if (first != null) {
                errors.add(new PlanProblem(path, "the event " + event.id() + " (" + event.chinese()
                        + ") is already dated at " + first));
                continue;
            }
            events.put(event, entry.date());
        }
        return events;
    }

    /** The event a name stands for: a built-in event by id or Chinese word, or an event a time limit names. */
    private Event event(String name) {
        for (Event e : Event.builtIn()) {
            if (e.id().equals(name) || e.chinese().equals(name)) {
                return e;
            }
        }
        for (Event e : named) {
            if (e.id().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private String expectedEvents() {
        String builtIn = Event.builtIn().stream().map(e -> e.id() + " (" + e.chinese() + ")")
                .collect(Collectors.joining(", "));
        List<String> own = named.stream().filter(e -> !e.isBuiltIn()).map(Event::id).limit(10)
                .collect(Collectors.toList());
        return "one of " + builtIn + (own.isEmpty() ? "" : ", or an event a time limit of the plan names: "
                + Snippet.of(String.join(", ", own)));
    }

    // ---------------------------------------------------------------- deadline checks

    private void check(Check c, Deadline d, Set<Event> dated, LocalDateRange window) {
        if (d instanceof Labelled labelled) {
            check(c, labelled.deadline(), dated, window);
        } else if (d instanceof Annotated annotated) {
            check(c, annotated.deadline(), dated, window);
        } else if (d instanceof Multiple multiple) {
            for (Deadline part : multiple.parts()) {
                check(c, part, dated, window);
            }
        } else if (d instanceof FixedDate || d instanceof PeriodEnd) {
            LocalDate due;
            try {
                due = d instanceof FixedDate f ? f.dateIn(b.year) : ((PeriodEnd) d).dateIn(b.year);
            } catch (DeadlineResolutionException e) {
                errors.add(problem(c.path, c.taskId, "'" + d + "' has no date in " + b.year + ": expected "
                        + Snippet.of(e.missing())));
                return;
            }
            if (b.issued != null && due.isBefore(b.issued)) {
                warnings.add(problem(c.path, c.taskId, "the due date " + due + " (" + d + ") is before the plan's "
                        + "issue date " + b.issued + "; it is kept as written"));
            }
        } else if (d instanceof Recurring recurring) {
            recurring(c, recurring, window);
        } else if (d instanceof Weekly weekly) {
            weekly(c, weekly, window);
        } else if (d instanceof AfterEvent || d instanceof WithEvent || d instanceof BeforeEvent) {
            List<Event> events = eventsOf(d);
            if (events.stream().noneMatch(dated::contains)) {
                warnings.add(problem(c.path, c.taskId, "'" + d + "' counts from " + events.stream().map(Event::id)
                        .reduce((x, y) -> x + " or " + y).orElse("an event") + ", which the plan never dates; "
                        + "its due date is known only once the event is given"));
            }
            if (d instanceof AfterEvent a && a.counting() == AfterEvent.Counting.DAYS && !c.policyChosen
                    && (events.contains(Event.FORMATION) || events.contains(Event.CHANGE))) {
                warnings.add(problem(c.path, c.taskId, "'" + d + "' counts 日 from formation or change, as "
                        + "条例第二十六条 does in working days; the plan does not say whether 日 means working days: "
                        + "set the plan's (or the task's) policy calendarDaysAsWorkingDays to true or false"));
            }
        }
    }

    /**
     * Warns of the due dates of a recurring deadline, in the plan's window, that fall before the issue date. A due
     * the calendar fixes (a count after the period's end, a working day of the period; docs/RULES.md §2.8, §4) is
     * not checked: the plan has no calendar. A day of the next month (次月10日前) is checked as written.
     */
    private void recurring(Check c, Recurring r, LocalDateRange window) {
        if (b.issued == null || window == null) {
            return;
        }
        LocalDate start = window.getStart();
        YearMonth period = YearMonth.of(start.getYear(), (start.getMonthValue() - 1) / r.months() * r.months() + 1);
        List<LocalDate> early = new ArrayList<>();
        int count = 0;
        while (!period.atDay(1).isAfter(b.issued) && !period.atDay(1).isAfter(window.getEndInclusive())) {
            LocalDate due;
            LocalDate periodEnd = period.plusMonths(r.months() - 1L).atEndOfMonth();
            Recurring.Anchor.Kind kind = r.anchor().kind();
            if (kind == Recurring.Anchor.Kind.DAY_OF_NEXT_MONTH) {
                YearMonth next = YearMonth.from(periodEnd).plusMonths(1);
                due = next.atDay(Math.min(r.anchor().amount(), next.lengthOfMonth()));
            } else if (kind != Recurring.Anchor.Kind.IN_PERIOD) {
                // counted after the period's end or a working day of it: the calendar, which the plan does not
                // have, fixes the date
                period = period.plusMonths(r.months());
                continue;
            } else if (r.dueDay() == 0) {
                due = periodEnd;
            } else {
                YearMonth month = YearMonth.of(period.getYear(), r.dueMonths().get((period.getMonthValue() - 1)
                        / r.months()));
                due = month.atDay(Math.min(r.dueDay(), month.lengthOfMonth()));
            }
            if (due.isBefore(b.issued)) {
                count++;
                if (early.size() < DATES_SHOWN) {
                    early.add(due);
                }
            }
            period = period.plusMonths(r.months());
        }
        earlyDues(c, r, window, early, count);
    }

    /**
     * Warns of the due dates of a weekly deadline, in the plan's window, that fall before the issue date: the
     * weeks run from the Monday of the window's first week (docs/RULES.md §4, weeksFromPlanStart).
     */
    private void weekly(Check c, Weekly w, LocalDateRange window) {
        if (b.issued == null || window == null) {
            return;
        }
        LocalDate periodStart = window.getStart().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        List<LocalDate> early = new ArrayList<>();
        int count = 0;
        while (!periodStart.isAfter(b.issued) && !periodStart.isAfter(window.getEndInclusive())) {
            LocalDate periodEnd = periodStart.plusDays(7L * w.weeks() - 1);
            LocalDate due = w.dueWeekday() == 0 ? periodEnd : periodEnd.minusDays(7L - w.dueWeekday());
            if (due.isBefore(b.issued)) {
                count++;
                if (early.size() < DATES_SHOWN) {
                    early.add(due);
                }
            }
            periodStart = periodEnd.plusDays(1);
        }
        earlyDues(c, w, window, early, count);
    }

    private void earlyDues(Check c, Deadline d, LocalDateRange window, List<LocalDate> early, int count) {
        if (count > 0) {
            warnings.add(problem(c.path, c.taskId, "the due date" + (count == 1 ? " " : "s ")
                    + early.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                    + (count > early.size() ? " and " + (count - early.size()) + " more" : "") + " ('" + d
                    + "', in the window from " + window.getStart() + ") " + (count == 1 ? "is" : "are")
                    + " before the plan's issue date " + b.issued + "; " + (count == 1 ? "it is" : "they are")
                    + " kept as written"));
        }
    }

    // ---------------------------------------------------------------- units

    /** Builds a directory and appends its problems, with JSON paths of the plan file. */
    static UnitDirectory units(List<Unit> units, List<UnitGroup> groups, List<PlanProblem> problems) {
        return units(units, groups, problems, new long[] {SUGGEST_BUDGET});
    }

    private static UnitDirectory units(List<Unit> units, List<UnitGroup> groups, List<PlanProblem> problems,
            long[] budget) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(groups, "groups");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String path = "$.units[" + i + "]";
            String id = UnitDirectory.normalise(unit.id());
            claim(seen, unit.id(), id, path + ".id", problems);
            if (!UnitDirectory.normalise(unit.name()).equals(id)) {
                claim(seen, unit.name(), UnitDirectory.normalise(unit.name()), path + ".name", problems);
            }
            for (int a = 0; a < unit.aliases().size(); a++) {
                String alias = unit.aliases().get(a);
                claim(seen, alias, UnitDirectory.normalise(alias), path + ".aliases[" + a + "]", problems);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).name();
            claim(seen, name, UnitDirectory.normalise(name), "$.groups[" + i + "].name", problems);
        }
        UnitDirectory directory = UnitDirectory.unchecked(units, groups);
        parents(directory, units, problems, budget);
        for (int i = 0; i < groups.size(); i++) {
            List<String> members = groups.get(i).members();
            for (int m = 0; m < members.size(); m++) {
                if (!directory.knows(members.get(m))) {
                    List<String> near = directory.suggestions(members.get(m), budget);
                    problems.add(new PlanProblem("$.groups[" + i + "].members[" + m + "]", "unknown member '"
                            + Snippet.of(members.get(m)) + "'; expected a unit id, name or alias or a group name"
                            + (near.isEmpty() ? "" : " (nearest: " + String.join(", ", near) + ")")));
                }
            }
        }
        cycles(directory, groups, problems);
        return directory;
    }

    private static void claim(Map<String, String> seen, String reference, String key, String path,
            List<PlanProblem> problems) {
        String first = seen.putIfAbsent(key, path);
        if (first != null) {
            problems.add(new PlanProblem(path, "'" + Snippet.of(reference) + "' is already used at " + first
                    + "; every unit id, name, alias and group name must be unique (after width and space "
                    + "normalisation)"));
        }
    }

    /** Unknown parents and parent cycles, in one pass over the units. */
    private static void parents(UnitDirectory directory, List<Unit> units, List<PlanProblem> problems,
            long[] budget) {
        Map<Unit, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            index.putIfAbsent(units.get(i), i);
        }
        int[] parent = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            parent[i] = -1;
            Optional<String> p = units.get(i).parent();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Unit> found = directory.unit(p.get());
            if (found.isEmpty()) {
                List<String> near = directory.suggestions(p.get(), budget);
                problems.add(new PlanProblem("$.units[" + i + "].parent", "unknown parent unit '"
                        + Snippet.of(p.get()) + "'; expected a unit id, name or alias"
                        + (near.isEmpty() ? "" : " (nearest: " + String.join(", ", near) + ")")));
            } else {
                parent[i] = index.get(found.get());
            }
        }
        int[] state = new int[units.size()];
        int[] position = new int[units.size()];
        List<Integer> trail = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            trail.clear();
            int cur = i;
            while (cur >= 0 && state[cur] == 0) {
                state[cur] = 1;
                position[cur] = trail.size();
                trail.add(cur);
                cur = parent[cur];
            }
            if (cur >= 0 && state[cur] == 1) {
                List<String> ids = new ArrayList<>();
                for (int k = position[cur]; k < trail.size(); k++) {
                    ids.add(units.get(trail.get(k)).id());
                }
                problems.add(new PlanProblem("$.units[" + cur + "].parent", "parent cycle: " + cycle(ids)));
            }
            trail.forEach(k -> state[k] = 2);
        }
    }

    /** Group cycles: the strongly connected groups, found without recursion (Tarjan's algorithm). */
    private static void cycles(UnitDirectory directory, List<UnitGroup> groups, List<PlanProblem> problems) {
        int n = groups.size();
        Map<UnitGroup, Integer> indexOf = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            UnitGroup g = groups.get(i);
            if (directory.group(g.name()).orElse(null) == g) {
                indexOf.putIfAbsent(g, i);
            }
        }
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            List<UnitGroup> to = directory.memberGroups(groups.get(i));
            edges[i] = to.stream().map(indexOf::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
                    .toArray();
        }
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<int[]> calls = new ArrayDeque<>();
        List<List<Integer>> cyclic = new ArrayList<>();
        int counter = 0;
        for (int v = 0; v < n; v++) {
            if (index[v] >= 0) {
                continue;
            }
            index[v] = low[v] = counter++;
            stack.push(v);
            onStack[v] = true;
            calls.push(new int[] {v, 0});
            while (!calls.isEmpty()) {
                int[] frame = calls.peek();
                int u = frame[0];
                if (frame[1] < edges[u].length) {
                    int w = edges[u][frame[1]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[u] = Math.min(low[u], index[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int p = calls.peek()[0];
                    low[p] = Math.min(low[p], low[u]);
                }
                if (low[u] == index[u]) {
                    List<Integer> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component.add(w);
                    } while (w != u);
                    boolean selfLoop = false;
                    for (int e : edges[u]) {
                        selfLoop |= e == u;
                    }
                    if (component.size() > 1 || selfLoop) {
                        component.sort(null);
                        cyclic.add(component);
                    }
                }
            }
        }
        List<PlanProblem> found = new ArrayList<>();
        for (List<Integer> component : cyclic) {
            int start = component.get(0);
            List<Integer> cycle = cycleThrough(start, component, edges, n);
            Map<Integer, Integer> onCycle = new HashMap<>();
            for (int k = 0; k < cycle.size(); k++) {
                onCycle.put(cycle.get(k), k);
            }
            for (int g : component) {
                String text;
                Integer at = onCycle.get(g);
                if (at != null) {
                    List<String> names = new ArrayList<>();
                    for (int k = 0; k < Math.min(cycle.size(), CYCLE_SHOWN); k++) {
                        names.add(groups.get(cycle.get((at + k) % cycle.size())).name());
                    }
                    text = cycleText(names, cycle.size(), "groups", groups.get(g).name());
                } else {
                    text = Snippet.of(groups.get(g).name()) + " is in a cycle with " + Snippet.of(groups.get(start)
                            .name()) + ", reported at $.groups[" + start + "].members";
                }
                found.add(new PlanProblem("$.groups[" + g + "].members", "group cycle: " + text));
            }
        }
        found.sort((x, y) -> Integer.compare(groupIndex(x.path()), groupIndex(y.path())));
        problems.addAll(found);
    }

    private static int groupIndex(String path) {
        return Integer.parseInt(path.substring("$.groups[".length(), path.indexOf(']')));
    }

    /** A shortest cycle from a group back to itself within its component (breadth first). */
    private static List<Integer> cycleThrough(int start, List<Integer> component, int[][] edges, int n) {
        Set<Integer> inside = new HashSet<>(component);
        Map<Integer, Integer> from = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        from.put(start, -1);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int w : edges[u]) {
                if (w == start) {
                    List<Integer> path = new ArrayList<>();
                    for (int k = u; k != -1; k = from.get(k)) {
                        path.add(k);
                    }
                    Collections.reverse(path);
                    return path;
                }
                if (inside.contains(w) && !from.containsKey(w)) {
                    from.put(w, u);
                    queue.add(w);
                }
            }
        }
        return List.of(start);
    }

    private static String cycleText(List<String> names, int length, String noun, String first) {
        StringBuilder s = new StringBuilder();
        for (String name : names) {
            s.append(Snippet.of(name)).append(" → ");
        }
        if (length > names.size()) {
            s.append("… (").append(length).append(' ').append(noun).append(") → ");
        }
        return s.append(Snippet.of(first)).toString();
    }

    private static String cycle(List<String> ids) {
        List<String> shown = ids.subList(0, Math.min(ids.size(), CYCLE_SHOWN));
        return cycleText(shown, ids.size(), "units", ids.get(0));
    }
}
