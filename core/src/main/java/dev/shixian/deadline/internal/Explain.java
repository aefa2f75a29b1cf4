package dev.shixian.deadline.internal;

import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Explanation.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds explanation steps. Weekdays are formatted here, never by the JVM's locale. Not API.
 */
public final class Explain {

    private static final String[] EN = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] ZH = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    /** Counts longer than this are shown with their middle elided. */
    static final int FULL_LIST_MAX = 6;

    private Explain() {
    }

    /**
     * English "Thu 2021-09-30".
     *
     * @param d  the date, not null
     * @return the text, not null
     */
    public static String en(LocalDate d) {
        return EN[d.getDayOfWeek().getValue() - 1] + " " + d;
    }

    /**
     * Chinese "2021-09-30 周四".
     *
     * @param d  the date, not null
     * @return the text, not null
     */
    public static String zh(LocalDate d) {
        return d + " " + ZH[d.getDayOfWeek().getValue() - 1];
    }

    /**
     * English "Fri 10-08", or with the year when it differs from {@code anchor}'s.
     *
     * @param d  the date, not null
     * @param anchor  the date whose year may be omitted, not null
     * @return the text, not null
     */
    public static String enShort(LocalDate d, LocalDate anchor) {
        return EN[d.getDayOfWeek().getValue() - 1] + " " + shortDate(d, anchor);
    }

    /**
     * Chinese "10-08 周五", or with the year when it differs from {@code anchor}'s.
     *
     * @param d  the date, not null
     * @param anchor  the date whose year may be omitted, not null
     * @return the text, not null
     */
    public static String zhShort(LocalDate d, LocalDate anchor) {
        return shortDate(d, anchor) + " " + ZH[d.getDayOfWeek().getValue() - 1];
    }

    static String shortDate(LocalDate d, LocalDate anchor) {
        return d.getYear() == anchor.getYear() ? d.toString().substring(5) : d.toString();
    }

    /**
     * The kind of day as a note: English " (adjusted working day, 国庆节)" and Chinese "（调休上班，国庆节）"; empty
     * for an ordinary working day or a date the calendar cannot answer for.
     *
     * @param cal  the calendar, not null
     * @param d  the date, not null
     * @return {english, chinese}, not null
     */
    public static String[] note(WorkingCalendar cal, LocalDate d) {
        if (!cal.answerableRange().contains(d)) {
            return new String[] {"", ""};
        }
        DayKind kind = cal.dayKind(d);
        String name = cal.holidayName(d).orElse("");
        switch (kind) {
            case ADJUSTED_WORKDAY:
                return new String[] {" (adjusted working day" + (name.isEmpty() ? "" : ", " + name) + ")",
                    "（调休上班" + (name.isEmpty() ? "" : "，" + name) + "）"};
            case HOLIDAY:
                return new String[] {" (holiday" + (name.isEmpty() ? "" : ", " + name) + ")",
                    "（节假日" + (name.isEmpty() ? "" : "，" + name) + "）"};
            case REST_DAY:
                return new String[] {" (rest day)", "（休息日）"};
            default:
                return new String[] {"", ""};
        }
    }

    /**
     * The opening step of a count from an event: "issued Thu 2021-09-30 (day 0, not counted)".
     *
     * @param event  the event, or null for an unnamed one
     * @param date  its date, not null
     * @return the step, not null
     */
    public static Step start(Event event, LocalDate date) {
        String en = event == null ? "event" : event.pastTense();
        String zh = event == null ? "事件" : event.chinese();
        return new Step(en + " " + en(date) + " (day 0, not counted)", zh + " " + zh(date) + "（当日不计入）");
    }

    /**
     * Steps counting n working days after a start date, with the middle elided for long counts (naming the
     * holidays skipped and the adjusted working days counted there).
     *
     * @param cal  the calendar, not null
     * @param start  the start date, not counted, not null
     * @param n  the number of working days, at least 1
     * @return the steps, not null
     */
    public static List<Step> countWorkingDays(WorkingCalendar cal, LocalDate start, int n) {
        List<Step> steps = new ArrayList<>();
        if (n <= FULL_LIST_MAX) {
            LocalDate d = start;
            for (int k = 1; k <= n; k++) {
                d = cal.nextWorkingDay(d);
                steps.add(counted(cal, k, d, start));
            }
            return steps;
        }
        LocalDate d1 = cal.plusWorkingDays(start, 1);
        LocalDate d2 = cal.plusWorkingDays(d1, 1);
        LocalDate dLast1 = cal.plusWorkingDays(start, n - 1);
        LocalDate dLast = cal.nextWorkingDay(dLast1);
        steps.add(counted(cal, 1, d1, start));
        steps.add(counted(cal, 2, d2, start));
        steps.add(elided(cal, start, d2, dLast1, n - 4));
        steps.add(counted(cal, n - 1, dLast1, start));
        steps.add(counted(cal, n, dLast, start));
        return steps;
    }

    private static Step counted(WorkingCalendar cal, int k, LocalDate d, LocalDate anchor) {
        String[] note = note(cal, d);
        return new Step(k + " " + enShort(d, anchor) + note[0], "第" + k + "个工作日 " + zhShort(d, anchor) + note[1]);
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
                while (runEnd.plusDays(1).isBefore(beforeExclusive) && cal.dayKind(runEnd.plusDays(1)) == DayKind.HOLIDAY
                        && cal.holidayName(runEnd.plusDays(1)).orElse("").equals(name)) {
                    runEnd = runEnd.plusDays(1);
                }
                String range = shortDate(runStart, anchor) + (runEnd.equals(runStart) ? ""
                        : ".." + shortDate(runEnd, anchor));
                String rangeZh = shortDate(runStart, anchor) + (runEnd.equals(runStart) ? ""
                        : "至" + shortDate(runEnd, anchor));
                en.add("skipping " + name + " " + range);
                zh.add("跳过" + name + " " + rangeZh);
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

    /**
     * The step rolling a date forward: "rolled forward to the next working day Mon 10-11".
     *
     * @param to  the working day rolled to, not null
     * @param anchor  the date whose year may be omitted, not null
     * @return the step, not null
     */
    public static Step rolled(LocalDate to, LocalDate anchor) {
        return new Step("rolled forward to the next working day " + enShort(to, anchor),
                "顺延至下一个工作日 " + zhShort(to, anchor));
    }

    /**
     * The conclusion "due 2021-10-11" / "截止 2021-10-11".
     *
     * @param due  the due date, not null
     * @return the step, not null
     */
    public static Step due(LocalDate due) {
        return new Step("due " + due, "截止 " + due);
    }
}
