package dev.shixian.deadline;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Explain.Flags;
import dev.shixian.deadline.Explanation.Step;
import dev.shixian.deadline.PartResolution.Outcome;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * Resolves deadlines to dues as {@code docs/RULES.md} §2–§5 say. Not API: use
 * {@link Deadline#resolveParts(DeadlineContext)} and {@link Deadline#resolve(DeadlineContext)}.
 *
 * <p>Which calendar days an answer depends on:
 * <ul>
 * <li>a fixed date, a period end or a recurring period's due day that is not rolled: none (its date is answered
 *     even outside the calendar, and its explanation says so instead of naming a day kind);
 * <li>the same, rolled: the date through the working day it rolls to;
 * <li>N working days after E: the days after E through the due date;
 * <li>N days, months or years after E: the target date through the working day it rolls to;
 * <li>a count after a recurring period's end (§2.8): as after an event, E being the period's last day; a day of
 *     the next month: as a fixed date;
 * <li>the N-th working day of a recurring period: the period's first day through it; the N-th last: it through the
 *     period's last day (§4);
 * <li>N working days before E: the due date through the day before E; N days, months or years before E: the working
 *     day it moves back to through the target date; a window's opening the same, so the days from the opening's
 *     first day used through the due date's last;
 * <li>同时: none.
 * </ul>
 * A day needed outside {@link WorkingCalendar#answerableRange()} throws {@link CalendarCoverageException}; a
 * provisional day used makes the due provisional, an unsettled one makes it not settled.
 */
final class Resolver {

    private static final Bilingual PLAN_YEAR = new Bilingual("the plan's year", "计划年度");

    private Resolver() {
    }

    /** Counts the dues of one resolution against {@link DeadlineContext#MAX_DUES}. */
    private static final class Budget {
        private long used;

        void take(Deadline d, long n) {
            used += n;
            if (used > DeadlineContext.MAX_DUES) {
                throw DeadlineResolutionException.limit(d, "it would give more than "
                        + String.format(Locale.ROOT, "%,d", DeadlineContext.MAX_DUES)
                        + " dues in one resolution (DeadlineContext.MAX_DUES)");
            }
        }
    }

    /**
     * Resolves each part of a deadline.
     *
     * @param d  the deadline, not null
     * @param ctx  the context, not null
     * @return one resolution per part, in order, not null, immutable
     */
    static List<PartResolution> resolveParts(Deadline d, DeadlineContext ctx) {
        Budget budget = new Budget();
        if (d instanceof Multiple multiple) {
            List<PartResolution> out = new ArrayList<>();
            for (Deadline part : multiple.parts()) {
                out.add(part(part, ctx, budget));
            }
            return List.copyOf(out);
        }
        return List.of(part(d, ctx, budget));
    }

    /**
     * Resolves a deadline to its dues, failing if a part cannot be dated.
     *
     * @param d  the deadline, not null
     * @param ctx  the context, not null
     * @return the dues, not null, immutable
     */
    static List<Due> resolve(Deadline d, DeadlineContext ctx) {
        List<PartResolution> parts = resolveParts(d, ctx);
        if (parts.size() == 1) {
            return duesOrThrow(parts.get(0));
        }
        List<Due> out = new ArrayList<>();
        for (PartResolution p : parts) {
            out.addAll(duesOrThrow(p));
        }
        return List.copyOf(out);
    }

    private static List<Due> duesOrThrow(PartResolution p) {
        if (p.outcome() == Outcome.DATED || p.outcome() == Outcome.OPEN_ENDED) {
            return p.dues();
        }
        throw new DeadlineResolutionException(p.deadline(), p.missing());
    }

    private static PartResolution part(Deadline part, DeadlineContext ctx, Budget budget) {
        if (part instanceof Labelled l) {
            PartResolution r = single(l.deadline(), ctx, budget);
            if (r.outcome() != Outcome.DATED) {
                return r.withLabel(l.label(), r.dues());
            }
            List<Due> labelled = new ArrayList<>(r.dues().size());
            for (Due due : r.dues()) {
                labelled.add(due.withLabel(l.label()));
            }
            return r.withLabel(l.label(), labelled);
        }
        return single(part, ctx, budget);
    }

    private static PartResolution single(Deadline d, DeadlineContext ctx, Budget budget) {
        if (d instanceof Annotated a) {
            return annotated(a, ctx, budget);
        }
        if (d instanceof FixedDate fixedDate) {
            return fixedDate(fixedDate, ctx, budget);
        }
        if (d instanceof PeriodEnd p) {
            Optional<Year> y = p.year().or(ctx::year);
            if (y.isEmpty()) {
                return needsYear(d);
            }
            budget.take(d, 1);
            LocalDate date = p.dateIn(y.get());
            int year = date.getYear();
            Bilingual relative = p.planYearOffset() == 0 ? null : Explain.relativeYear(p.planYearOffset(), year);
            WorkingCalendar cal = ctx.calendar();
            return PartResolution.dated(d, List.of(dated(d, date, () -> List.of(Explain.dateStep(Explain.periodEnd(
                    p.span(), p.index(), year).concat(new Bilingual(" = ", " = ")), cal, date, relative)),
                    ctx.policy().rollPeriodEnds(), null, ctx)));
        }
        if (d instanceof AfterEvent a) {
            EventDate e = eventDate(a.events(), ctx);
            if (e == null) {
                return awaiting(a, a.events());
            }
            budget.take(d, 1);
            return PartResolution.dated(d, List.of(afterEvent(a, a.amount(), a.counting(), e.event, e.date, ctx)));
        }
        if (d instanceof BeforeEvent b) {
            EventDate e = eventDate(b.events(), ctx);
            if (e == null) {
                return awaiting(b, b.events());
            }
            budget.take(d, 1);
            return PartResolution.dated(d, List.of(beforeEvent(b, e.event, e.date, ctx)));
        }
        if (d instanceof WithEvent w) {
            EventDate e = eventDate(w.events(), ctx);
            if (e == null) {
                return awaiting(w, w.events());
            }
            budget.take(d, 1);
            if (w.toleranceWorkingDays() > 0) {
                return PartResolution.dated(d, List.of(workingDays(w, w.toleranceWorkingDays(), e.event, e.date, ctx,
                        List.of())));
            }
            WorkingCalendar cal = ctx.calendar();
            Event event = e.event;
            LocalDate date = e.date;
            return PartResolution.dated(d, List.of(Due.lazy(d, date, false, true,
                    () -> Explain.sameDay(cal, event, date))));
        }
        if (d instanceof Recurring recurring) {
            return recurring(recurring, ctx, budget);
        }
        if (d instanceof Weekly weekly) {
            return weekly(weekly, ctx, budget);
        }
        if (d instanceof Freshness f) {
            Optional<LocalDate> last = ctx.eventDate(Event.CHANGE);
            if (last.isEmpty()) {
                return PartResolution.awaiting(f, List.of(Event.CHANGE),
                        "the date of the last update (withEvent(Event.CHANGE, date) or withTrigger(date))",
                        new Bilingual("waits for the date of the last update (DeadlineContext.withEvent(Event.CHANGE,"
                                + " date) or withTrigger)", "待最近一次更新的日期确定"));
            }
            budget.take(d, 1);
            return PartResolution.dated(d, List.of(afterEvent(f, f.days(), AfterEvent.Counting.DAYS, null, last.get(),
                    ctx)));
        }
        if (d instanceof OpenEnded openEnded) {
            return openEnded(openEnded, ctx, budget);
        }
        throw new AssertionError(d);
    }

    /**
     * An annotated time limit resolves as its time limit (docs/RULES.md §2.10: the subject and action do not change
     * the counting); its dues name the annotated deadline and their explanations the subject and the action.
     */
    private static PartResolution annotated(Annotated a, DeadlineContext ctx, Budget budget) {
        PartResolution r = single(a.deadline(), ctx, budget);
        List<Due> dues = new ArrayList<>(r.dues().size());
        for (Due due : r.dues()) {
            dues.add(due.withDeadline(a, () -> Explain.annotated(a, due.explanation())));
        }
        return r.withDeadline(a, dues);
    }

    private static PartResolution fixedDate(FixedDate f, DeadlineContext ctx, Budget budget) {
        Optional<Year> y = f.year().or(ctx::year);
        if (y.isEmpty()) {
            return needsYear(f);
        }
        MonthDay md = f.monthDay();
        // the year the date falls in: its own, the plan's, or one relative to the plan's (次年, 上一年度)
        Year in = f.year().isPresent() ? y.get() : FixedDate.inPlanYear(f, y.get(), f.planYearOffset());
        if (!md.isValidYear(in.getValue())) {
            String mdText = Explain.monthDay(md.getMonthValue(), md.getDayOfMonth());
            return PartResolution.needsYear(f, "a year in which " + md + " exists, not " + in,
                    new Bilingual("needs a year in which " + mdText + " exists, not " + in,
                            "需要有" + md.getMonthValue() + "月" + md.getDayOfMonth() + "日的年度，" + in + "年没有"));
        }
        budget.take(f, 1);
        LocalDate date = f.dateIn(y.get());
        Bilingual note = f.year().isPresent() ? null : f.planYearOffset() == 0 ? PLAN_YEAR
                : Explain.relativeYear(f.planYearOffset(), in.getValue());
        WorkingCalendar cal = ctx.calendar();
        return PartResolution.dated(f, List.of(dated(f, date, () -> List.of(Explain.dateStep(
                new Bilingual("fixed date ", "期日 "), cal, date, note)),
                ctx.policy().rollFixedDates(), null, ctx)));
    }

    private static PartResolution openEnded(OpenEnded o, DeadlineContext ctx, Budget budget) {
        if (o.kind() == OpenEnded.Kind.ONGOING) {
            return PartResolution.openEnded(o, new Bilingual("ongoing (长期): no due date", "长期：无截止日期"));
        }
        Optional<Deadline> def = ctx.policy().promptDefault();
        if (def.isEmpty()) {
            return PartResolution.openEnded(o, new Bilingual("per event (及时) with no fixed period: no due date"
                    + " unless the policy names a default (DeadlinePolicy.promptDefault)",
                    "及时：无固定期限，政策未设默认时限，无截止日期"));
        }
        Deadline dflt = def.get();
        PartResolution inner = single(dflt, ctx, budget);
        if (inner.outcome() != Outcome.DATED) {
            return inner.forDeadline(o, new Bilingual("per event (及时), policy default " + dflt + ": ",
                    "及时，按政策默认时限 " + dflt.toChinese() + "："));
        }
        List<Due> out = new ArrayList<>(inner.dues().size());
        for (Due due : inner.dues()) {
            out.add(due.withDeadline(o, () -> Explain.prompt(dflt, due.explanation())));
        }
        return PartResolution.dated(o, out);
    }

    private static PartResolution needsYear(Deadline d) {
        return PartResolution.needsYear(d, "the plan's year (DeadlineContext.withYear or withWindow)",
                new Bilingual("needs the plan's year (DeadlineContext.withYear or withWindow)", "需要计划年度"));
    }

    private static PartResolution awaiting(Deadline d, List<Event> events) {
        String what = events.isEmpty() ? "the event"
                : events.stream().map(Event::id).collect(Collectors.joining(" or "));
        String zh = events.isEmpty() ? "事件" : events.stream().map(Event::chinese).collect(Collectors.joining("或"));
        return PartResolution.awaiting(d, events, "the date of " + what + " (DeadlineContext.withEvent or withTrigger)",
                new Bilingual("waits for the date of " + what + " (DeadlineContext.withEvent or withTrigger)",
                        "待" + zh + "的日期确定"));
    }

    /** An event and its date. */
    private static final class EventDate {
        final Event event;
        final LocalDate date;

        EventDate(Event event, LocalDate date) {
            this.event = event;
            this.date = date;
        }
    }

    /** The latest date given for one of the events, else the trigger; null if neither. */
    private static EventDate eventDate(List<Event> events, DeadlineContext ctx) {
        Event best = null;
        LocalDate bestDate = null;
        for (Event e : events) {
            LocalDate date = ctx.events().get(e);
            if (date != null && (bestDate == null || date.isAfter(bestDate))) {
                best = e;
                bestDate = date;
            }
        }
        if (bestDate != null) {
            return new EventDate(best, bestDate);
        }
        Optional<LocalDate> trigger = ctx.trigger();
        return trigger.map(t -> new EventDate(events.isEmpty() ? null : events.get(0), t)).orElse(null);
    }

    /**
     * A due on a date a rule fixes: the date itself, or, when the policy rolls, the working day on or after it.
     * Without rolling no day's kind is used: the date is answered even outside the calendar.
     */
    private static Due dated(Deadline d, LocalDate date, Supplier<List<Step>> opening, boolean roll,
            Supplier<Bilingual> extra, DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        if (!roll) {
            return Due.lazy(d, date, false, true, () -> Explain.dated(cal, opening.get(), date, date, false,
                    extra == null ? null : extra.get(), Flags.NONE));
        }
        LocalDate due = cal.rollForward(date);
        Flags flags = flags(d, cal, date, due, ctx);
        return Due.lazy(d, due, flags.isProvisional(), flags.isSettled(), () -> Explain.dated(cal, opening.get(), date,
                due, true, extra == null ? null : extra.get(), flags));
    }

    /** The flags of a due that depends on the days from..to; refuses it if the policy requires settled days. */
    private static Flags flags(Deadline d, WorkingCalendar cal, LocalDate from, LocalDate to, DeadlineContext ctx) {
        Flags flags = Flags.of(cal, from, to);
        if (!flags.isSettled() && ctx.policy().requireSettled()) {
            LocalDate day = flags.unsettledDay();
            throw DeadlineResolutionException.unsettled(d, day, "it depends on " + day + ", which the calendar "
                    + cal.name() + " has not settled" + (flags.isProvisional() ? " (provisional)" : "")
                    + ": the next State Council notice may still change it (DeadlinePolicy.requireSettled)");
        }
        return flags;
    }

    private static Due afterEvent(Deadline d, int amount, AfterEvent.Counting unit, Event event, LocalDate start,
            DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        switch (unit) {
            case WORKING_DAYS:
                return workingDays(d, amount, event, start, ctx, List.of());
            case DAYS:
                if (ctx.policy().calendarDaysAsWorkingDays()) {
                    return workingDays(d, amount, event, start, ctx, List.of(new Step(
                            "policy: 日 counted as working days", "按政策：日按工作日计算")));
                }
                return rolledPeriod(d, plus(cal, start, amount, unit, d), new Bilingual(
                        "+" + amount + " " + unit.english(amount), "加" + amount + unit.chinese()), event, start, null,
                        ctx);
            case MONTHS:
            case YEARS:
                LocalDate target = plus(cal, start, amount, unit, d);
                String clamp = null;
                if (target.getDayOfMonth() != start.getDayOfMonth()) {
                    clamp = Explain.monthDay(target.getMonthValue(), start.getDayOfMonth());
                }
                return rolledPeriod(d, target, new Bilingual("+" + amount + " " + unit.english(amount),
                        "加" + amount + unit.chinese()), event, start, clamp, ctx);
            default:
                throw new AssertionError(unit);
        }
    }

    /**
     * The event date plus calendar days, months or years; a result past {@link LocalDate#MAX} is certainly past the
     * calendar, which is reported naming the event date.
     */
    private static LocalDate plus(WorkingCalendar cal, LocalDate start, int amount, AfterEvent.Counting unit,
            Deadline d) {
        try {
            switch (unit) {
                case DAYS:
                    return start.plusDays(amount);
                case MONTHS:
                    return start.plusMonths(amount);
                default:
                    return start.plusYears(amount);
            }
        } catch (DateTimeException e) {
            throw new CalendarCoverageException(start, cal.answerableRange(), "Resolving '" + d + "' from " + start
                    + ": " + amount + " " + unit.english(amount) + " later is past the last date Java can represent",
                    "Check the event date.");
        }
    }

    /**
     * A time limit before an event (docs/RULES.md §2.7): the N-th working day before E, or E minus N days, months or
     * years moved back to a working day (policy rollBackBeforeEvent); with a window, the opening counted the same way
     * and the due's period the closed range from the opening to the due date.
     */
    private static Due beforeEvent(BeforeEvent b, Event event, LocalDate start, DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        boolean asWorkingDays = b.counting() == AfterEvent.Counting.DAYS && ctx.policy().calendarDaysAsWorkingDays();
        AfterEvent.Counting unit = asWorkingDays ? AfterEvent.Counting.WORKING_DAYS : b.counting();
        Explain.Back close = back(cal, b, unit, b.amount(), start);
        Explain.Back open = b.hasWindow() ? back(cal, b, unit, b.windowOpens(), start) : null;
        LocalDate first = open == null ? close.due() : open.due();
        LocalDate last = close.lastUsed(start);
        if (open != null && open.lastUsed(start).isAfter(last)) {
            last = open.lastUsed(start);
        }
        Flags flags = flags(b, cal, first, last, ctx);
        List<Step> before = asWorkingDays ? List.of(new Step("policy: 日 counted as working days", "按政策：日按工作日计算"))
                : List.of();
        Due due = Due.lazy(b, close.due(), flags.isProvisional(), flags.isSettled(),
                () -> Explain.beforeEvent(cal, before, event, start, unit, open, close, flags));
        return open == null ? due : due.withPeriod(LocalDateRange.ofClosed(open.due(), close.due()), 1);
    }

    /** Counts back from the event: the N-th working day before it, or the target date moved back to a working day. */
    private static Explain.Back back(WorkingCalendar cal, Deadline d, AfterEvent.Counting unit, int amount,
            LocalDate start) {
        if (unit == AfterEvent.Counting.WORKING_DAYS) {
            return new Explain.Back(amount, null, null, cal.plusWorkingDays(start, -amount));
        }
        LocalDate target;
        try {
            target = unit == AfterEvent.Counting.DAYS ? start.minusDays(amount) : unit == AfterEvent.Counting.MONTHS
                    ? start.minusMonths(amount) : start.minusYears(amount);
        } catch (DateTimeException e) {
            throw new CalendarCoverageException(start, cal.answerableRange(), "Resolving '" + d + "' from " + start
                    + ": " + amount + " " + unit.english(amount) + " earlier is before the first date Java can "
                    + "represent", "Check the event date.");
        }
        String clamp = null;
        if (unit != AfterEvent.Counting.DAYS && target.getDayOfMonth() != start.getDayOfMonth()) {
            clamp = Explain.monthDay(target.getMonthValue(), start.getDayOfMonth());
        }
        LocalDate due = cal.isWorkingDay(target) ? target : cal.previousWorkingDay(target);
        return new Explain.Back(amount, target, clamp, due);
    }

    private static Due rolledPeriod(Deadline d, LocalDate target, Bilingual op, Event event, LocalDate start,
            String clampedFrom, DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        LocalDate due = cal.rollForward(target);
        Flags flags = flags(d, cal, target, due, ctx);
        return Due.lazy(d, due, flags.isProvisional(), flags.isSettled(), () -> Explain.rolledPeriod(cal, List.of(),
                Explain.eventName(event), start, op, target, clampedFrom, due, null, flags));
    }

    private static Due workingDays(Deadline d, int n, Event event, LocalDate start, DeadlineContext ctx,
            List<Step> before) {
        WorkingCalendar cal = ctx.calendar();
        LocalDate due = cal.plusWorkingDays(start, n);
        Flags flags = flags(d, cal, start.plusDays(1), due, ctx);
        return Due.lazy(d, due, flags.isProvisional(), flags.isSettled(),
                () -> Explain.workingDays(cal, before, Explain.eventName(event), start, n, due, null, flags));
    }

    private static PartResolution needsWindow(Deadline d) {
        return PartResolution.needsWindow(d, "the plan's window or year (DeadlineContext.withWindow or withYear)",
                new Bilingual("needs the plan's window or year (DeadlineContext.withWindow or withYear)",
                        "需要计划期间或年度"));
    }

    /** Refuses a window longer than {@link DeadlineContext#MAX_WINDOW_YEARS} for the periods of {@code d}. */
    private static void checkWindowLength(Deadline d, LocalDate ws, LocalDate we) {
        if (ws.getYear() <= Year.MAX_VALUE - DeadlineContext.MAX_WINDOW_YEARS
                && !we.isBefore(ws.plusYears(DeadlineContext.MAX_WINDOW_YEARS))) {
            throw DeadlineResolutionException.limit(d, "the window " + ws + ".." + we + " is longer than "
                    + DeadlineContext.MAX_WINDOW_YEARS + " years (DeadlineContext.MAX_WINDOW_YEARS)");
        }
    }

    /** A period that would end (or begin) outside the dates Java can represent: past any calendar. */
    private static CalendarCoverageException pastJava(Deadline d, LocalDate at, WorkingCalendar cal) {
        return new CalendarCoverageException(at, cal.answerableRange(), "Resolving '" + d + "' in a window at "
                + at + ": its period would reach past the first or last date Java can represent",
                "Check the plan's window.");
    }

    private static PartResolution recurring(Recurring r, DeadlineContext ctx, Budget budget) {
        Optional<LocalDateRange> w = ctx.window();
        if (w.isEmpty()) {
            return needsWindow(r);
        }
        LocalDate ws = w.get().getStart();
        LocalDate we = w.get().getEndInclusive();
        checkWindowLength(r, ws, we);
        int months = r.months();
        long firstIndex = ws.getYear() * 12L + ((ws.getMonthValue() - 1) / months) * months;
        long lastIndex = we.getYear() * 12L + we.getMonthValue() - 1;
        long count = (lastIndex - firstIndex) / months + 1;
        if (Math.floorDiv(firstIndex + count * months - 1, 12L) > Year.MAX_VALUE) {
            // a period of several years that begins in the last years Java knows
            throw pastJava(r, we, ctx.calendar());
        }
        budget.take(r, count);
        List<Due> out = new ArrayList<>((int) count);
        Supplier<Bilingual> extra = atLeast(r.minimumCount(), r.measure());
        for (long k = 0; k < count; k++) {
            long index = firstIndex + k * months;
            YearMonth p = YearMonth.of((int) Math.floorDiv(index, 12L), (int) Math.floorMod(index, 12L) + 1);
            LocalDate pStart = p.atDay(1);
            LocalDate pEnd = p.plusMonths(months - 1L).atEndOfMonth();
            out.add(periodDue(r, p, pStart, pEnd, extra, ctx).withPeriod(LocalDateRange.ofClosed(pStart, pEnd),
                    r.minimumCount()));
        }
        return PartResolution.dated(r, out);
    }

    /** The note of a minimum count in a due's conclusion (", at least 2 articles" / "，不少于2篇"), or null for none. */
    private static Supplier<Bilingual> atLeast(int count, Measure measure) {
        return measure == Measure.NONE ? null : () -> new Bilingual(", at least " + count + " " + measure.english(count),
                "，不少于" + count + measure.chinese());
    }

    /**
     * The dues of a weekly obligation: one per period of {@code weeks} weeks, the first starting on the Monday of the
     * week that contains the window's start, the last the one that contains the window's end (docs/RULES.md §4).
     */
    private static PartResolution weekly(Weekly r, DeadlineContext ctx, Budget budget) {
        Optional<LocalDateRange> w = ctx.window();
        if (w.isEmpty()) {
            return needsWindow(r);
        }
        LocalDate ws = w.get().getStart();
        LocalDate we = w.get().getEndInclusive();
        checkWindowLength(r, ws, we);
        WorkingCalendar cal = ctx.calendar();
        long days = 7L * r.weeks();
        long first = ws.toEpochDay() - (ws.getDayOfWeek().getValue() - 1);
        long count = (we.toEpochDay() - first) / days + 1;
        if (first < LocalDate.MIN.toEpochDay()) {
            throw pastJava(r, ws, cal);
        }
        if (first + count * days - 1 > LocalDate.MAX.toEpochDay()) {
            throw pastJava(r, we, cal);
        }
        budget.take(r, count);
        List<Due> out = new ArrayList<>((int) count);
        for (long k = 0; k < count; k++) {
            LocalDate pStart = LocalDate.ofEpochDay(first + k * days);
            LocalDate pEnd = LocalDate.ofEpochDay(first + (k + 1) * days - 1);
            LocalDate date;
            boolean roll;
            if (r.dueWeekday() == 0) {
                date = pEnd;
                roll = ctx.policy().rollPeriodEnds();
            } else {
                date = pEnd.minusDays(7L - r.dueWeekday());
                roll = ctx.policy().rollFixedDates();
            }
            out.add(dated(r, date, () -> weeklyOpening(r, pStart, pEnd, date, cal), roll,
                    atLeast(r.minimumCount(), r.measure()), ctx)
                    .withPeriod(LocalDateRange.ofClosed(pStart, pEnd), r.minimumCount()));
        }
        return PartResolution.dated(r, out);
    }

    /** The steps naming a weekly period and its due day. */
    private static List<Step> weeklyOpening(Weekly r, LocalDate pStart, LocalDate pEnd, LocalDate date,
            WorkingCalendar cal) {
        Step period = new Step(new Bilingual("period ", "周期 ").concat(Explain.weekName(pStart, pEnd))
                .concat(Explain.note(Explain.range(pStart, pEnd))));
        Bilingual what = r.dueWeekday() == 0 ? new Bilingual("last day ", "最后一日 ")
                : new Bilingual(r.weeks() == 1 ? "weekday " : "weekday of the last week ",
                        r.weeks() == 1 ? "当周 " : "最后一周 ");
        return List.of(period, Explain.dateStep(what, cal, date, null));
    }

    /** The due of one period of a recurring deadline, by its anchor (docs/RULES.md §2.8, §4). */
    private static Due periodDue(Recurring r, YearMonth p, LocalDate pStart, LocalDate pEnd, Supplier<Bilingual> extra,
            DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        Recurring.Anchor anchor = r.anchor();
        switch (anchor.kind()) {
            case AFTER_END:
                return afterPeriodEnd(r, p, pEnd, extra, ctx);
            case DAY_OF_NEXT_MONTH:
                YearMonth next = YearMonth.from(plus(cal, pEnd, 1, AfterEvent.Counting.DAYS, r));
                LocalDate day = next.atDay(Math.min(anchor.amount(), next.lengthOfMonth()));
                return dated(r, day, () -> List.of(periodStep(r, p, pEnd), Explain.dateStep(Explain.nextMonthDay(
                        anchor.amount(), day), cal, day, null)), ctx.policy().rollFixedDates(), extra, ctx);
            case NTH_WORKING_DAY:
            case NTH_LAST_WORKING_DAY:
                return workingDayOfPeriod(r, p, pStart, pEnd, extra, ctx);
            default:
                LocalDate date;
                boolean roll;
                if (r.dueDay() == 0) {
                    date = pEnd;
                    roll = ctx.policy().rollPeriodEnds();
                } else {
                    int month = r.dueMonths().get((p.getMonthValue() - 1) / r.months());
                    YearMonth ym = YearMonth.of(p.getYear(), month);
                    date = ym.atDay(Math.min(r.dueDay(), ym.lengthOfMonth()));
                    roll = ctx.policy().rollFixedDates();
                }
                return dated(r, date, () -> recurringOpening(r, p, pEnd, date, cal), roll, extra, ctx);
        }
    }

    /**
     * A count after the period's last day E (§2.8): working days after E, or days or months added to E and rolled
     * forward (§2.2–§2.4); 日 counts as working days when the policy says so (§2.9).
     */
    private static Due afterPeriodEnd(Recurring r, YearMonth p, LocalDate pEnd, Supplier<Bilingual> extra,
            DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        int n = r.anchor().amount();
        AfterEvent.Counting unit = r.anchor().counting();
        Bilingual endName = Explain.periodEndName();
        List<Step> opening = List.of(periodStep(r, p, pEnd));
        if (unit == AfterEvent.Counting.WORKING_DAYS || unit == AfterEvent.Counting.DAYS
                && ctx.policy().calendarDaysAsWorkingDays()) {
            List<Step> before = unit == AfterEvent.Counting.WORKING_DAYS ? opening : List.of(opening.get(0),
                    new Step("policy: 日 counted as working days", "按政策：日按工作日计算"));
            LocalDate due = cal.plusWorkingDays(pEnd, n);
            Flags flags = flags(r, cal, pEnd.plusDays(1), due, ctx);
            return Due.lazy(r, due, flags.isProvisional(), flags.isSettled(), () -> Explain.workingDays(cal, before,
                    endName, pEnd, n, due, extra == null ? null : extra.get(), flags));
        }
        LocalDate target = plus(cal, pEnd, n, unit, r);
        String clamp = target.getDayOfMonth() != pEnd.getDayOfMonth()
                ? Explain.monthDay(target.getMonthValue(), pEnd.getDayOfMonth()) : null;
        String clampedFrom = unit == AfterEvent.Counting.MONTHS ? clamp : null;
        LocalDate due = cal.rollForward(target);
        Flags flags = flags(r, cal, target, due, ctx);
        Bilingual op = new Bilingual("+" + n + " " + unit.english(n), "加" + n + unit.chinese());
        return Due.lazy(r, due, flags.isProvisional(), flags.isSettled(), () -> Explain.rolledPeriod(cal, opening,
                endName, pEnd, op, target, clampedFrom, due, extra == null ? null : extra.get(), flags));
    }

    /**
     * The N-th (or N-th last) working day of the period, found by walking its days from the first (or the last):
     * each day walked must be answerable, and the period must hold N working days.
     */
    private static Due workingDayOfPeriod(Recurring r, YearMonth p, LocalDate pStart, LocalDate pEnd,
            Supplier<Bilingual> extra, DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        int n = r.anchor().amount();
        boolean fromEnd = r.anchor().kind() == Recurring.Anchor.Kind.NTH_LAST_WORKING_DAY;
        LocalDate d = fromEnd ? pEnd : pStart;
        int found = 0;
        while (!d.isBefore(pStart) && !d.isAfter(pEnd)) {
            if (!cal.answerableRange().contains(d)) {
                throw new CalendarCoverageException(d, cal.answerableRange(), "Resolving '" + r + "' for the period "
                        + Explain.range(pStart, pEnd).english() + ": the kind of " + d + " is needed to find working day "
                        + n + (fromEnd ? " from the end" : ""), "Use a calendar that covers the period.");
            }
            if (cal.isWorkingDay(d)) {
                found++;
                if (found == n) {
                    break;
                }
            }
            d = fromEnd ? d.minusDays(1) : d.plusDays(1);
        }
        if (found < n) {
            throw DeadlineResolutionException.limit(r, "the period " + Explain.range(pStart, pEnd).english()
                    + " has only " + found + " working day" + (found == 1 ? "" : "s") + " in the calendar "
                    + cal.name() + ", fewer than " + n);
        }
        LocalDate due = d;
        Flags flags = fromEnd ? flags(r, cal, due, pEnd, ctx) : flags(r, cal, pStart, due, ctx);
        return Due.lazy(r, due, flags.isProvisional(), flags.isSettled(), () -> Explain.workingDayOfPeriod(cal,
                periodStep(r, p, pEnd), n, fromEnd, fromEnd ? pEnd : pStart, due, extra == null ? null : extra.get(),
                flags));
    }

    /** The step naming a recurring period: "period 2021-Q1 (2021-01-01..2021-03-31)". */
    private static Step periodStep(Recurring r, YearMonth p, LocalDate pEnd) {
        return new Step(new Bilingual("period ", "周期 ").concat(Explain.periodName(r.months(), p))
                .concat(Explain.note(Explain.range(p.atDay(1), pEnd))));
    }

    /** The steps naming a recurring period and its due day. */
    private static List<Step> recurringOpening(Recurring r, YearMonth p, LocalDate pEnd, LocalDate date,
            WorkingCalendar cal) {
        Step period = periodStep(r, p, pEnd);
        Bilingual what;
        if (r.dueDay() == 0) {
            what = new Bilingual("last day ", "最后一日 ");
        } else {
            int month = date.getMonthValue();
            boolean clamped = date.getDayOfMonth() != r.dueDay();
            what = new Bilingual("day " + r.dueDay() + " of month " + month
                    + (clamped ? " (last day of the month)" : "") + " = ",
                    month + "月" + r.dueDay() + "日" + (clamped ? "（取当月最后一日）= " : " = "));
        }
        return List.of(period, Explain.dateStep(what, cal, date, null));
    }
}
