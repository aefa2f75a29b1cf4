package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12 §1, "Years relative to the plan" and "Ranges across a new year and open starts" (docs/RULES.md §3): 次年,
 * 上一年度 and 当年 count from the plan's year; a range is due at its end, also across a new year and from an open
 * start (即日起, an event). Due dates are for a plan of 2021, read off the State Council notices by hand
 * (国办发明电〔2020〕27号 for 2021, 〔2021〕11号 for 2022: 春节 2022-01-31..02-06 off, Sat 01-29 and Sun 01-30
 * adjusted working days; 国办发明电〔2019〕16号 for 2020).
 */
class RelativeYearsAndRangesTest {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final DeadlineContext Y2021 = DeadlineContext.of(CAL).withYear(Year.of(2021));

    /**
     * Each phrase, its canonical English form, its canonical Chinese form and its due date in a 2021 plan; both
     * canonical forms read back equal, and lenient reading of the phrase gives the same with nothing ignored.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // 1. years relative to the plan's year. 《政府信息公开条例》(2019) 第四十九条/第五十条: annual reports of the
        // 上一年度 are due 1月31日 of the next year, which plans for a year write 次年1月31日前
        "次年1月31日前|by 01-31 next year|次年1月31日前|2022-01-31",
        "于次年1月31日前|by 01-31 next year|次年1月31日前|2022-01-31",
        "次年1月底前|by end of month 1 next year|次年1月底前|2022-01-31",
        "下一年度6月底前|by end of month 6 next year|次年6月底前|2022-06-30",
        "翌年3月31日前|by 03-31 next year|次年3月31日前|2022-03-31",
        "明年3月上旬|by early month 3 next year|次年3月上旬|2022-03-10",
        "次年一季度末|by end of Q1 next year|次年一季度末前|2022-03-31",
        "次年上半年|by end of H1 next year|次年上半年内|2022-06-30",
        "次年底前|by end of next year|次年年底前|2022-12-31",
        "上一年度12月底前|by end of month 12 previous year|上一年度12月底前|2020-12-31",
        "上年度12月31日前|by 12-31 previous year|上一年度12月31日前|2020-12-31",
        "去年四季度末|by end of Q4 previous year|上一年度四季度末前|2020-12-31",
        "上年末|by end of previous year|上一年度年底前|2020-12-31",
        // the plan's own year: the same value as no year
        "当年12月底前|by end of month 12|12月底前|2021-12-31",
        "本年度内|by end of year|年底前|2021-12-31",
        "今年6月30日前|by 06-30|6月30日前|2021-06-30",
        // 2. ranges across a new year, due at their end (policy rangeDueAtEnd). 浙江省小城镇环境卫生综合整治
        // "百日攻坚" (2016): 2016年12月1日至2017年1月31日是百日攻坚集中整治阶段
        "2016年12月1日至2017年1月31日|by 2017-01-31|2017年1月31日前|2017-01-31",
        "2021年11月至2022年1月|by end of 2022-01|2022年1月底前|2022-01-31",
        "2021年12月至次年2月|by end of 2022-02|2022年2月底前|2022-02-28",
        "2021年12月15日至次年1月15日|by 2022-01-15|2022年1月15日前|2022-01-15",
        "12月至次年2月|by end of month 2 next year|次年2月底前|2022-02-28",
        "次年1月至3月|by end of month 3 next year|次年3月底前|2022-03-31",
        "上一年度12月至本年2月|by end of month 2|2月底前|2021-02-28",
        // 3. open starts: now, an event or a date, due at the end. 太原市创城指挥部综合协调办公室 (2020-03-21):
        // 决定从即日起到4月10日 … 开展 … "垃圾清零"行动
        "从即日起到4月10日|by 04-10|4月10日前|2021-04-10",
        "自即日起至年底|by end of year|年底前|2021-12-31",
        "即日起至2021年6月底|by end of 2021-06|2021年6月底前|2021-06-30",
        "从即日起到12月底|by end of month 12|12月底前|2021-12-31",
        "现在起至9月底|by end of month 9|9月底前|2021-09-30",
        "自印发之日起至2021年底|by end of 2021|2021年底前|2021-12-31",
        "自本方案印发之日起至年底|by end of year|年底前|2021-12-31",
        "自2021年7月起至年底|by end of 2021|2021年底前|2021-12-31",
        "即日起至次年1月底|by end of month 1 next year|次年1月底前|2022-01-31",
    })
    void readsRelativeYearsRangesAndOpenStarts(String phrase, String canonical, String chinese, String due) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).hasToString(canonical);
        assertThat(d.toChinese()).isEqualTo(chinese);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).deadline()).isEqualTo(d);
        assertThat(Deadline.parseLenient(phrase).ignored()).isEmpty();
        assertThat(d.resolve(Y2021)).extracting(Due::dueDate).containsExactly(LocalDate.parse(due));
    }

    @Test
    void theRelativeYearCountsFromThePlansYear() {
        // 次年1月31日前 is 2022-01-31 in a 2021 plan and 2023-01-31 in a 2022 plan
        Deadline d = Deadline.parse("次年1月31日前");
        assertThat(d.resolve(DeadlineContext.of(CAL).withYear(Year.of(2022)))).extracting(Due::dueDate)
                .containsExactly(LocalDate.of(2023, 1, 31));
        FixedDate f = (FixedDate) d;
        assertThat(f.planYearOffset()).isEqualTo(1);
        assertThat(f.year()).isEmpty();
        assertThat(f.dateIn(Year.of(2021))).isEqualTo(LocalDate.of(2022, 1, 31));
        PeriodEnd p = (PeriodEnd) Deadline.parse("上一年度12月底前");
        assertThat(p.planYearOffset()).isEqualTo(-1);
        assertThat(p.dateIn(Year.of(2021))).isEqualTo(LocalDate.of(2020, 12, 31));
        // an absolute year has no offset
        assertThat(((FixedDate) Deadline.parse("2021年1月31日前")).planYearOffset()).isZero();
    }

    @Test
    void thePlansOwnYearIsTheSameValueAsNoYear() {
        assertThat(Deadline.parse("当年12月底前")).isEqualTo(Deadline.parse("12月底前"))
                .hasSameHashCodeAs(Deadline.parse("12月底前"));
        assertThat(Deadline.parse("本年度内")).isEqualTo(Deadline.parse("年底前"));
        assertThat(Deadline.parse("今年6月30日前")).isEqualTo(Deadline.parse("6月30日前"));
        assertThat(FixedDate.relative(0, MonthDay.of(6, 30))).isEqualTo(FixedDate.of(MonthDay.of(6, 30)));
        assertThat(PeriodEnd.relative(0, PeriodEnd.Span.QUARTER, 3)).isEqualTo(PeriodEnd.of(PeriodEnd.Span.QUARTER, 3));
        // and different years are different values
        assertThat(FixedDate.relative(1, MonthDay.of(1, 31))).isNotEqualTo(FixedDate.of(MonthDay.of(1, 31)))
                .isNotEqualTo(FixedDate.relative(-1, MonthDay.of(1, 31)));
        assertThat(PeriodEnd.relative(1, PeriodEnd.Span.YEAR, 1)).isNotEqualTo(PeriodEnd.of(PeriodEnd.Span.YEAR, 1));
    }

    @Test
    void factoriesAndTheirLimits() {
        assertThat(FixedDate.relative(1, MonthDay.of(1, 31))).hasToString("by 01-31 next year");
        assertThat(FixedDate.relative(-1, MonthDay.of(12, 31)).toChinese()).isEqualTo("上一年度12月31日前");
        assertThat(PeriodEnd.relative(-1, PeriodEnd.Span.QUARTER, 4)).hasToString("by end of Q4 previous year");
        assertThat(PeriodEnd.relative(1, PeriodEnd.Span.LATE_MONTH, 2)).hasToString("by late month 2 next year");
        assertThat(PeriodEnd.relative(1, PeriodEnd.Span.MIDDLE_MONTH, 2).toChinese()).isEqualTo("次年2月中旬");
        assertThatThrownBy(() -> FixedDate.relative(2, MonthDay.of(1, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1..1").hasMessageContaining("2");
        assertThatThrownBy(() -> PeriodEnd.relative(-2, PeriodEnd.Span.MONTH, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1..1");
        assertThatThrownBy(() -> PeriodEnd.relative(1, PeriodEnd.Span.QUARTER, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedDate.relative(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void february29OfTheNextYearNeedsALeapYear() {
        // 次年2月29日前: in a 2023 plan 2024-02-29; in a 2021 plan 2022 has no February 29
        Deadline d = Deadline.parse("次年2月29日前");
        assertThat(d).hasToString("by 02-29 next year");
        assertThat(d.resolve(DeadlineContext.of(CAL).withYear(Year.of(2023)))).extracting(Due::dueDate)
                .containsExactly(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> d.resolve(Y2021)).isInstanceOf(DeadlineResolutionException.class)
                .hasMessageContaining("not 2022");
        assertThatThrownBy(() -> ((FixedDate) d).dateIn(Year.of(2021)))
                .isInstanceOf(DeadlineResolutionException.class);
    }

    @Test
    void explanationsNameTheYearInBothLanguages() {
        // 2022-01-31 is a day off of 春节 (国办发明电〔2021〕11号); fixed dates do not roll by default
        Due fixed = Deadline.parse("次年1月31日前").resolve(Y2021).get(0);
        assertThat(fixed.explanation().toEnglish()).isEqualTo("fixed date Mon 2022-01-31 (the year after the plan's"
                + " year (次年): 2022; holiday, 春节) → not rolled forward (policy): due 2022-01-31");
        assertThat(fixed.explanation().toChinese()).isEqualTo("期日 2022-01-31 周一（计划年度的次年：2022年；节假日，春节）"
                + "→ 不顺延（政策）：截止 2022-01-31");
        Due end = Deadline.parse("上一年度12月底前").resolve(Y2021).get(0);
        assertThat(end.explanation().toEnglish()).isEqualTo("end of 2020-12 = Thu 2020-12-31 (the year before the"
                + " plan's year (上一年度): 2020): due 2020-12-31");
        assertThat(end.explanation().toChinese()).isEqualTo("2020年12月底 = 2020-12-31 周四（计划年度的上一年度：2020年）"
                + "：截止 2020-12-31");
        // with the policy, the 春节 date rolls to Mon 2022-02-07
        DeadlineContext roll = Y2021.withPolicy(DeadlinePolicy.builder().rollFixedDates(true).build());
        assertThat(Deadline.parse("次年1月31日前").resolve(roll)).extracting(Due::dueDate)
                .containsExactly(LocalDate.of(2022, 2, 7));
    }

    @Test
    void withoutThePlansYearARelativeDateWaitsForIt() {
        assertThatThrownBy(() -> Deadline.parse("次年1月31日前").resolve(DeadlineContext.of(CAL)))
                .isInstanceOf(DeadlineResolutionException.class).hasMessageContaining("the plan's year");
    }

    @ParameterizedTest(name = "{0}: index {1}, expected {2}")
    @CsvSource(delimiter = '|', value = {
        // a relative year alone is no time limit (上一年度的报告 has no due date)
        "上一年度 | 4 | a month after 上一年度",
        "次年 | 2 | a month after 次年",
        "上一年度的报告 | 4 | a month after 上一年度",
        // an end before its start, with no year of its own: refused, not read as the next year
        "2021年12月至2月 | 9 | an end after the start of the range (an end in the next year is written with 次年",
        "2021年12月15日至1月15日 | 12 | an end after the start",
        "12月至2月 | 4 | an end after the start",
        "2021年12月至上一年度2月 | 9 | an end after the start",
        // 次年 of the plan's year or of the start's? refused
        "上一年度12月至次年2月 | 8 | an end whose year is not ambiguous",
        // the year after 9999 cannot be written
        "9999年12月至次年1月 | 9 | a year 1000..9999",
        // 2022 has no February 29
        "2021年12月至次年2月29日 | 9 | a day 1..28 of 2022-02",
        // a relative year with a year of its own
        "次年2021年1月 | 6 | 月",
        // an open start needs an end
        "自即日起 | 1 | a time limit",
    })
    void refuses(String input, int index, String expected) {
        assertThatThrownBy(() -> Deadline.parse(input))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.expected()).contains(expected);
                });
    }

    @ParameterizedTest(name = "{0}: index {1}")
    @CsvSource(delimiter = '|', value = {
        "by 2021-01-31 next year | 14",
        "by end of 2021-06 next year | 18",
        "by 01-31 next | 13",
        "by end of month 1 following year | 18",
    })
    void theEnglishFormRefusesAnAbsoluteYearWithAnOffset(String input, int index) {
        assertThatThrownBy(() -> Deadline.parse(input))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.index()).isEqualTo(index));
    }

    @Test
    void theHalvesOfTheNextYearAreTwoPartsNotHalfYearly() {
        // 上半年、下半年各一次 is half-yearly in the plan's year; in the next year it is its two period ends
        assertThat(Deadline.parse("次年上半年、次年下半年各一次"))
                .hasToString("by end of H1 next year; by end of H2 next year");
        assertThat(Deadline.parse("次年上半年、次年下半年各一次").resolve(Y2021)).extracting(Due::dueDate)
                .containsExactly(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31));
    }

    @Test
    void lenientReadingTakesACompleteRelativeDateAndInventsNone() {
        // a complete time limit in a relative year is read in that year
        ParseResult r = Deadline.parseLenient("各部门于次年1月31日前报送年度工作总结");
        assertThat(r.deadline()).hasToString("by 01-31 next year, action \"报送年度工作总结\"");
        assertThat(r.ignored()).extracting(ParseResult.Ignored::text).containsExactly("各部门");
        // 上一年度 alone names no date, and no date is read after it in another year
        assertThatThrownBy(() -> Deadline.parseLenient("上一年度的报告")).isInstanceOf(DeadlineParseException.class);
        ParseResult report = Deadline.parseLenient("12月底前公开上一年度的报告");
        assertThat(report.deadline()).hasToString("by end of month 12, action \"公开上一年度的报告\"");
        // a relative date whose next words change it (后) is not taken, and nothing of it is read in the plan's year
        assertThatThrownBy(() -> Deadline.parseLenient("次年1月底后开始")).isInstanceOf(DeadlineParseException.class);
        // 上月 is still skipped whole with its date: the model has no month relative to another
        ParseResult lastMonth = Deadline.parseLenient("每月5日前报送上月10日前的数据");
        assertThat(Annotated.unwrap(lastMonth.deadline())).hasToString("monthly by day 5");
    }

    @Test
    void aNextYearDateSchedulesInThatYear() {
        Plan plan = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                .issued(LocalDate.of(2021, 6, 24))
                .unit(Unit.of("zfb", "市政府办公室"))
                .task(Task.builder("1").content("年度报告").lead("zfb").timeLimit("次年1月31日前"))
                .task(Task.builder("2").content("专项行动").lead("zfb").timeLimit("2021年12月至次年2月"))
                .task(Task.builder("3").content("整治").lead("zfb").timeLimit("自即日起至年底"))
                .task(Task.builder("4").content("上年决算").lead("zfb").timeLimit("上一年度12月底前"))
                .build();
        Schedule s = Scheduler.of(CAL).schedule(plan);
        assertThat(s.obligations("1")).extracting(Obligation::dueDate)
                .containsExactly(java.util.Optional.of(LocalDate.of(2022, 1, 31)));
        assertThat(s.obligations("2")).extracting(Obligation::dueDate)
                .containsExactly(java.util.Optional.of(LocalDate.of(2022, 2, 28)));
        assertThat(s.obligations("3")).extracting(Obligation::dueDate)
                .containsExactly(java.util.Optional.of(LocalDate.of(2021, 12, 31)));
        assertThat(s.obligations("4")).extracting(Obligation::dueDate)
                .containsExactly(java.util.Optional.of(LocalDate.of(2020, 12, 31)));
        // the previous year's date is before the plan's issue date: kept, with a warning (keepEarlyFixedDates)
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.taskId()).contains("4");
            assertThat(w.reason()).contains("2020-12-31").contains("kept as written");
        });
        assertThat(plan.warnings()).noneSatisfy(w -> assertThat(w.taskId()).contains("1"));
    }

    @Test
    void tasksOfPlansInDifferentYearsGetDifferentDates() {
        List<Integer> years = List.of(2020, 2021, 2022, 2023, 2024, 2025);
        for (int y : years) {
            DeadlineContext ctx = DeadlineContext.of(CAL).withYear(Year.of(y));
            assertThat(Deadline.parse("次年1月底前").resolve(ctx)).extracting(Due::dueDate)
                    .containsExactly(LocalDate.of(y + 1, 1, 31));
            assertThat(Deadline.parse("上一年度年底前").resolve(ctx)).extracting(Due::dueDate)
                    .containsExactly(LocalDate.of(y - 1, 12, 31));
        }
    }
}
