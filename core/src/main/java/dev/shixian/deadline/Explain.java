package dev.shixian.deadline;

import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Explanation.Step;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threeten.extra.LocalDateRange;

/**
 * Builds the texts of explanations from data. Weekdays are formatted here, never by the JVM's locale; ranges are
 * shown with both ends inclusive. Not API.
 */
final class Explain {

    private static final String[] EN = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] ZH = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    /** Counts longer than this are shown with their middle elided. */
    static final int FULL_LIST_MAX = 6;

    private static final Bilingual OUTSIDE = new Bilingual("outside the calendar's data, day kind unknown",
            "超出日历数据范围，日别未知");
    private static final Bilingual PROVISIONAL = new Bilingual("provisional", "临时");

    private Explain() {
    }

    /**
     * English "Thu 2021-09-30".
     *
     * @param d  the date, not null
     * @return the text, not null
     */
    static String en(LocalDate d) {
        return EN[d.getDayOfWeek().getValue() - 1] + " " + d;
    }

    /**
     * Chinese "2021-09-30 周四".
     *
     * @param d  the date, not null
     * @return the text, not null
     */
    static String zh(LocalDate d) {
        return d + " " + ZH[d.getDayOfWeek().getValue() - 1];
    }

    /** A date with its weekday: "Thu 2021-09-30" / "2021-09-30 周四". */
    static Bilingual date(LocalDate d) {
        return new Bilingual(en(d), zh(d));
    }

    /** English "Fri 10-08", or with the year when it differs from {@code anchor}'s. */
    static String enShort(LocalDate d, LocalDate anchor) {
        return EN[d.getDayOfWeek().getValue() - 1] + " " + shortDate(d, anchor);
    }

    /** Chinese "10-08 周五", or with the year when it differs from {@code anchor}'s. */
    static String zhShort(LocalDate d, LocalDate anchor) {
        return shortDate(d, anchor) + " " + ZH[d.getDayOfWeek().getValue() - 1];
    }

    static String shortDate(LocalDate d, LocalDate anchor) {
        return d.getYear() == anchor.getYear() ? monthDay(d) : d.toString();
    }

    private static String monthDay(LocalDate d) {
        return monthDay(d.getMonthValue(), d.getDayOfMonth());
    }

    /** "03-05" for month 3, day 5; without {@link String#format}, which costs a microsecond. */
    static String monthDay(int month, int day) {
        return pad2(month) + "-" + pad2(day);
    }

    private static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * A range with both ends inclusive, as people read it: "2024-01-01..2024-03-31" (never the half-open
     * "2024-01-01/2024-04-01" of {@link LocalDateRange#toString()}).
     *
     * @param r  the range, not null
     * @return the text, not null
     */
    static String range(LocalDateRange r) {
        if (r.isEmpty()) {
            return "(empty from " + r.getStart() + ")";
        }
        return r.getStart() + ".." + r.getEndInclusive();
    }

    /** A range with both ends inclusive: "2024-01-01..2024-03-31" / "2024-01-01至2024-03-31". */
    static Bilingual range(LocalDate start, LocalDate endInclusive) {
        return new Bilingual(start + ".." + endInclusive, start + "至" + endInclusive);
    }

    /**
     * What the calendar says of a day, as a note item: "adjusted working day, 国庆节" / "调休上班，国庆节", with
     * "provisional" / "临时" for a provisional day, "outside the calendar's data" for a day the calendar cannot
     * answer for (no kind claimed), or null for an ordinary, authoritative working day.
     */
    static Bilingual kind(WorkingCalendar cal, LocalDate d) {
        if (!cal.answerableRange().contains(d)) {
            return OUTSIDE;
        }
        DayKind kind = cal.dayKind(d);
        String name = kind == DayKind.WORKDAY ? "" : cal.holidayName(d).orElse("");
        Bilingual text;
        switch (kind) {
            case ADJUSTED_WORKDAY:
                text = new Bilingual("adjusted working day", "调休上班");
                break;
            case HOLIDAY:
                text = new Bilingual("holiday", "节假日");
                break;
            case REST_DAY:
                text = new Bilingual("rest day", "休息日");
                break;
            default:
                text = null;
        }
        if (text != null && !name.isEmpty()) {
            text = text.concat(new Bilingual(", " + name, "，" + name));
        }
        if (cal.isProvisional(d)) {
            text = text == null ? PROVISIONAL : text.concat(new Bilingual(", provisional", "，临时"));
        }
        return text;
    }

    /** Note items in brackets: " (a; b)" / "（a；b）", or empty text for no items; null items are skipped. */
    static Bilingual note(Bilingual... items) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (Bilingual item : items) {
            if (item == null) {
                continue;
            }
            en.append(en.length() == 0 ? " (" : "; ").append(item.english());
            zh.append(zh.length() == 0 ? "（" : "；").append(item.chinese());
        }
        if (en.length() == 0) {
            return new Bilingual("", "");
        }
        return new Bilingual(en.append(')').toString(), zh.append('）').toString());
    }

    /**
     * The step naming a date a rule fixes, with what the calendar says of it: "fixed date Sun 2021-10-10 (rest
     * day)" / "期日 2021-10-10 周日（休息日）".
     *
     * @param before  the text before the date, such as "fixed date " / "期日 ", not null
     * @param cal  the calendar, not null
     * @param d  the date, not null
     * @param extra  a note item before the day's kind, or null
     * @return the step, not null
     */
    static Step dateStep(Bilingual before, WorkingCalendar cal, LocalDate d, Bilingual extra) {
        return new Step(before.concat(date(d)).concat(note(extra, kind(cal, d))));
    }

    /**
     * The opening step of a count from an event: "issued Thu 2021-09-30 (day 0, not counted)".
     *
     * @param event  the event, or null for an unnamed one
     * @param date  its date, not null
     * @return the step, not null
     */
    static Step start(Event event, LocalDate date) {
        return start(eventName(event), date);
    }

    /**
     * The opening step of a count from a named day: "last day of the period Wed 2021-03-31 (day 0, not counted)".
     *
     * @param name  what the day is, not null
     * @param date  its date, not null
     * @return the step, not null
     */
    static Step start(Bilingual name, LocalDate date) {
        return new Step(name.concat(new Bilingual(" ", " ")).concat(date(date))
                .concat(new Bilingual(" (day 0, not counted)", "（当日不计入）")));
    }

    /** The name of a period's last day as the start of a count after it (docs/RULES.md §2.8). */
    static Bilingual periodEndName() {
        return new Bilingual("last day of the period", "本期最后一日");
    }

    /** The name of an event: "issued" / "印发", or "event" / "事件" for none. */
    static Bilingual eventName(Event event) {
        return event == null ? new Bilingual("event", "事件") : new Bilingual(event.pastTense(), event.chinese());
    }

    /** The explanation of a date a rule fixes (fixed date, period end, a recurring period's due day). */
    static Explanation dated(WorkingCalendar cal, List<Step> opening, LocalDate date, LocalDate due, boolean roll,
            Bilingual extra, Flags flags) {
        List<Step> steps = new ArrayList<>(opening);
        if (roll) {
            if (!due.equals(date)) {
                steps.add(rolled(due, date));
            }
        } else if (cal.answerableRange().contains(date) && !cal.isWorkingDay(date)) {
            steps.add(new Step("not rolled forward (policy)", "不顺延（政策）"));
        }
        return Explanation.of(steps, conclusion(due, extra, flags));
    }

    /**
     * The explanation of "N days / months / years after" a day (an event, or a period's last day), rolled forward
     * to a working day; {@code before} are the steps before the start (a recurring period), {@code extra} the text
     * after the due date (a minimum count) or null.
     */
    static Explanation rolledPeriod(WorkingCalendar cal, List<Step> before, Bilingual startName, LocalDate start,
            Bilingual op, LocalDate target, String clampedFrom, LocalDate due, Bilingual extra, Flags flags) {
        List<Step> steps = new ArrayList<>(before);
        steps.add(start(startName, start));
        Bilingual clamp = clampedFrom == null ? null : new Bilingual(
                "no " + clampedFrom + ": last day of the month", "无" + clampedFrom + "：取当月最后一日");
        steps.add(new Step(op.concat(new Bilingual(" = " + enShort(target, start), "为 " + zhShort(target, start)))
                .concat(note(clamp, kind(cal, target)))));
        if (!due.equals(target)) {
            steps.add(rolled(due, start));
        }
        return Explanation.of(steps, conclusion(due, extra, flags));
    }

    /** The explanation of "N working days after" a day (an event, or a period's last day). */
    static Explanation workingDays(WorkingCalendar cal, List<Step> before, Bilingual startName, LocalDate start, int n,
            LocalDate due, Bilingual extra, Flags flags) {
        List<Step> steps = new ArrayList<>(before);
        steps.add(start(startName, start));
        steps.addAll(countWorkingDays(cal, start, n, false));
        return Explanation.of(steps, conclusion(due, extra, flags));
    }

    /**
     * The text before a day of the month after a period: "day 10 of the next month = " / "次月10日 = ", noting a
     * day the month lacks (day 31 of a 30-day month is its last day).
     */
    static Bilingual nextMonthDay(int day, LocalDate date) {
        boolean clamped = date.getDayOfMonth() != day;
        return new Bilingual("day " + day + " of the next month" + (clamped ? " (last day of the month)" : "")
                + " = ", "次月" + day + "日" + (clamped ? "（取当月最后一日）" : "") + " = ");
    }

    /**
     * The explanation of the N-th (or N-th last) working day of a recurring period: the period, the walk from its
     * first (or last) day naming the days skipped and the adjusted working days counted, and the day found.
     * Example: "period 2021-02 (2021-02-01..2021-02-28) → last working day of the period, counted back from Sun
     * 02-28 (skipping rest days 02-27..02-28) → last working day = Fri 2021-02-26 → due 2021-02-26".
     */
    static Explanation workingDayOfPeriod(WorkingCalendar cal, Step period, int n, boolean fromEnd, LocalDate from,
            LocalDate due, Bilingual extra, Flags flags) {
        String en = fromEnd ? n == 1 ? "last working day" : "working day " + n + " from the end"
                : "working day " + n;
        String zh = fromEnd ? n == 1 ? "最后一个工作日" : "倒数第" + n + "个工作日" : "第" + n + "个工作日";
        List<Bilingual> walk = fromEnd ? walked(cal, due.plusDays(1), from, from)
                : walked(cal, from, due.minusDays(1), from);
        Step counting = new Step(new Bilingual(en + " of the period, counted " + (fromEnd ? "back " : "") + "from "
                + enShort(from, from), "本期" + zh + "，自 " + zhShort(from, from) + (fromEnd ? " 倒数" : " 起算"))
                .concat(note(walk.toArray(new Bilingual[0]))));
        Step found = dateStep(new Bilingual(en + " = ", zh + " = "), cal, due, null);
        return Explanation.of(List.of(period, counting, found), conclusion(due, extra, flags));
    }

    /**
     * What a walk over the days {@code from..to} (inclusive, all answerable, none when to is before from) met: runs of holidays by name and of
     * rest days, skipped, and adjusted working days, counted. At most one item per run, so a walk of a period's
     * days gives a short list.
     */
    private static List<Bilingual> walked(WorkingCalendar cal, LocalDate from, LocalDate to, LocalDate anchor) {
        List<Bilingual> out = new ArrayList<>();
        LocalDate d = from;
        while (!d.isAfter(to)) {
            DayKind kind = cal.dayKind(d);
            if (kind == DayKind.HOLIDAY || kind == DayKind.REST_DAY) {
                String name = kind == DayKind.HOLIDAY ? cal.holidayName(d).orElse("") : "";
                LocalDate runEnd = d;
                while (runEnd.isBefore(to) && cal.dayKind(runEnd.plusDays(1)) == kind
                        && cal.holidayName(runEnd.plusDays(1)).orElse("").equals(name)) {
                    runEnd = runEnd.plusDays(1);
                }
                boolean single = runEnd.equals(d);
                String span = shortDate(d, anchor) + (single ? "" : ".." + shortDate(runEnd, anchor));
                String spanZh = shortDate(d, anchor) + (single ? "" : "至" + shortDate(runEnd, anchor));
                if (kind == DayKind.HOLIDAY) {
                    String what = name.isEmpty() ? (single ? "holiday " : "holidays ") : name + " ";
                    out.add(new Bilingual("skipping " + what + span, "跳过" + (name.isEmpty() ? "节假日" : name)
                            + " " + spanZh));
                } else {
                    out.add(new Bilingual("skipping rest day" + (single ? " " : "s ") + span, "跳过休息日 " + spanZh));
                }
                d = runEnd.plusDays(1);
                continue;
            }
            if (kind == DayKind.ADJUSTED_WORKDAY) {
                String name = cal.holidayName(d).orElse("");
                out.add(new Bilingual("counting adjusted working day " + enShort(d, anchor)
                        + (name.isEmpty() ? "" : ", " + name), "计入调休上班 " + zhShort(d, anchor)
                        + (name.isEmpty() ? "" : "，" + name)));
            }
            d = d.plusDays(1);
        }
        return out;
    }

    /**
     * A date counted back from an event (docs/RULES.md §2.7).
     *
     * @param amount  the units counted back
     * @param target  the event date minus the days, months or years, or null for working days
     * @param clampedFrom  the month-day that did not exist in the target month (a month-end clamp), or null
     * @param due  the date: the N-th working day before the event, or the target moved back to a working day
     */
    record Back(int amount, LocalDate target, String clampedFrom, LocalDate due) {

        /** The last calendar day whose kind the count used: the target, or for working days the day before E. */
        LocalDate lastUsed(LocalDate event) {
            return target != null ? target : event.minusDays(1);
        }
    }

    /**
     * The explanation of a time limit before an event: the event (not counted), then, for a window, its opening
     * counted back, then the due date counted back; each count names the working days counted, or the target date
     * and the days off it moves back over.
     */
    static Explanation beforeEvent(WorkingCalendar cal, List<Step> before, Event event, LocalDate start,
            AfterEvent.Counting unit, Back open, Back close, Flags flags) {
        List<Step> steps = new ArrayList<>(before);
        steps.add(start(event, start));
        Bilingual extra = null;
        if (open != null) {
            steps.add(new Step("window opens " + open.amount() + " " + unit.english(open.amount()) + " before:",
                    "期间起点，前" + open.amount() + unit.chinese() + "："));
            steps.addAll(back(cal, start, unit, open));
            steps.add(new Step("window closes (due) " + close.amount() + " " + unit.english(close.amount())
                    + " before:", "期间终点（截止），前" + close.amount() + unit.chinese() + "："));
            extra = new Bilingual(", window " + open.due() + ".." + close.due(), "，期间 " + open.due() + "至"
                    + close.due());
        }
        steps.addAll(back(cal, start, unit, close));
        return Explanation.of(steps, conclusion(close.due(), extra, flags));
    }

    private static List<Step> back(WorkingCalendar cal, LocalDate start, AfterEvent.Counting unit, Back b) {
        if (b.target() == null) {
            return countWorkingDays(cal, start, b.amount(), true);
        }
        List<Step> steps = new ArrayList<>(2);
        Bilingual clamp = b.clampedFrom() == null ? null : new Bilingual(
                "no " + b.clampedFrom() + ": last day of the month", "无" + b.clampedFrom() + "：取当月最后一日");
        LocalDate target = b.target();
        steps.add(new Step(new Bilingual("-" + b.amount() + " " + unit.english(b.amount()) + " = "
                + enShort(target, start), "减" + b.amount() + unit.chinese() + "为 " + zhShort(target, start))
                .concat(note(clamp, kind(cal, target)))));
        if (!b.due().equals(target)) {
            LocalDate firstOff = b.due().plusDays(1);
            boolean single = firstOff.equals(target);
            String en = shortDate(firstOff, start) + (single ? " is not a working day" : ".." + shortDate(target, start)
                    + " are not working days");
            String zh = shortDate(firstOff, start) + (single ? "" : "至" + shortDate(target, start)) + "非工作日";
            steps.add(new Step("moved back to the previous working day " + enShort(b.due(), start) + " (" + en
                    + "; policy rollBackBeforeEvent)", "前移至前一个工作日 " + zhShort(b.due(), start) + "（" + zh
                    + "；政策 rollBackBeforeEvent）"));
        }
        return steps;
    }

    private static Step countedBack(WorkingCalendar cal, int k, LocalDate d, LocalDate anchor) {
        return new Step(new Bilingual("-" + k + " " + enShort(d, anchor), "前第" + k + "个工作日 " + zhShort(d, anchor))
                .concat(note(kind(cal, d))));
    }

    /** The explanation of "simultaneous with the event": due on its day, whatever the calendar says. */
    static Explanation sameDay(WorkingCalendar cal, Event event, LocalDate date) {
        Bilingual outside = cal.answerableRange().contains(date) ? null : OUTSIDE;
        Step first = new Step(eventName(event).concat(new Bilingual(" ", " ")).concat(date(date))
                .concat(note(outside)));
        return Explanation.of(List.of(first, new Step("simultaneous: the same day", "同时：当日")),
                conclusion(date, null, Flags.NONE));
    }

    /** The explanation of an annotated time limit: its subject first, its own steps, then its action. */
    static Explanation annotated(Annotated a, Explanation inner) {
        List<Step> steps = new ArrayList<>(inner.steps().size() + 2);
        a.subject().ifPresent(s -> steps.add(new Step("subject: " + s, "事项：" + s)));
        steps.addAll(inner.steps());
        a.action().ifPresent(s -> steps.add(new Step("action by the due date: " + s, "时限内办理：" + s)));
        return Explanation.of(steps, inner.conclusion());
    }

    /** The explanation of 及时 dated by the policy's default: the default named, then its own explanation. */
    static Explanation prompt(Deadline def, Explanation inner) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("per event (及时): policy default " + def, "及时：按政策默认时限 " + def.toChinese()));
        steps.addAll(inner.steps());
        return Explanation.of(steps, inner.conclusion());
    }

    /**
     * Steps counting n working days after a start date (or back from it, before an event), with the middle elided
     * for long counts (naming the holidays skipped and the adjusted working days counted there).
     */
    static List<Step> countWorkingDays(WorkingCalendar cal, LocalDate start, int n, boolean back) {
        int sign = back ? -1 : 1;
        List<Step> steps = new ArrayList<>();
        if (n <= FULL_LIST_MAX) {
            LocalDate d = start;
            for (int k = 1; k <= n; k++) {
                d = back ? cal.previousWorkingDay(d) : cal.nextWorkingDay(d);
                steps.add(countStep(cal, k, d, start, back));
            }
            return steps;
        }
        LocalDate d1 = cal.plusWorkingDays(start, sign);
        LocalDate d2 = cal.plusWorkingDays(d1, sign);
        LocalDate dLast1 = cal.plusWorkingDays(start, sign * (n - 1));
        LocalDate dLast = cal.plusWorkingDays(dLast1, sign);
        steps.add(countStep(cal, 1, d1, start, back));
        steps.add(countStep(cal, 2, d2, start, back));
        steps.add(back ? elided(cal, start, dLast1, d2, n - 4) : elided(cal, start, d2, dLast1, n - 4));
        steps.add(countStep(cal, n - 1, dLast1, start, back));
        steps.add(countStep(cal, n, dLast, start, back));
        return steps;
    }

    private static Step countStep(WorkingCalendar cal, int k, LocalDate d, LocalDate anchor, boolean back) {
        return back ? countedBack(cal, k, d, anchor) : counted(cal, k, d, anchor);
    }

    private static Step counted(WorkingCalendar cal, int k, LocalDate d, LocalDate anchor) {
        return new Step(new Bilingual(k + " " + enShort(d, anchor), "第" + k + "个工作日 " + zhShort(d, anchor))
                .concat(note(kind(cal, d))));
    }

    private static Step elided(WorkingCalendar cal, LocalDate anchor, LocalDate afterExclusive,
            LocalDate beforeExclusive, int count) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        LocalDate d = afterExclusive.plusDays(1);
        while (d.isBefore(beforeExclusive)) {
            DayKind kind = cal.dayKind(d);
            if (kind == DayKind.HOLIDAY) {
                String name = cal.holidayName(d).orElse("");
                LocalDate runStart = d;
                LocalDate runEnd = d;
                while (runEnd.plusDays(1).isBefore(beforeExclusive)
                        && cal.dayKind(runEnd.plusDays(1)) == DayKind.HOLIDAY
                        && cal.holidayName(runEnd.plusDays(1)).orElse("").equals(name)) {
                    runEnd = runEnd.plusDays(1);
                }
                boolean single = runEnd.equals(runStart);
                en.add("skipping " + name + " " + shortDate(runStart, anchor)
                        + (single ? "" : ".." + shortDate(runEnd, anchor)));
                zh.add("跳过" + name + " " + shortDate(runStart, anchor) + (single ? "" : "至" + shortDate(runEnd, anchor)));
                d = runEnd.plusDays(1);
                continue;
            }
            if (kind == DayKind.ADJUSTED_WORKDAY) {
                String name = cal.holidayName(d).orElse("");
                en.add("counting adjusted working day " + enShort(d, anchor) + (name.isEmpty() ? "" : ", " + name));
                zh.add("计入调休上班 " + zhShort(d, anchor) + (name.isEmpty() ? "" : "，" + name));
            }
            d = d.plusDays(1);
        }
        String detailEn = en.isEmpty() ? "" : "; " + String.join("; ", en);
        String detailZh = zh.isEmpty() ? "" : "；" + String.join("；", zh);
        return new Step("… " + count + " more working day" + (count == 1 ? "" : "s") + " (working days 3–"
                + (count + 2) + detailEn + ")", "……另" + count + "个工作日（第3至第" + (count + 2) + "个工作日"
                + detailZh + "）");
    }

    /** The step rolling a date forward: "rolled forward to the next working day Mon 10-11". */
    static Step rolled(LocalDate to, LocalDate anchor) {
        return new Step("rolled forward to the next working day " + enShort(to, anchor),
                "顺延至下一个工作日 " + zhShort(to, anchor));
    }

    /**
     * The conclusion "due 2021-10-11" / "截止 2021-10-11".
     *
     * @param due  the due date, not null
     * @return the step, not null
     */
    static Step due(LocalDate due) {
        return new Step("due " + due, "截止 " + due);
    }

    /**
     * The conclusion: "due 2021-10-11", then the extra text (a minimum count), then whether the due is provisional
     * or not settled, naming the first such day.
     */
    static Step conclusion(LocalDate due, Bilingual extra, Flags flags) {
        Bilingual text = due(due).text();
        if (extra != null) {
            text = text.concat(extra);
        }
        if (flags.provisionalDay() != null) {
            LocalDate p = flags.provisionalDay();
            text = text.concat(new Bilingual(" (provisional: uses " + p + ", past the calendar's published notices;"
                    + " subject to the State Council notice)", "（临时安排：用到 " + p + "，超出已发布的通知；以国务院通知为准）"));
        } else if (flags.unsettledDay() != null) {
            LocalDate u = flags.unsettledDay();
            text = text.concat(new Bilingual(" (subject to the next State Council notice, which may still change "
                    + u + ")", "（以下一年度国务院通知为准：" + u + " 可能调整）"));
        }
        return new Step(text);
    }

    /**
     * The note on a year relative to the plan's year: "the year after the plan's year (次年): 2022" /
     * "计划年度的次年：2022年", "the year before the plan's year (上一年度): 2020" / "计划年度的上一年度：2020年".
     *
     * @param offset  the years after the plan's year, -1 or 1
     * @param year  the year it gives
     * @return the note item, not null
     */
    static Bilingual relativeYear(int offset, int year) {
        String zh = FixedDate.chineseOffset(offset);
        return new Bilingual("the year " + (offset > 0 ? "after" : "before") + " the plan's year (" + zh + "): "
                + year, "计划年度的" + zh + "：" + year + "年");
    }

    /** The name of a period end as written: "end of 2021-06" / "2021年6月底". */
    static Bilingual periodEnd(PeriodEnd.Span span, int index, int year) {
        String ym = year + "-" + pad2(index);
        switch (span) {
            case MONTH:
                return new Bilingual("end of " + ym, year + "年" + index + "月底");
            case QUARTER:
                return new Bilingual("end of " + year + "-Q" + index, year + "年" + QUARTERS[index - 1] + "季度末");
            case HALF_YEAR:
                return new Bilingual("end of " + year + "-H" + index, year + "年" + (index == 1 ? "上" : "下") + "半年");
            case YEAR:
                return new Bilingual("end of " + year, year + "年底");
            case EARLY_MONTH:
                return new Bilingual("early " + ym, year + "年" + index + "月上旬");
            case MIDDLE_MONTH:
                return new Bilingual("mid " + ym, year + "年" + index + "月中旬");
            case LATE_MONTH:
                return new Bilingual("late " + ym, year + "年" + index + "月下旬");
            default:
                throw new AssertionError(span);
        }
    }

    /** The name of a recurring period: "2021-Q3" / "2021年第三季度". */
    static Bilingual periodName(int months, YearMonth p) {
        int y = p.getYear();
        int m = p.getMonthValue();
        switch (months) {
            case 1:
                return new Bilingual(p.toString(), y + "年" + m + "月");
            case 3:
                int q = (m - 1) / 3 + 1;
                return new Bilingual(y + "-Q" + q, y + "年第" + QUARTERS[q - 1] + "季度");
            case 6:
                return new Bilingual(y + "-H" + ((m - 1) / 6 + 1), y + "年" + (m == 1 ? "上" : "下") + "半年");
            case 12:
                return new Bilingual(String.valueOf(y), y + "年");
            default:
                YearMonth end = p.plusMonths(months - 1);
                if (months > 12) {
                    return new Bilingual(y + ".." + end.getYear(), y + "—" + end.getYear() + "年");
                }
                return new Bilingual(p + ".." + end, y + "年" + m + "—" + end.getMonthValue() + "月");
        }
    }

    /**
     * The name of a period of weeks by its ISO weeks (week-based year): "2021-W39" / "2021年第39周" for one week,
     * "2021-W39..2021-W40" / "2021年第39—40周" for several, "2021-W52..2022-W01" / "2021年第52周—2022年第1周" across a
     * week-based year.
     */
    static Bilingual weekName(LocalDate start, LocalDate end) {
        int y1 = start.get(IsoFields.WEEK_BASED_YEAR);
        int w1 = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int y2 = end.get(IsoFields.WEEK_BASED_YEAR);
        int w2 = end.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String en1 = String.format(Locale.ROOT, "%d-W%02d", y1, w1);
        if (y1 == y2 && w1 == w2) {
            return new Bilingual(en1, y1 + "年第" + w1 + "周");
        }
        String en = en1 + ".." + String.format(Locale.ROOT, "%d-W%02d", y2, w2);
        return new Bilingual(en, y1 == y2 ? y1 + "年第" + w1 + "—" + w2 + "周"
                : y1 + "年第" + w1 + "周—" + y2 + "年第" + w2 + "周");
    }

    /**
     * What a due depends on that is not authoritative: the first provisional day it uses, and the first day it uses
     * that is not settled; null when there is none.
     *
     * @param provisionalDay  the first provisional day used, or null
     * @param unsettledDay  the first day used that is not settled, or null (never null when provisionalDay is not)
     */
    record Flags(LocalDate provisionalDay, LocalDate unsettledDay) {

        /** A due that depends on no provisional or unsettled day. */
        static final Flags NONE = new Flags(null, null);

        /**
         * The flags of a due that depends on the kinds of the days {@code from..to}, both answerable.
         *
         * @param cal  the calendar, not null
         * @param from  the first day used, not null
         * @param to  the last day used, not before {@code from}, not null
         * @return the flags, not null
         */
        static Flags of(WorkingCalendar cal, LocalDate from, LocalDate to) {
            LocalDateRange coverage = cal.coverage();
            LocalDate provisional = null;
            if (!coverage.contains(from)) {
                provisional = from;
            } else if (!coverage.contains(to)) {
                provisional = coverage.getEndInclusive().plusDays(1);
            }
            LocalDate unsettled = null;
            if (!cal.isSettled(from)) {
                unsettled = from;
            } else if (!cal.isSettled(to)) {
                unsettled = cal.settled().getEndInclusive().plusDays(1);
            }
            if (provisional == null && unsettled == null) {
                return NONE;
            }
            return new Flags(provisional, unsettled == null ? provisional : unsettled);
        }

        boolean isProvisional() {
            return provisionalDay != null;
        }

        boolean isSettled() {
            return unsettledDay == null;
        }
    }
}
