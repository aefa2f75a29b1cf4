package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.PlanProblem;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

/**
 * Issue 12 §1, "Due after the period ends" and "Working-day anchors" (docs/RULES.md §2.8, §4): recurring obligations
 * due a count after each period's end, on a day of the month after it, or on a working day of the period.
 *
 * <p>The phrases are those the issue and docs/RULES.md §2.8 quote from plans and reporting rules (每季度结束后15日内,
 * 季后10个工作日内, 月后10日前, 年度终了后3个月内, 次月10日前, 每月最后一个工作日); no public plan holding them was found
 * in the stored pages, so none is cited.
 *
 * <p>Calendar: {@link TestCalendars#china()}. The notice days these dates rely on, each counted by hand:
 * <ul>
 * <li>2021 (国办发明电〔2020〕27号): 元旦 01-01..01-03; 春节 02-11..02-17 off, Sun 02-07 and Sat 02-20 working;
 *     清明节 04-03..04-05; 劳动节 05-01..05-05 off, Sun 04-25 and Sat 05-08 working; 中秋节 09-19..09-21 off, Sat
 *     09-18 working; 国庆节 10-01..10-07 off, Sun 09-26 and Sat 10-09 working.
 * <li>2022 (国办发明电〔2021〕11号): 元旦 01-01..01-03; 春节 01-31..02-06 off, Sat 01-29 and Sun 01-30 working.
 * <li>2023 (国办发明电〔2022〕16号): 中秋节、国庆节 09-29..10-06 off, Sat 10-07 and Sun 10-08 working.
 * <li>2026-12 has no holiday; the fixture ends 2026-12-31.
 * </ul>
 */
class RecurringAnchorTest {

    private static final WorkingCalendar CHINA = TestCalendars.china();

    private static DeadlineContext year(int y) {
        return DeadlineContext.of(CHINA).withYear(Year.of(y));
    }

    private static List<LocalDate> dues(String phrase, DeadlineContext ctx) {
        return Deadline.parse(phrase).resolve(ctx).stream().map(Due::dueDate).collect(Collectors.toList());
    }

    private static List<LocalDate> dates(String... iso) {
        return Arrays.stream(iso).map(LocalDate::parse).collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ reading, canonical forms, round trips

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // counted after the period's end (docs/RULES.md §2.8)
        "每季度结束后15日内 | quarterly, 15 days after the end | 每季度结束后15日内",
        "季后10个工作日内 | quarterly, 10 working days after the end | 每季度结束后10个工作日内",
        "季度终了后10个工作日内 | quarterly, 10 working days after the end | 每季度结束后10个工作日内",
        "每月终了后5日内 | monthly, 5 days after the end | 每月结束后5日内",
        "月后10日前 | monthly, 10 days after the end | 每月结束后10日内",
        "每年度结束后3个月内 | yearly, 3 months after the end | 每年度结束后3个月内",
        "年度终了后3个月内 | yearly, 3 months after the end | 每年度结束后3个月内",
        "每季度后15日内报送 | quarterly, 15 days after the end | 每季度结束后15日内",
        "每半年结束后二十个工作日内 | half-yearly, 20 working days after the end | 每半年结束后20个工作日内",
        "每2个月结束后的10天内 | every 2 months, 10 days after the end | 每2个月结束后10日内",
        "应于每季度结束之后15日以内 | quarterly, 15 days after the end | 每季度结束后15日内",
        "每季度结束后1个月内 | quarterly, 1 month after the end | 每季度结束后1个月内",
        // a day of the month after the period (§2.8: a fixed date, §3)
        "每季度结束后次月10日前 | quarterly by day 10 of the next month | 每季度结束后次月10日前",
        "每季度次月10日前 | quarterly by day 10 of the next month | 每季度结束后次月10日前",
        "每月结束后下月5号前 | monthly by day 5 of the next month | 每月结束后次月5日前",
        "每年终了后次月31日前 | yearly by day 31 of the next month | 每年度结束后次月31日前",
        // a subject between the period and 于次月, dropped (docs/RULES.md §2.8)
        "每月数据于次月5日前报送 | monthly by day 5 of the next month | 每月结束后次月5日前",
        "每季度统计数据应于次月10日前 | quarterly by day 10 of the next month | 每季度结束后次月10日前",
        "每月于下月10号前 | monthly by day 10 of the next month | 每月结束后次月10日前",
        // working days of the period (§4)
        "每月最后一个工作日 | monthly by the last working day | 每月最后一个工作日",
        "每月最后1个工作日前 | monthly by the last working day | 每月最后一个工作日",
        "每月倒数第2个工作日 | monthly by working day 2 from the end | 每月倒数第2个工作日",
        "每季度第一个工作日 | quarterly by working day 1 | 每季度第一个工作日",
        "每季度首个工作日 | quarterly by working day 1 | 每季度第一个工作日",
        "每月前5个工作日内 | monthly by working day 5 | 每月前5个工作日内",
        "每月第5个工作日前 | monthly by working day 5 | 每月前5个工作日内",
        "每年的第十个工作日 | yearly by working day 10 | 每年前10个工作日内",
        // with a minimum count
        "每季度结束后15日内发布不少于2篇 | quarterly, 15 days after the end, at least 2 articles"
            + " | 每季度结束后15日内不少于2篇",
        "每月最后一个工作日更新不少于3条 | monthly by the last working day, at least 3 items"
            + " | 每月最后一个工作日不少于3条",
    })
    void readsPhrasesBothWays(String phrase, String canonical, String chinese) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).hasToString(canonical);
        assertThat(d.toChinese()).isEqualTo(chinese);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).deadline()).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).ignored()).isEmpty();
    }

    @Test
    void factoriesGiveTheCanonicalForms() {
        assertThat(Recurring.every(3).withDueAfterEnd(15, AfterEvent.Counting.DAYS))
                .hasToString("quarterly, 15 days after the end")
                .isEqualTo(new Recurring(3, 0, List.of(), 1, Measure.NONE, Recurring.Anchor.afterEnd(15,
                        AfterEvent.Counting.DAYS)));
        assertThat(Recurring.every(1).withDueAfterEnd(1, AfterEvent.Counting.WORKING_DAYS))
                .hasToString("monthly, 1 working day after the end");
        assertThat(Recurring.every(12).withDueAfterEnd(1, AfterEvent.Counting.MONTHS))
                .hasToString("yearly, 1 month after the end");
        assertThat(Recurring.every(3).withDueInNextMonth(10)).hasToString("quarterly by day 10 of the next month");
        assertThat(Recurring.every(1).withDueOnWorkingDay(5)).hasToString("monthly by working day 5");
        assertThat(Recurring.every(1).withDueOnLastWorkingDay(1)).hasToString("monthly by the last working day");
        assertThat(Recurring.every(6).withDueOnLastWorkingDay(3).withMinimumCount(2, Measure.TIME))
                .hasToString("half-yearly by working day 3 from the end, at least 2 times");
        // the 5-argument constructor is the in-period anchor; a due day replaces an anchor and back
        assertThat(new Recurring(3, 0, List.of(), 1, Measure.NONE).anchor()).isEqualTo(Recurring.Anchor.IN_PERIOD);
        assertThat(Recurring.every(1).withDueOnWorkingDay(5).withDueDay(10)).isEqualTo(Recurring.every(1)
                .withDueDay(10));
        assertThat(Recurring.every(1).withDueDay(10).withDueOnWorkingDay(5).dueDay()).isZero();
        assertThat(Recurring.Anchor.afterEnd(3, AfterEvent.Counting.MONTHS).isAfterPeriod()).isTrue();
        assertThat(Recurring.Anchor.workingDay(3).isAfterPeriod()).isFalse();
        // the English forms are read as written, and 'working day 1 from the end' is the last working day
        assertThat(Deadline.parse("monthly by working day 1 from the end"))
                .isEqualTo(Recurring.every(1).withDueOnLastWorkingDay(1));
        assertThat(Deadline.parse("every 4 months, 2 working days after the end, at least 1 article"))
                .isEqualTo(Recurring.every(4).withDueAfterEnd(2, AfterEvent.Counting.WORKING_DAYS)
                        .withMinimumCount(1, Measure.ARTICLE));
    }

    // ------------------------------------------------------------------ limits and refused shapes

    @Test
    void anchorsAreValidatedNamingTheValueAndTheRange() {
        assertThatThrownBy(() -> Recurring.Anchor.afterEnd(367, AfterEvent.Counting.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "The days after a period's end must be 1..366: 367");
        assertThatThrownBy(() -> Recurring.Anchor.afterEnd(0, AfterEvent.Counting.WORKING_DAYS))
                .hasMessage("The working days after a period's end must be 1..250: 0");
        assertThatThrownBy(() -> Recurring.Anchor.afterEnd(13, AfterEvent.Counting.MONTHS))
                .hasMessage("The months after a period's end must be 1..12: 13");
        assertThatThrownBy(() -> Recurring.Anchor.afterEnd(1, AfterEvent.Counting.YEARS))
                .hasMessage("A count after a period's end is in days, working days or months, not years");
        assertThatThrownBy(() -> Recurring.Anchor.workingDay(16))
                .hasMessage("The working day of a period must be 1..15: 16");
        assertThatThrownBy(() -> Recurring.Anchor.lastWorkingDay(0))
                .hasMessage("The working day of a period must be 1..15: 0");
        assertThatThrownBy(() -> Recurring.Anchor.dayOfNextMonth(32))
                .hasMessage("The day of the next month must be 1..31: 32");
        assertThatThrownBy(() -> new Recurring.Anchor(Recurring.Anchor.Kind.NTH_WORKING_DAY, 3,
                AfterEvent.Counting.DAYS)).hasMessage("A working day of a period counts WORKING_DAYS: DAYS");
        assertThatThrownBy(() -> new Recurring.Anchor(Recurring.Anchor.Kind.IN_PERIOD, 3,
                AfterEvent.Counting.DAYS)).hasMessage("An in-period anchor has amount 0: 3");
        assertThatThrownBy(() -> new Recurring(1, 10, List.of(), 1, Measure.NONE, Recurring.Anchor.workingDay(1)))
                .hasMessage("A due day (10) and the anchor NTH_WORKING_DAY exclude each other: the due day must be 0");
        assertThatThrownBy(() -> new Recurring(1, 0, List.of(), 1, Measure.NONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("anchor");
        // the largest values are accepted and read back
        for (Recurring r : List.of(Recurring.every(1).withDueAfterEnd(366, AfterEvent.Counting.DAYS),
                Recurring.every(1).withDueAfterEnd(250, AfterEvent.Counting.WORKING_DAYS),
                Recurring.every(12).withDueAfterEnd(12, AfterEvent.Counting.MONTHS),
                Recurring.every(1).withDueInNextMonth(31), Recurring.every(12).withDueOnWorkingDay(15),
                Recurring.every(2).withDueOnLastWorkingDay(15))) {
            assertThat(Deadline.parse(r.toString())).isEqualTo(r);
            assertThat(Deadline.parse(r.toChinese())).isEqualTo(r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "每季度结束后367日内 | 6 | a number of days 1..366 after the period's end",
        "每月结束后251个工作日内 | 5 | a number of working days 1..250 after the period's end",
        "每年度结束后13个月内 | 6 | a number of months 1..12 after the period's end",
        "每月前16个工作日内 | 3 | a working day of the period 1..15",
        "每月倒数第0个工作日 | 5 | a working day of the period 1..15",
        "每季度结束后次月32日前 | 8 | a day 1..31",
        // no weeks or years after a period's end, no last N working days, no 年后 (the New Year)
        "每季度结束后两周内 | 3 | end of input or a separator",
        "每季度结束后1年内 | 3 | end of input or a separator",
        "每月最后三个工作日 | 2 | end of input or a separator",
        "年后10日内 | 0 | a time limit",
        // a period word inside another word is no period: 3个月后 counts from an event
        "3个月后10日内 | 3 | end of input or a separator",
        "quarterly, 15 years after the end | 11 | a valid value (A count after a period's end is in days, working"
            + " days or months, not years)",
        "monthly by working day 16 | 23 | a valid value (The working day of a period must be 1..15: 16)",
        "quarterly by day 0 of the next month | 17 | a valid value (The day of the next month must be 1..31: 0)",
        "monthly by the first working day | 15 | 'last'",
    })
    void refusesOutOfRangeAndUnknownShapesAtTheirIndex(String input, int index, String expected) {
        assertThatThrownBy(() -> Deadline.parse(input)).isInstanceOfSatisfying(DeadlineParseException.class, e -> {
            assertThat(e.index()).isEqualTo(index);
            assertThat(e.expected()).contains(expected);
        });
    }

    // ------------------------------------------------------------------ due dates, counted by hand

    @Test
    void daysAfterTheQuarterEndRollForwardAndTheLastQuarterIsDueInTheNextYear() {
        // Q1 03-31 + 15 = Thu 04-15; Q2 06-30 + 15 = Thu 07-15; Q3 09-30 + 15 = Fri 10-15;
        // Q4 12-31 + 15 = Sat 2022-01-15, rolled past Sun 01-16 to Mon 2022-01-17
        List<Due> dues = Deadline.parse("每季度结束后15日内").resolve(year(2021));
        assertThat(dues).extracting(Due::dueDate).containsExactlyElementsOf(dates("2021-04-15", "2021-07-15",
                "2021-10-15", "2022-01-17"));
        // each due belongs to its period, not to the quarter its date falls in
        assertThat(dues.get(0).period()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 3, 31)));
        assertThat(dues.get(3).period()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 10, 1),
                LocalDate.of(2021, 12, 31)));
        assertThat(dues.get(3).explanation().toEnglish()).isEqualTo("period 2021-Q4 (2021-10-01..2021-12-31)"
                + " → last day of the period Fri 2021-12-31 (day 0, not counted) → +15 days = Sat 2022-01-15"
                + " (rest day) → rolled forward to the next working day Mon 2022-01-17: due 2022-01-17");
        assertThat(dues.get(3).explanation().toChinese()).isEqualTo("周期 2021年第四季度（2021-10-01至2021-12-31）"
                + "→ 本期最后一日 2021-12-31 周五（当日不计入）→ 加15日为 2022-01-15 周六（休息日）"
                + "→ 顺延至下一个工作日 2022-01-17 周一：截止 2022-01-17");
    }

    @Test
    void workingDaysAfterTheQuarterEndSkipHolidays() {
        // Q1: Thu 04-01, Fri 04-02, 清明节 04-03..04-05 skipped, 04-06..04-09, 04-12..04-15: the 10th is Thu 04-15
        // Q2: 07-01, 07-02, 07-05..07-09, 07-12..07-14: Wed 07-14
        // Q3: 国庆节 10-01..10-07 skipped; Fri 10-08, adjusted Sat 10-09, 10-11..10-15, 10-18..10-20: Wed 10-20
        // Q4: 元旦 2022-01-01..01-03 skipped; 01-04..01-07, 01-10..01-14, Mon 01-17
        List<Due> dues = Deadline.parse("季后10个工作日内").resolve(year(2021));
        assertThat(dues).extracting(Due::dueDate).containsExactlyElementsOf(dates("2021-04-15", "2021-07-14",
                "2021-10-20", "2022-01-17"));
        assertThat(dues.get(2).explanation().toChinese()).isEqualTo("周期 2021年第三季度（2021-07-01至2021-09-30）"
                + "→ 本期最后一日 2021-09-30 周四（当日不计入）→ 第1个工作日 10-08 周五 → 第2个工作日 10-09 周六"
                + "（调休上班，国庆节）→ ……另6个工作日（第3至第8个工作日）→ 第9个工作日 10-19 周二"
                + " → 第10个工作日 10-20 周三：截止 2021-10-20");
    }

    @Test
    void calendarDaysAfterAnEndCountAsWorkingDaysWhenThePolicySaysSo() {
        // 15 working days after Wed 2021-03-31: 04-01, 04-02, 04-06..04-09, 04-12..04-16, 04-19..04-22
        DeadlineContext ctx = year(2021).withPolicy(DeadlinePolicy.builder().calendarDaysAsWorkingDays(true).build());
        Due q1 = Deadline.parse("每季度结束后15日内").resolve(ctx).get(0);
        assertThat(q1.dueDate()).isEqualTo("2021-04-22");
        assertThat(q1.explanation().toEnglish()).contains("policy: 日 counted as working days");
    }

    @Test
    void daysAfterTheMonthEndRollOverHolidays() {
        // Jan: 01-31 + 5 = Fri 02-05; Apr: 04-30 + 5 = Wed 05-05 (劳动节) → Thu 05-06;
        // Sep: 09-30 + 5 = Tue 10-05 (国庆节) → Fri 10-08; Dec: 12-31 + 5 = Wed 2022-01-05
        List<LocalDate> dues = dues("每月终了后5日内", year(2021));
        assertThat(dues).hasSize(12);
        assertThat(dues.get(0)).isEqualTo("2021-02-05");
        assertThat(dues.get(3)).isEqualTo("2021-05-06");
        assertThat(dues.get(8)).isEqualTo("2021-10-08");
        assertThat(dues.get(11)).isEqualTo("2022-01-05");
    }

    @Test
    void monthsAfterAnEndTakeTheCorrespondingDay() {
        // 民法典第二百零二条: 03-31 + 1 month has no 04-31, so Fri 04-30; 06-30 + 1 month is Fri 07-30 (the 30th,
        // not the month's end); 09-30 + 1 month = Sat 10-30 → Mon 11-01; 12-31 + 1 month = 2022-01-31 (春节) →
        // Mon 2022-02-07
        List<Due> dues = Deadline.parse("每季度结束后1个月内").resolve(year(2021));
        assertThat(dues).extracting(Due::dueDate).containsExactlyElementsOf(dates("2021-04-30", "2021-07-30",
                "2021-11-01", "2022-02-07"));
        assertThat(dues.get(0).explanation().toEnglish()).contains("+1 month = Fri 04-30 (no 04-31: last day of the"
                + " month)");
        // 年度终了后3个月内: 2021-12-31 + 3 months = Thu 2022-03-31
        assertThat(dues("年度终了后3个月内", year(2021))).containsExactly(LocalDate.of(2022, 3, 31));
    }

    @Test
    void aDayOfTheNextMonthIsAFixedDate() {
        // Q1 → Sat 04-10, Q2 → Sat 07-10, Q3 → Sun 10-10, Q4 → Mon 2022-01-10: not rolled by default
        assertThat(dues("每季度结束后次月10日前", year(2021))).containsExactlyElementsOf(dates("2021-04-10",
                "2021-07-10", "2021-10-10", "2022-01-10"));
        // rolled with rollFixedDates: Sat 04-10 → Mon 04-12, Sat 07-10 → Mon 07-12, Sun 10-10 → Mon 10-11
        DeadlineContext roll = year(2021).withPolicy(DeadlinePolicy.builder().rollFixedDates(true).build());
        assertThat(dues("每季度结束后次月10日前", roll)).containsExactlyElementsOf(dates("2021-04-12", "2021-07-12",
                "2021-10-11", "2022-01-10"));
        Due q1 = Deadline.parse("每季度结束后次月10日前").resolve(year(2021)).get(0);
        assertThat(q1.explanation().toEnglish()).isEqualTo("period 2021-Q1 (2021-01-01..2021-03-31) → day 10 of the"
                + " next month = Sat 2021-04-10 (rest day) → not rolled forward (policy): due 2021-04-10");
        // a day the next month lacks is its last day: January's next month is February 2021, 28 days
        assertThat(dues("每月结束后次月31日前", year(2021)).get(0)).isEqualTo("2021-02-28");
        // not rolled, it needs no calendar: 2026-Q4 is due 2027-01-10, past the fixture
        List<Due> late = Deadline.parse("每季度结束后次月10日前").resolve(year(2026));
        assertThat(late.get(3).dueDate()).isEqualTo("2027-01-10");
        assertThat(late.get(3).explanation().toEnglish()).contains("outside the calendar's data");
    }

    @Test
    void theLastWorkingDayOfAMonth() {
        // 2021: Jan: Sat 01-30, Sun 01-31 → Fri 01-29; Feb: Sat 02-27, Sun 02-28 → Fri 02-26; Apr: Fri 04-30;
        // Sep: Thu 09-30; Oct: Sat 10-30, Sun 10-31 → Fri 10-29; Dec: Fri 12-31
        List<LocalDate> dues = dues("每月最后一个工作日", year(2021));
        assertThat(dues).hasSize(12);
        assertThat(dues.get(0)).isEqualTo("2021-01-29");
        assertThat(dues.get(1)).isEqualTo("2021-02-26");
        assertThat(dues.get(3)).isEqualTo("2021-04-30");
        assertThat(dues.get(8)).isEqualTo("2021-09-30");
        assertThat(dues.get(9)).isEqualTo("2021-10-29");
        assertThat(dues.get(11)).isEqualTo("2021-12-31");
        Due feb = Deadline.parse("每月最后一个工作日").resolve(year(2021)).get(1);
        assertThat(feb.period()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2,
                28)));
        assertThat(feb.explanation().toEnglish()).isEqualTo("period 2021-02 (2021-02-01..2021-02-28) → last working"
                + " day of the period, counted back from Sun 02-28 (skipping rest days 02-27..02-28) → last working"
                + " day = Fri 2021-02-26: due 2021-02-26");
        assertThat(feb.explanation().toChinese()).isEqualTo("周期 2021年2月（2021-02-01至2021-02-28）→ 本期最后一个"
                + "工作日，自 02-28 周日 倒数（跳过休息日 02-27至02-28）→ 最后一个工作日 = 2021-02-26 周五：截止 2021-02-26");
    }

    @Test
    void theLastWorkingDayMayBeAnAdjustedWorkingDayOrBeforeAHoliday() {
        // 2022-01: 01-31 is 春节; Sun 01-30 is an adjusted working day, so it is the month's last working day
        DeadlineContext jan2022 = DeadlineContext.of(CHINA).withWindow(LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 1, 31));
        Due due = Deadline.parse("每月最后一个工作日").resolve(jan2022).get(0);
        assertThat(due.dueDate()).isEqualTo("2022-01-30");
        assertThat(due.explanation().toChinese()).contains("自 01-31 周一 倒数（跳过春节 01-31）", "最后一个工作日 = 2022-01-30 周日（调休上班，春节）");
        // 2023-09: 09-29..09-30 are holidays, so Thu 09-28; the second-last is Wed 09-27
        DeadlineContext sep2023 = DeadlineContext.of(CHINA).withWindow(LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 9, 30));
        assertThat(dues("每月最后一个工作日", sep2023)).containsExactly(LocalDate.of(2023, 9, 28));
        assertThat(dues("每月倒数第2个工作日", sep2023)).containsExactly(LocalDate.of(2023, 9, 27));
        // 2021-02 second-last: Fri 02-26, Thu 02-25
        assertThat(dues("每月倒数第2个工作日", year(2021)).get(1)).isEqualTo("2021-02-25");
    }

    @Test
    void theFirstWorkingDaysOfAPeriodSkipHolidaysAndCountAdjustedDays() {
        // Q1: 元旦 01-01..01-03 → Mon 01-04; Q2 Thu 04-01; Q3 Thu 07-01; Q4: 国庆节 10-01..10-07 → Fri 10-08
        List<Due> quarters = Deadline.parse("每季度第一个工作日").resolve(year(2021));
        assertThat(quarters).extracting(Due::dueDate).containsExactlyElementsOf(dates("2021-01-04", "2021-04-01",
                "2021-07-01", "2021-10-08"));
        assertThat(quarters.get(3).explanation().toEnglish()).isEqualTo("period 2021-Q4 (2021-10-01..2021-12-31) →"
                + " working day 1 of the period, counted from Fri 10-01 (skipping 国庆节 10-01..10-07) → working day 1"
                + " = Fri 2021-10-08: due 2021-10-08");
        // 每月前5个工作日内: Feb 02-01..02-05 → Fri 02-05; May: 劳动节 05-01..05-05, Thu 05-06, Fri 05-07,
        // adjusted Sat 05-08, Mon 05-10, Tue 05-11; Oct: Fri 10-08, adjusted Sat 10-09, 10-11, 10-12, Wed 10-13
        List<Due> months = Deadline.parse("每月前5个工作日内").resolve(year(2021));
        assertThat(months.get(1).dueDate()).isEqualTo("2021-02-05");
        assertThat(months.get(4).dueDate()).isEqualTo("2021-05-11");
        assertThat(months.get(9).dueDate()).isEqualTo("2021-10-13");
        assertThat(months.get(4).explanation().toChinese()).isEqualTo("周期 2021年5月（2021-05-01至2021-05-31）"
                + "→ 本期第5个工作日，自 05-01 周六 起算（跳过劳动节 05-01至05-05；计入调休上班 05-08 周六，劳动节；"
                + "跳过休息日 05-09）→ 第5个工作日 = 2021-05-11 周二：截止 2021-05-11");
    }

    @Test
    void aMinimumCountIsNamedInTheConclusion() {
        Due q1 = Deadline.parse("每季度结束后15日内发布不少于2篇").resolve(year(2021)).get(0);
        assertThat(q1.minimumCount()).isEqualTo(2);
        assertThat(q1.explanation().conclusion().english()).isEqualTo("due 2021-04-15, at least 2 articles");
        assertThat(q1.explanation().conclusion().chinese()).isEqualTo("截止 2021-04-15，不少于2篇");
    }

    // ------------------------------------------------------------------ the window, coverage, settled days

    @Test
    void theLastPeriodOfTheWindowCountsEvenWhenItsDueIsAfterTheWindow() {
        // a window inside 2021-Q2: one period, due after the window ends
        DeadlineContext ctx = DeadlineContext.of(CHINA).withWindow(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6,
                30));
        List<Due> dues = Deadline.parse("每季度结束后15日内").resolve(ctx);
        assertThat(dues).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 7, 15));
        assertThat(dues.get(0).period()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 4, 1),
                LocalDate.of(2021, 6, 30)));
    }

    @Test
    void daysTheCalendarDoesNotCoverAreRefusedOrMarkedProvisional() {
        // 2026-Q4 + 15 days is 2027-01-15, past the fixture's last day 2026-12-31
        assertThatThrownBy(() -> Deadline.parse("每季度结束后15日内").resolve(year(2026)))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> Deadline.parse("每月最后一个工作日").resolve(year(2027)))
                .isInstanceOf(CalendarCoverageException.class).hasMessageContaining("2027-01-31");
        // with provisional days for 2027 (weekends only): Fri 2027-01-15, provisional
        DeadlineContext provisional = DeadlineContext.of(TestCalendars.chinaProvisional2027()).withYear(Year.of(2026));
        Due q4 = Deadline.parse("每季度结束后15日内").resolve(provisional).get(3);
        assertThat(q4.dueDate()).isEqualTo("2027-01-15");
        assertThat(q4.isProvisional()).isTrue();
        assertThat(q4.isSettled()).isFalse();
        // 2027-01: Sun 01-31, Sat 01-30 → Fri 2027-01-29, provisional
        Due jan = Deadline.parse("每月最后一个工作日").resolve(DeadlineContext.of(TestCalendars.chinaProvisional2027())
                .withYear(Year.of(2027))).get(0);
        assertThat(jan.dueDate()).isEqualTo("2027-01-29");
        assertThat(jan.isProvisional()).isTrue();
    }

    @Test
    void aWorkingDayOnAnUnsettledDayIsNotSettled() {
        // settled through 2026-12-15: 2026-12's last working day, Thu 12-31, is not settled; its first is
        WorkingCalendar cal = TestCalendars.chinaSettledThrough(LocalDate.of(2026, 12, 15));
        DeadlineContext dec = DeadlineContext.of(cal).withWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        Due last = Deadline.parse("每月最后一个工作日").resolve(dec).get(0);
        assertThat(last.dueDate()).isEqualTo("2026-12-31");
        assertThat(last.isSettled()).isFalse();
        assertThat(last.isProvisional()).isFalse();
        Due first = Deadline.parse("每月第一个工作日").resolve(dec).get(0);
        assertThat(first.dueDate()).isEqualTo("2026-12-01");
        assertThat(first.isSettled()).isTrue();
        DeadlineContext strict = dec.withPolicy(DeadlinePolicy.builder().requireSettled(true).build());
        assertThatThrownBy(() -> Deadline.parse("每月最后一个工作日").resolve(strict))
                .isInstanceOf(DeadlineResolutionException.class).hasMessageContaining("it depends on 2026-12-31, which the calendar");
    }

    @Test
    void aPeriodWithFewerWorkingDaysThanTheAnchorIsRefused() {
        // a custom calendar with February 2021 almost all off: only 02-01 and 02-02 are working days
        WorkingCalendar cal = ImmutableWorkingCalendar.builder().name("short-february")
                .coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .daysOff(LocalDate.of(2021, 2, 3), LocalDate.of(2021, 2, 28), "停工").build();
        DeadlineContext ctx = DeadlineContext.of(cal).withWindow(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28));
        assertThat(dues("每月最后一个工作日", ctx)).containsExactly(LocalDate.of(2021, 2, 2));
        assertThatThrownBy(() -> Deadline.parse("每月前3个工作日内").resolve(ctx))
                .isInstanceOf(DeadlineResolutionException.class).hasMessageContaining(
                        "the period 2021-02-01..2021-02-28 has only 2 working days in the calendar short-february,"
                        + " fewer than 3");
    }

    // ------------------------------------------------------------------ the scheduler and the plan

    @Test
    void schedulesQuarterlyDuesAfterTheEndWithTheirPeriodIds() {
        Plan plan = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                .issued(LocalDate.of(2021, 1, 8)).window(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .unit(Unit.of("tjj", "市统计局"))
                .task(Task.builder("5").content("统计数据发布").lead("tjj").timeLimit("每季度结束后15日内"))
                .task(Task.builder("6").content("月度工作动态").lead("tjj").timeLimit("每月最后一个工作日"))
                .build();
        assertThat(plan.warnings()).extracting(PlanProblem::reason).isEmpty();
        Schedule s = Scheduler.of(CHINA).schedule(plan);
        assertThat(s.obligations("5")).extracting(Obligation::id).containsExactly("xy/5/2021-Q1@tjj",
                "xy/5/2021-Q2@tjj", "xy/5/2021-Q3@tjj", "xy/5/2021-Q4@tjj");
        assertThat(s.obligations("5")).extracting(o -> o.dueDate().orElseThrow()).containsExactlyElementsOf(
                dates("2021-04-15", "2021-07-15", "2021-10-15", "2022-01-17"));
        assertThat(s.find("xy/6/2021-02@tjj").orElseThrow().dueDate()).contains(LocalDate.of(2021, 2, 26));

        // as of Sat 04-10 the Q1 report is not overdue: working days 04-12..04-15 remain (L = 4 > 3)
        StatusReport none = s.statusAsOf(LocalDate.of(2021, 4, 10), List.of());
        assertThat(none.status("xy/5/2021-Q1@tjj").status()).isEqualTo(DueStatus.PENDING);
        // as of Tue 04-13: 04-14, 04-15 remain (L = 2)
        assertThat(s.statusAsOf(LocalDate.of(2021, 4, 13), List.of()).status("xy/5/2021-Q1@tjj").status())
                .isEqualTo(DueStatus.DUE_SOON);
        // as of Fri 04-16 with nothing done it is overdue by 1 working day
        assertThat(s.statusAsOf(LocalDate.of(2021, 4, 16), List.of()).status("xy/5/2021-Q1@tjj").status())
                .isEqualTo(DueStatus.OVERDUE);
        // done in April, after its period ended: on time on 04-14, late by 1 working day on Fri 04-16
        StatusReport done = s.statusAsOf(LocalDate.of(2021, 4, 30), List.of(
                Completion.of("xy/5/2021-Q1@tjj", LocalDate.of(2021, 4, 14))));
        assertThat(done.status("xy/5/2021-Q1@tjj").status()).isEqualTo(DueStatus.DONE_ON_TIME);
        ObligationStatusCheck.late(s.statusAsOf(LocalDate.of(2021, 4, 30), List.of(
                Completion.of("xy/5/2021-Q1@tjj", LocalDate.of(2021, 4, 16)))));
        assertThat(done.status("xy/5/2021-Q2@tjj").status()).isEqualTo(DueStatus.PENDING);
    }

    @Test
    void theSchedulerNeedsTheCalendarForTheLastPeriodsDueInTheNextYear() {
        // a calendar of 2021 only: 2021-Q4 + 15 days is 2022-01-15, which it cannot judge
        WorkingCalendar only2021 = ImmutableWorkingCalendar.builder().name("CN-2021")
                .coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).build();
        Plan plan = Plan.builder("xy").title("t").year(Year.of(2021)).issued(LocalDate.of(2021, 1, 8))
                .unit(Unit.of("tjj", "市统计局"))
                .task(Task.builder("5").content("c").lead("tjj").timeLimit("每季度结束后15日内")).build();
        assertThatThrownBy(() -> Scheduler.of(only2021).schedule(plan))
                .isInstanceOf(CalendarCoverageException.class).hasMessageContaining("2022-01-15");
    }

    /** The Q1 report done on Fri 04-16, due Thu 04-15: late by the working days in (04-15, 04-16], one. */
    private static final class ObligationStatusCheck {
        static void late(StatusReport r) {
            assertThat(r.status("xy/5/2021-Q1@tjj").status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(r.status("xy/5/2021-Q1@tjj").workingDaysLate()).isEqualTo(1);
        }
    }

    @Test
    void thePlanWarnsOfADayOfTheNextMonthBeforeItsIssueDate() {
        // issued 2021-06-24 with a window from 01-01: Q1's due 04-10 is before the issue date, Q2's 07-10 is not
        Plan plan = Plan.builder("xy").title("t").year(Year.of(2021)).issued(LocalDate.of(2021, 6, 24))
                .window(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).unit(Unit.of("tjj", "市统计局"))
                .task(Task.builder("5").content("c").lead("tjj").timeLimit("每季度结束后次月10日前"))
                .task(Task.builder("6").content("c").lead("tjj").timeLimit("每季度结束后15日内")).build();
        assertThat(plan.warnings()).extracting(PlanProblem::reason).singleElement().asString()
                .contains("the due date 2021-04-10 ('quarterly by day 10 of the next month'");
    }
}
