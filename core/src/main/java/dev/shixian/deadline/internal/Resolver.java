package dev.shixian.deadline.internal;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlineResolutionException;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Explanation;
import dev.shixian.deadline.Explanation.Step;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Measure;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.WithEvent;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import java.util.Locale;

/** Resolves deadlines to dues as SEMANTICS §2–§5 say. Not API: use {@link Deadline#resolve(DeadlineContext)}. */
public final class Resolver {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    private Resolver() {
    }

    /**
     * Resolves a deadline.
     *
     * @param d  the deadline, not null
     * @param ctx  the context, not null
     * @return the dues, not null, immutable
     */
    public static List<Due> resolve(Deadline d, DeadlineContext ctx) {
        if (d instanceof Multiple) {
            List<Due> out = new ArrayList<>();
            for (Deadline part : ((Multiple) d).parts()) {
                out.addAll(resolve(part, ctx));
            }
            return List.copyOf(out);
        }
        if (d instanceof Labelled) {
            Labelled l = (Labelled) d;
            List<Due> out = new ArrayList<>();
            for (Due due : resolve(l.deadline(), ctx)) {
                out.add(due.withLabel(l.label()));
            }
            return List.copyOf(out);
        }
        if (d instanceof FixedDate) {
            FixedDate f = (FixedDate) d;
            LocalDate date = f.dateIn(f.year().orElseGet(() -> year(f, ctx)));
            Step first = new Step("fixed date " + Explain.en(date) + (f.year().isEmpty() ? " (the plan's year)" : ""),
                    "期日 " + Explain.zh(date) + (f.year().isEmpty() ? "（计划年度）" : ""));
            return List.of(dated(d, date, first, ctx.policy().rollFixedDates(), ctx));
        }
        if (d instanceof PeriodEnd) {
            PeriodEnd p = (PeriodEnd) d;
            Year y = p.year().orElseGet(() -> year(p, ctx));
            LocalDate date = p.dateIn(y);
            PeriodEnd withYear = PeriodEnd.of(y, p.span(), p.index());
            String zh = withYear.toChinese().replaceAll("(前|内)$", "");
            Step first = new Step(withYear.toString().substring(3) + " = " + Explain.en(date),
                    zh + " = " + Explain.zh(date));
            return List.of(dated(d, date, first, ctx.policy().rollPeriodEnds(), ctx));
        }
        if (d instanceof AfterEvent) {
            AfterEvent a = (AfterEvent) d;
            Map.Entry<Event, LocalDate> e = eventDate(a, a.events(), ctx);
            return List.of(afterEvent(a, a.amount(), a.unit(), e.getKey(), e.getValue(), ctx));
        }
        if (d instanceof WithEvent) {
            WithEvent w = (WithEvent) d;
            Map.Entry<Event, LocalDate> e = eventDate(w, w.events(), ctx);
            if (w.toleranceWorkingDays() > 0) {
                return List.of(workingDays(w, w.toleranceWorkingDays(), e.getKey(), e.getValue(), ctx, List.of()));
            }
            LocalDate date = e.getValue();
            Event ev = e.getKey();
            Step first = new Step((ev == null ? "event" : ev.pastTense()) + " " + Explain.en(date),
                    (ev == null ? "事件" : ev.chinese()) + " " + Explain.zh(date));
            Step same = new Step("simultaneous: the same day", "同时：当日");
            return List.of(Due.of(d, date, provisional(ctx.calendar(), date),
                    Explanation.of(List.of(first, same), Explain.due(date))));
        }
        if (d instanceof Recurring) {
            return recurring((Recurring) d, ctx);
        }
        if (d instanceof Freshness) {
            Freshness f = (Freshness) d;
            LocalDate last = ctx.eventDate(Event.CHANGE).orElseThrow(() -> new DeadlineResolutionException(f,
                    "the date of the last update (withEvent(Event.CHANGE, date) or withTrigger(date))"));
            return List.of(afterEvent(f, f.days(), AfterEvent.Unit.DAYS, null, last, ctx));
        }
        if (d instanceof OpenEnded) {
            OpenEnded o = (OpenEnded) d;
            if (o.kind() == OpenEnded.Kind.ONGOING || ctx.policy().promptDefault().isEmpty()) {
                return List.of();
            }
            Deadline def = ctx.policy().promptDefault().get();
            List<Due> out = new ArrayList<>();
            for (Due due : resolve(def, ctx)) {
                List<Step> steps = new ArrayList<>();
                steps.add(new Step("per event (及时): policy default " + def, "及时：按政策默认时限 " + def.toChinese()));
                steps.addAll(due.explanation().steps());
                Due copy = Due.of(o, due.dueDate(), due.provisional(),
                        Explanation.of(steps, due.explanation().conclusion()));
                out.add(due.period().isPresent() ? copy.withPeriod(due.period().get(), due.minimumCount()) : copy);
            }
            return List.copyOf(out);
        }
        throw new AssertionError(d);
    }

    private static Year year(Deadline d, DeadlineContext ctx) {
        return ctx.year().orElseThrow(() -> new DeadlineResolutionException(d,
                "the plan's year (DeadlineContext.withYear or withWindow)"));
    }

    private static Map.Entry<Event, LocalDate> eventDate(Deadline d, List<Event> events, DeadlineContext ctx) {
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
            return Map.entry(best, bestDate);
        }
        Optional<LocalDate> trigger = ctx.trigger();
        if (trigger.isEmpty()) {
            String what = events.isEmpty() ? "the event"
                    : events.stream().map(Event::id).reduce((a, b) -> a + " or " + b).orElse("");
            throw new DeadlineResolutionException(d, "the date of " + what
                    + " (DeadlineContext.withEvent or withTrigger)");
        }
        return new java.util.AbstractMap.SimpleImmutableEntry<>(events.isEmpty() ? null : events.get(0),
                trigger.get());
    }

    /**
     * The due date for a date that a rule fixes: the date itself, or, when it is a day off (the note says so) and the
     * policy rolls, the next working day; the step saying which is added.
     */
    private static LocalDate rollIfAllowed(WorkingCalendar cal, LocalDate date, String[] note, boolean roll,
            List<Step> steps) {
        if (note[0].isEmpty() || cal.isWorkingDay(date)) {
            return date;
        }
        if (!roll) {
            steps.add(new Step("not rolled forward (policy)", "不顺延（政策）"));
            return date;
        }
        LocalDate due = cal.rollForward(date);
        steps.add(Explain.rolled(due, date));
        return due;
    }

    private static Due dated(Deadline d, LocalDate date, Step first, boolean roll, DeadlineContext ctx) {
        WorkingCalendar cal = ctx.calendar();
        List<Step> steps = new ArrayList<>();
        String[] note = Explain.note(cal, date);
        steps.add(new Step(first.english() + note[0], first.chinese() + note[1]));
        LocalDate due = rollIfAllowed(cal, date, note, roll, steps);
        return Due.of(d, due, provisional(cal, due), Explanation.of(steps, Explain.due(due)));
    }

    private static Due afterEvent(Deadline d, int amount, AfterEvent.Unit unit, Event event, LocalDate start,
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
                return rolledPeriod(d, start.plusDays(amount), "+" + amount + " day" + (amount == 1 ? "" : "s"),
                        "加" + amount + "日", event, start, cal, null);
            case MONTHS:
            case YEARS:
                int months = unit == AfterEvent.Unit.MONTHS ? amount : amount * 12;
                LocalDate target = start.plusMonths(months);
                String en = "+" + amount + " " + unit.english(amount);
                String zh = "加" + amount + unit.chinese();
                String clamp = null;
                if (target.getDayOfMonth() != start.getDayOfMonth()) {
                    clamp = String.format(Locale.ROOT, "%02d-%02d", target.getMonthValue(), start.getDayOfMonth());
                }
                return rolledPeriod(d, target, en, zh, event, start, cal, clamp);
            default:
                throw new AssertionError(unit);
        }
    }

    private static Due rolledPeriod(Deadline d, LocalDate target, String en, String zh, Event event,
            LocalDate start, WorkingCalendar cal, String clampedFrom) {
        List<Step> steps = new ArrayList<>();
        steps.add(Explain.start(event, start));
        String[] note = Explain.note(cal, target);
        String enNote = note[0];
        String zhNote = note[1];
        if (clampedFrom != null) {
            enNote = " (no " + clampedFrom + ": last day of the month" + (enNote.isEmpty() ? ")"
                    : "; " + enNote.substring(2));
            zhNote = "（无" + clampedFrom + "：取当月最后一日" + (zhNote.isEmpty() ? "）" : "；" + zhNote.substring(1));
        }
        steps.add(new Step(en + " = " + Explain.enShort(target, start) + enNote,
                zh + "为 " + Explain.zhShort(target, start) + zhNote));
        LocalDate due = cal.rollForward(target);
        if (!due.equals(target)) {
            steps.add(Explain.rolled(due, start));
        }
        return Due.of(d, due, provisional(cal, start) || provisional(cal, due),
                Explanation.of(steps, Explain.due(due)));
    }

    private static Due workingDays(Deadline d, int n, Event event, LocalDate start, DeadlineContext ctx,
            List<Step> before) {
        WorkingCalendar cal = ctx.calendar();
        LocalDate due = cal.plusWorkingDays(start, n);
        List<Step> steps = new ArrayList<>(before);
        steps.add(Explain.start(event, start));
        steps.addAll(Explain.countWorkingDays(cal, start, n));
        return Due.of(d, due, provisional(cal, start) || provisional(cal, due),
                Explanation.of(steps, Explain.due(due)));
    }

    private static boolean provisional(WorkingCalendar cal, LocalDate date) {
        return cal.answerableRange().contains(date) && cal.isProvisional(date);
    }

    private static List<Due> recurring(Recurring r, DeadlineContext ctx) {
        LocalDateRange window = ctx.window().orElseThrow(() -> new DeadlineResolutionException(r,
                "the plan's window or year (DeadlineContext.withWindow or withYear)"));
        WorkingCalendar cal = ctx.calendar();
        LocalDate ws = window.getStart();
        YearMonth first = YearMonth.of(ws.getYear(), ((ws.getMonthValue() - 1) / r.months()) * r.months() + 1);
        YearMonth lastMonth = YearMonth.from(window.getEndInclusive());
        List<Due> out = new ArrayList<>();
        for (YearMonth p = first; !p.isAfter(lastMonth); p = p.plusMonths(r.months())) {
            LocalDate pStart = p.atDay(1);
            LocalDate pEnd = p.plusMonths(r.months() - 1).atEndOfMonth();
            LocalDateRange period = LocalDateRange.ofClosed(pStart, pEnd);
            String[] name = periodName(r.months(), p);
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("period " + name[0] + " (" + pStart + ".." + pEnd + ")",
                    "周期 " + name[1] + "（" + pStart + "至" + pEnd + "）"));
            LocalDate date;
            boolean roll;
            String[] what;
            if (r.dueDay() == 0) {
                date = pEnd;
                roll = ctx.policy().rollPeriodEnds();
                what = new String[] {"last day ", "最后一日 "};
            } else {
                int month = r.dueMonths().get((p.getMonthValue() - 1) / r.months());
                YearMonth ym = YearMonth.of(p.getYear(), month);
                date = ym.atDay(Math.min(r.dueDay(), ym.lengthOfMonth()));
                roll = ctx.policy().rollFixedDates();
                what = new String[] {"day " + r.dueDay() + " of month " + month + " = ",
                    month + "月" + r.dueDay() + "日 = "};
                if (date.getDayOfMonth() != r.dueDay()) {
                    what = new String[] {"day " + r.dueDay() + " of month " + month + " (last day of the month) = ",
                        month + "月" + r.dueDay() + "日（取当月最后一日）= "};
                }
            }
            String[] note = Explain.note(cal, date);
            steps.add(new Step(what[0] + Explain.en(date) + note[0], what[1] + Explain.zh(date) + note[1]));
            LocalDate due = rollIfAllowed(cal, date, note, roll, steps);
            Step conclusion = Explain.due(due);
            if (r.measure() != Measure.NONE) {
                conclusion = new Step(conclusion.english() + ", at least " + r.minimumCount() + " "
                        + r.measure().english(r.minimumCount()), conclusion.chinese() + "，不少于" + r.minimumCount()
                        + r.measure().chinese());
            }
            out.add(Due.of(r, due, provisional(cal, due), Explanation.of(steps, conclusion))
                    .withPeriod(period, r.minimumCount()));
        }
        return List.copyOf(out);
    }

    private static String[] periodName(int months, YearMonth p) {
        int y = p.getYear();
        int m = p.getMonthValue();
        switch (months) {
            case 1:
                return new String[] {p.toString(), y + "年" + m + "月"};
            case 3:
                int q = (m - 1) / 3 + 1;
                return new String[] {y + "-Q" + q, y + "年第" + QUARTERS[q - 1] + "季度"};
            case 6:
                return new String[] {y + "-H" + ((m - 1) / 6 + 1), y + "年" + (m == 1 ? "上" : "下") + "半年"};
            case 12:
                return new String[] {String.valueOf(y), y + "年"};
            default:
                YearMonth end = p.plusMonths(months - 1);
                return new String[] {p + ".." + end, y + "年" + m + "—" + end.getMonthValue() + "月"};
        }
    }
}
