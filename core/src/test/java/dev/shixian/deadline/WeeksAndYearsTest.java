package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

/**
 * Issue 12 §1, weeks and multi-year periods (docs/RULES.md §4): 每周, 每周五前, 每两周 as calendar weeks
 * ({@link Weekly}), 每两年, 每三年, 每五年 as {@link Recurring} periods of whole years, 三年内 as 3 years after the
 * trigger. Due dates are counted by hand on the official 2021–2023 calendar ({@link TestCalendars}: 国庆 2021 is
 * 10-01..10-07 off with Sun 09-26 and Sat 10-09 adjusted working days, 国办发明电〔2020〕27号; 元旦 2023 is 2022-12-31
 * ..2023-01-02 off, 国办发明电〔2022〕16号). 2021-01-01 is a Friday, so ISO week 1 of 2021 is Mon 01-04..Sun 01-10 and
 * Mon 09-27..Sun 10-03 is week 39 (09-27 is day 270 of the year: (270 - 4) / 7 + 1 = 39).
 */
class WeeksAndYearsTest {

    private static final WorkingCalendar CAL = TestCalendars.china();

    /** A window around 国庆 2021: Wed 09-22 .. Sun 10-17, in the weeks Mon 09-20 .. Sun 10-17 (W38 .. W41). */
    private static final DeadlineContext AUTUMN = DeadlineContext.of(CAL).withYear(Year.of(2021))
            .withWindow(LocalDate.of(2021, 9, 22), LocalDate.of(2021, 10, 17));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<String> dueDates(Deadline deadline, DeadlineContext ctx) {
        return deadline.resolve(ctx).stream().map(due -> due.dueDate().toString()).collect(Collectors.toList());
    }

    private static void roundTrips(Deadline d) {
        assertThat(Deadline.parse(d.toString())).as(d.toString()).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).as(d.toChinese()).isEqualTo(d);
        assertThat(Deadline.parseLenient(d.toChinese()).deadline()).isEqualTo(d);
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            // 福州市人民防空办公室《关于政务信息报送工作的通知》(2018-02-27): 每周报送一篇工作信息，于每周四下班前 … 报综合处
            "每周四下班前 | weekly by Thursday | 每周四前",
            // 市政务信息工作考评办法: 各县(区、市)政府和市政府各工作部门须每周报送政务信息2篇以上 (the count, without
            // its object, which strict reading refuses as an action)
            "每周报送2篇以上 | weekly, at least 2 articles | 每周不少于2篇",
            // the shapes of issue 12 §1
            "每周 | weekly | 每周一次",
            "每周一次 | weekly | 每周一次",
            "每周更新 | weekly | 每周一次",
            "按周更新 | weekly | 每周一次",
            "每星期一次 | weekly | 每周一次",
            "每个星期 | weekly | 每周一次",
            "每周至少更新一次 | weekly | 每周一次",
            "每周至少更新1次 | weekly | 每周一次",
            "每周五次 | weekly, at least 5 times | 每周不少于5次",
            "每周不少于2篇 | weekly, at least 2 articles | 每周不少于2篇",
            "每周五前 | weekly by Friday | 每周五前",
            "每周五之前 | weekly by Friday | 每周五前",
            "每周五下班前 | weekly by Friday | 每周五前",
            "每周星期五前 | weekly by Friday | 每周五前",
            "每星期五前 | weekly by Friday | 每周五前",
            "每周，周五前 | weekly by Friday | 每周五前",
            "每周的周五前 | weekly by Friday | 每周五前",
            "每周一前 | weekly by Monday | 每周一前",
            "每周一更新 | weekly by Monday | 每周一前",
            "每周日前 | weekly by Sunday | 每周日前",
            "每周天前 | weekly by Sunday | 每周日前",
            "每周五前报送不少于2篇 | weekly by Friday, at least 2 articles | 每周五前不少于2篇",
            "每两周 | every 2 weeks | 每2周一次",
            "每2周一次 | every 2 weeks | 每2周一次",
            "每两周更新一次 | every 2 weeks | 每2周一次",
            "每两个星期 | every 2 weeks | 每2周一次",
            "每两周至少更新一次 | every 2 weeks | 每2周一次",
            "每1周 | weekly | 每周一次",
            "每2周周五前 | every 2 weeks by Friday | 每2周周五前",
            "每两周的周五前 | every 2 weeks by Friday | 每2周周五前",
            "每四周 | every 4 weeks | 每4周一次",
            "每52周 | every 52 weeks | 每52周一次",
            // years
            "每两年 | every 2 years | 每2年一次",
            "每三年 | every 3 years | 每3年一次",
            "每五年 | every 5 years | 每5年一次",
            "每十年 | every 10 years | 每10年一次",
            "每2年一次 | every 2 years | 每2年一次",
            "每两年开展一次 | every 2 years | 每2年一次",
            "每两年至少开展2次 | every 2 years, at least 2 times | 每2年不少于2次",
            "每1年 | yearly | 每年一次",
            "每24个月 | every 2 years | 每2年一次",
            "每120个月 | every 10 years | 每10年一次",
            // days stay freshness rules (docs/RULES.md §4)
            "每7天 | every 7 days | 每7日至少更新一次",
            "每7日至少更新一次 | every 7 days | 每7日至少更新一次",
            "超过7天未更新 | every 7 days | 每7日至少更新一次",
            "超过两周未更新 | every 14 days | 每14日至少更新一次",
            // a period after the trigger
            "三年内 | 3 years | 3年内",
        })
        void readsAndPrintsBothForms(String phrase, String canonical, String chinese) {
            Deadline d = Deadline.parse(phrase);
            assertThat(d).hasToString(canonical);
            assertThat(d.toChinese()).isEqualTo(chinese);
            roundTrips(d);
            assertThat(Deadline.parseLenient(phrase).deadline()).isEqualTo(d);
            assertThat(Deadline.parseLenient(phrase).ignored()).isEmpty();
        }

        @Test
        void englishFormsReadBack() {
            assertThat(Deadline.parse("weekly")).isEqualTo(Weekly.every(1));
            assertThat(Deadline.parse("Weekly by friday")).isEqualTo(Weekly.every(1).by(DayOfWeek.FRIDAY));
            assertThat(Deadline.parse("every 2 weeks")).isEqualTo(Weekly.every(2));
            assertThat(Deadline.parse("every 1 week")).isEqualTo(Weekly.every(1));
            assertThat(Deadline.parse("every 2 weeks by Friday, at least 3 items"))
                    .isEqualTo(new Weekly(2, 5, 3, Measure.ITEM));
            assertThat(Deadline.parse("weekly, at least 2 articles"))
                    .isEqualTo(Weekly.every(1).withMinimumCount(2, Measure.ARTICLE));
            assertThat(Deadline.parse("every 2 years")).isEqualTo(Recurring.every(24));
            assertThat(Deadline.parse("every 1 year")).isEqualTo(Recurring.every(12));
            assertThat(Deadline.parse("every 36 months")).isEqualTo(Recurring.everyYears(3));
            assertThat(Deadline.parse("every 5 years, at least 2 times"))
                    .isEqualTo(Recurring.everyYears(5).withMinimumCount(2, Measure.TIME));
            assertThat(Deadline.parse("weekly; every 2 years")).isEqualTo(Multiple.of(List.of(Weekly.every(1),
                    Recurring.everyYears(2))));
        }

        @Test
        void everyWeekdayPrintsAndReadsBack() {
            String[] english = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
            String[] chinese = {"一", "二", "三", "四", "五", "六", "日"};
            for (int day = 1; day <= 7; day++) {
                for (int weeks : new int[] {1, 2, 52}) {
                    Weekly w = Weekly.every(weeks).by(DayOfWeek.of(day));
                    assertThat(w.toString()).endsWith("by " + english[day - 1]);
                    assertThat(w.toChinese()).endsWith("周" + chinese[day - 1] + "前");
                    assertThat(w.dueDayOfWeek()).contains(DayOfWeek.of(day));
                    roundTrips(w);
                }
            }
            assertThat(Weekly.every(1).dueDayOfWeek()).isEmpty();
        }

        @ParameterizedTest(name = "{0}: index {1}, expected {2}")
        @CsvSource(delimiter = '|', value = {
            "每周八 | 2 | a weekday",
            "每0周 | 1 | a period of 1..52 weeks",
            "每53周 | 1 | a period of 1..52 weeks",
            "每零周 | 1 | a period of 1..52 weeks",
            "每0年 | 1 | a period of 1..10 years",
            "每十一年 | 1 | a period of 1..10 years",
            "每132个月 | 1 | a period of 1, 2, 3, 4, 6 or 12 months, or a multiple of 12 up to 120",
            "每18个月 | 1 | a period of 1, 2, 3, 4, 6 or 12 months, or a multiple of 12 up to 120",
            "每两周五前 | 3 | end of input or a separator",
            "每周五下午 | 3 | end of input or a separator",
            "every 0 weeks | 5 | a period of 1..52 weeks",
            "every 53 weeks | 5 | a period of 1..52 weeks",
            "every 11 years | 5 | a period of 1..10 years",
            "every 18 months | 5 | a multiple of 12 up to 120",
            "every 132 months | 5 | a multiple of 12 up to 120",
            "weekly by Funday | 10 | a weekday (Monday .. Sunday)",
            "every 2 years by 12-31 | 14 | end of input",
        })
        void refusesWithTheIndex(String text, int index, String expected) {
            assertThatThrownBy(() -> Deadline.parse(text)).isInstanceOfSatisfying(DeadlineParseException.class,
                    e -> {
                        assertThat(e.index()).isEqualTo(index);
                        assertThat(e.expected()).contains(expected);
                    });
        }
    }

    @Nested
    class Values {

        @Test
        void weeklyLimits() {
            assertThat(new Weekly(1, 0, 1, Measure.NONE)).isEqualTo(Weekly.every(1));
            assertThat(new Weekly(52, 7, 9999, Measure.ITEM)).hasToString("every 52 weeks by Sunday, at least 9999 "
                    + "items");
            assertThatThrownBy(() -> Weekly.every(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1..52 weeks: 0");
            assertThatThrownBy(() -> Weekly.every(53)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1..52 weeks: 53");
            assertThatThrownBy(() -> new Weekly(1, 8, 1, Measure.NONE)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weekday");
            assertThatThrownBy(() -> new Weekly(1, -1, 1, Measure.NONE)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Weekly(1, 0, 0, Measure.NONE)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Weekly(1, 0, 10000, Measure.TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Weekly(1, 0, 1, null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("measure");
            assertThatThrownBy(() -> Weekly.every(1).by(null)).isInstanceOf(NullPointerException.class);
            // counts normalise as in Recurring
            assertThat(new Weekly(1, 0, 1, Measure.TIME)).isEqualTo(Weekly.every(1));
            assertThat(new Weekly(1, 0, 2, Measure.NONE).measure()).isEqualTo(Measure.TIME);
        }

        @Test
        void multiYearLimits() {
            for (int years = 2; years <= 10; years++) {
                Recurring r = Recurring.everyYears(years);
                assertThat(r.months()).isEqualTo(12 * years);
                assertThat(r).hasToString("every " + years + " years");
                assertThat(r.toChinese()).isEqualTo("每" + years + "年一次");
                roundTrips(r);
            }
            assertThat(Recurring.everyYears(1)).isEqualTo(Recurring.every(12));
            for (int months : new int[] {5, 7, 13, 18, 30, 121, 132, 0, -12}) {
                assertThatThrownBy(() -> Recurring.every(months)).as("%d", months)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
            }
            assertThatThrownBy(() -> Recurring.everyYears(11)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Recurring.everyYears(0)).isInstanceOf(IllegalArgumentException.class);
            // a period of several years is due on its last day: no due day
            assertThatThrownBy(() -> Recurring.every(24).withDueDay(31)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no due day");
        }
    }

    @Nested
    class Resolving {

        @Test
        void weeklyIsDueOnEachSundayAndDoesNotRollByDefault() {
            // Sun 09-26 (an adjusted working day), Sun 10-03 (国庆), Sun 10-10, Sun 10-17
            assertThat(dueDates(Weekly.every(1), AUTUMN)).containsExactly("2021-09-26", "2021-10-03", "2021-10-10",
                    "2021-10-17");
            List<Due> dues = Weekly.every(1).resolve(AUTUMN);
            // the first week counts in full, though the window opens on Wednesday 09-22
            assertThat(dues.get(0).period()).contains(LocalDateRange.ofClosed(d("2021-09-20"), d("2021-09-26")));
            assertThat(dues.get(1).period()).contains(LocalDateRange.ofClosed(d("2021-09-27"), d("2021-10-03")));
            assertThat(dues.get(1).minimumCount()).isEqualTo(1);
            assertThat(dues.get(1).explanation().toEnglish()).isEqualTo("period 2021-W39 (2021-09-27..2021-10-03) → "
                    + "last day Sun 2021-10-03 (holiday, 国庆节) → not rolled forward (policy): due 2021-10-03");
            assertThat(dues.get(1).explanation().toChinese()).isEqualTo("周期 2021年第39周（2021-09-27至2021-10-03）→ "
                    + "最后一日 2021-10-03 周日（节假日，国庆节）→ 不顺延（政策）：截止 2021-10-03");
        }

        @Test
        void weeklyRolledAsAPeriodEnd() {
            DeadlineContext rolled = AUTUMN.withPolicy(DeadlinePolicy.builder().rollPeriodEnds(true).build());
            // Sun 09-26 is itself a working day (调休上班); Sun 10-03 → Fri 10-08 (10-04..10-07 off);
            // Sun 10-10 → Mon 10-11; Sun 10-17 → Mon 10-18
            assertThat(dueDates(Weekly.every(1), rolled)).containsExactly("2021-09-26", "2021-10-08", "2021-10-11",
                    "2021-10-18");
            // a due weekday is not a period end: rollPeriodEnds leaves it
            assertThat(dueDates(Weekly.every(1).by(DayOfWeek.FRIDAY), rolled)).containsExactly("2021-09-24",
                    "2021-10-01", "2021-10-08", "2021-10-15");
        }

        @Test
        void aDueWeekdayIsAGivenDay() {
            Deadline friday = Deadline.parse("每周五前");
            // Fri 09-24, Fri 10-01 (国庆, not rolled by default), Fri 10-08, Fri 10-15
            assertThat(dueDates(friday, AUTUMN)).containsExactly("2021-09-24", "2021-10-01", "2021-10-08",
                    "2021-10-15");
            DeadlineContext rolled = AUTUMN.withPolicy(DeadlinePolicy.builder().rollFixedDates(true).build());
            // Fri 10-01 → Fri 10-08, the first working day after 10-01..10-07
            assertThat(dueDates(friday, rolled)).containsExactly("2021-09-24", "2021-10-08", "2021-10-08",
                    "2021-10-15");
            Due holiday = friday.resolve(AUTUMN).get(1);
            assertThat(holiday.period()).contains(LocalDateRange.ofClosed(d("2021-09-27"), d("2021-10-03")));
            assertThat(holiday.explanation().toEnglish()).startsWith("period 2021-W39 (2021-09-27..2021-10-03) → "
                    + "weekday Fri 2021-10-01").endsWith("due 2021-10-01");
            assertThat(holiday.explanation().toChinese()).startsWith("周期 2021年第39周（2021-09-27至2021-10-03）→ "
                    + "当周 2021-10-01 周五");
            // a Monday due day: Mon 09-20, 09-27, 10-04 (国庆), 10-11
            assertThat(dueDates(Deadline.parse("每周一前"), AUTUMN)).containsExactly("2021-09-20", "2021-09-27",
                    "2021-10-04", "2021-10-11");
        }

        @Test
        void twoWeeksAreAlignedOnTheMondayOfTheWindowsFirstWeek() {
            // window from Wed 09-22: fortnights Mon 09-20..Sun 10-03 and Mon 10-04..Sun 10-17
            List<Due> dues = Deadline.parse("每两周").resolve(AUTUMN);
            assertThat(dues).extracting(Due::dueDate).containsExactly(d("2021-10-03"), d("2021-10-17"));
            assertThat(dues.get(0).period()).contains(LocalDateRange.ofClosed(d("2021-09-20"), d("2021-10-03")));
            assertThat(dues.get(0).explanation().toEnglish()).startsWith("period 2021-W38..2021-W39 "
                    + "(2021-09-20..2021-10-03)");
            assertThat(dues.get(0).explanation().toChinese()).startsWith("周期 2021年第38—39周");
            // by Friday of each fortnight's last week: Fri 10-01, Fri 10-15
            assertThat(dueDates(Deadline.parse("每2周周五前"), AUTUMN)).containsExactly("2021-10-01", "2021-10-15");
            // a window from Mon 09-27 starts the fortnights there instead
            DeadlineContext later = AUTUMN.withWindow(d("2021-09-27"), d("2021-10-17"));
            assertThat(dueDates(Weekly.every(2), later)).containsExactly("2021-10-10", "2021-10-24");
        }

        @Test
        void aWholeYearOfWeeksRunsFromTheWeekOfJanuaryFirst() {
            DeadlineContext y2021 = DeadlineContext.of(CAL).withYear(Year.of(2021));
            List<Due> weekly = Weekly.every(1).resolve(y2021);
            // Fri 2021-01-01 lies in Mon 2020-12-28..Sun 2021-01-03; Fri 12-31 in Mon 12-27..Sun 2022-01-02:
            // 53 weeks, Mondays 2020-12-28 + 7k, k = 0..52
            assertThat(weekly).hasSize(53);
            assertThat(weekly.get(0).period()).contains(LocalDateRange.ofClosed(d("2020-12-28"), d("2021-01-03")));
            assertThat(weekly.get(0).explanation().toEnglish()).startsWith("period 2020-W53 ");
            assertThat(weekly.get(52).dueDate()).isEqualTo("2022-01-02");
            assertThat(weekly.get(52).explanation().toEnglish()).startsWith("period 2021-W52 ");
            // fortnights: 2020-12-28 + 14k ≤ 2021-12-31 for k = 0..26 (368 days / 14 = 26.3)
            List<Due> fortnights = Weekly.every(2).resolve(y2021);
            assertThat(fortnights).hasSize(27);
            assertThat(fortnights.get(26).period()).contains(LocalDateRange.ofClosed(d("2021-12-27"),
                    d("2022-01-09")));
            assertThat(fortnights.get(26).explanation().toChinese()).startsWith("周期 2021年第52周—2022年第1周");
        }

        @Test
        void aCountBelongsToEachWeek() {
            List<Due> dues = Deadline.parse("每周不少于2篇").resolve(AUTUMN);
            assertThat(dues).hasSize(4).allSatisfy(due -> assertThat(due.minimumCount()).isEqualTo(2));
            assertThat(dues.get(0).explanation().toEnglish()).endsWith("due 2021-09-26, at least 2 articles");
            assertThat(dues.get(0).explanation().toChinese()).endsWith("，不少于2篇");
        }

        @Test
        void weeklyNeedsAWindow() {
            List<PartResolution> parts = Weekly.every(1).resolveParts(DeadlineContext.of(CAL));
            assertThat(parts.get(0).outcome()).isEqualTo(PartResolution.Outcome.NEEDS_WINDOW);
        }

        @Test
        void multiYearPeriodsStartOnJanuaryFirstOfThePlansYear() {
            DeadlineContext y2021 = DeadlineContext.of(CAL).withYear(Year.of(2021));
            List<Due> two = Deadline.parse("每两年").resolve(y2021);
            // one period 2021-01-01..2022-12-31, due Sat 2022-12-31 (元旦 2023, not rolled by default)
            assertThat(two).extracting(Due::dueDate).containsExactly(d("2022-12-31"));
            assertThat(two.get(0).period()).contains(LocalDateRange.ofClosed(d("2021-01-01"), d("2022-12-31")));
            assertThat(two.get(0).explanation().toEnglish()).isEqualTo("period 2021..2022 (2021-01-01..2022-12-31) "
                    + "→ last day Sat 2022-12-31 (holiday, 元旦) → not rolled forward (policy): due 2022-12-31");
            assertThat(two.get(0).explanation().toChinese()).startsWith("周期 2021—2022年（2021-01-01至2022-12-31）");
            // rolled: Sat 12-31, Sun 01-01 and Mon 01-02 are 元旦 days off → Tue 2023-01-03
            DeadlineContext rolled = y2021.withPolicy(DeadlinePolicy.builder().rollPeriodEnds(true).build());
            assertThat(dueDates(Deadline.parse("每2年一次"), rolled)).containsExactly("2023-01-03");
            // 每三年: 2021..2023, due Sun 2023-12-31
            assertThat(dueDates(Deadline.parse("每三年"), y2021)).containsExactly("2023-12-31");
            // a window from 2021-06-24 to 2025-12-31: 2021–2022, 2023–2024, 2025–2026 (the last in full)
            DeadlineContext long5 = y2021.withWindow(d("2021-06-24"), d("2025-12-31"));
            assertThat(dueDates(Recurring.everyYears(2), long5)).containsExactly("2022-12-31", "2024-12-31",
                    "2026-12-31");
            // 每五年 from 2021: 2021..2025, due 2025-12-31
            assertThat(dueDates(Deadline.parse("每五年"), long5)).containsExactly("2025-12-31");
        }

        @Test
        void periodsPastTheDatesJavaKnowsAreALibraryException() {
            // a week or a span of years reaching past the first or last date Java can represent is a library
            // exception, never a DateTimeException (LocalDate.MAX, +999999999-12-31, is a Friday: its week ends
            // two days later)
            DeadlineContext first = DeadlineContext.of(CAL).withWindow(LocalDate.MIN.plusDays(3),
                    LocalDate.MIN.plusDays(20));
            DeadlineContext last = DeadlineContext.of(CAL).withWindow(LocalDate.MAX.minusDays(20),
                    LocalDate.MAX.minusDays(3));
            for (Deadline d : List.of(Weekly.every(1), Weekly.every(52).by(DayOfWeek.FRIDAY),
                    Recurring.everyYears(10))) {
                for (DeadlineContext ctx : List.of(first, last)) {
                    try {
                        for (Due due : d.resolve(ctx)) {
                            assertThat(due.explanation().toEnglish()).isNotEmpty();
                            assertThat(due.explanation().toChinese()).isNotEmpty();
                        }
                    } catch (dev.shixian.ShixianException e) {
                        assertThat(e.getMessage()).isNotBlank();
                    }
                }
            }
            assertThatThrownBy(() -> Weekly.every(1).resolve(last))
                    .isInstanceOf(dev.shixian.calendar.CalendarCoverageException.class)
                    .hasMessageContaining("past the first or last date Java can represent");
            assertThatThrownBy(() -> Recurring.everyYears(2).resolve(last))
                    .isInstanceOf(dev.shixian.calendar.CalendarCoverageException.class);
        }

        @Test
        void threeYearsAfterTheTrigger() {
            // 三年内: 3 years after the trigger, as N年内 (docs/RULES.md §2.5); Thu 2021-09-30 + 3 years is
            // Mon 2024-09-30, a working day
            Deadline d = Deadline.parse("三年内");
            assertThat(d).isEqualTo(new AfterEvent(3, AfterEvent.Counting.YEARS, List.of()));
            assertThat(d.resolve(DeadlineContext.of(CAL).withTrigger(d("2021-09-30"))).get(0).dueDate())
                    .isEqualTo("2024-09-30");
        }
    }

    @Nested
    class Scheduling {

        private Plan.Builder plan() {
            return Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                    .window(d("2021-09-22"), d("2021-10-17"))
                    .unit(Unit.of("zfb", "市政府办公室"));
        }

        @Test
        void oneObligationPerWeekWithAnIsoWeekId() {
            Plan p = plan().task(Task.builder("8").content("政务信息报送").lead("zfb").timeLimit("每周五前"))
                    .task(Task.builder("9").content("栏目更新").lead("zfb").timeLimit("每两周更新一次")).build();
            Schedule s = Scheduler.of(CAL).schedule(p);
            assertThat(s.obligations("8")).extracting(Obligation::id).containsExactly("xy/8/2021-W38@zfb",
                    "xy/8/2021-W39@zfb", "xy/8/2021-W40@zfb", "xy/8/2021-W41@zfb");
            Obligation w39 = s.find("xy/8/2021-W39@zfb").orElseThrow();
            assertThat(w39.kind()).isEqualTo(Obligation.Kind.DATED);
            assertThat(w39.dueDate()).hasValue(d("2021-10-01"));
            assertThat(w39.period()).contains(LocalDateRange.ofClosed(d("2021-09-27"), d("2021-10-03")));
            // two weeks: the dates of the span
            assertThat(s.obligations("9")).extracting(Obligation::id).containsExactly(
                    "xy/9/2021-09-20..2021-10-03@zfb", "xy/9/2021-10-04..2021-10-17@zfb");
            assertThat(s.obligations("9")).extracting(o -> o.dueDate().orElseThrow()).containsExactly(
                    d("2021-10-03"), d("2021-10-17"));

            // done on Thu 09-30 within the week of 09-27: on time; the week of 10-04 is open as of Sat 10-09
            String id39 = "xy/8/2021-W39@zfb";
            assertThat(s.statusAsOf(d("2021-10-09"), List.of(Completion.of(id39, d("2021-09-30")))).status(id39)
                    .status()).isEqualTo(DueStatus.DONE_ON_TIME);
            String id40 = "xy/8/2021-W40@zfb";
            assertThat(s.statusAsOf(d("2021-10-09"), List.<Completion>of()).status(id40).status())
                    .isEqualTo(DueStatus.OVERDUE);
        }

        @Test
        void multiYearObligationsHaveAYearRangeId() {
            Plan p = Plan.builder("xy").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                    .unit(Unit.of("zfb", "市政府办公室"))
                    .task(Task.builder("3").content("评估").lead("zfb").timeLimit("每两年开展一次")).build();
            Schedule s = Scheduler.of(CAL).schedule(p);
            assertThat(s.obligations("3")).extracting(Obligation::id).containsExactly("xy/3/2021..2022@zfb");
            assertThat(s.find("xy/3/2021..2022@zfb").flatMap(Obligation::dueDate)).isEqualTo(
                    Optional.of(d("2022-12-31")));
        }
    }
}
