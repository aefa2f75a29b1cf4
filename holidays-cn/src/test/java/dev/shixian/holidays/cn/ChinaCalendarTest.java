package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.WorkingCalendar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class ChinaCalendarTest {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();

    /** docs/RULES.md §8 examples 1–4: N个工作日内 after an event. */
    static Stream<Arguments> workingDayExamples() {
        return Stream.of(
                Arguments.of(1, of(2021, 9, 30), 3, of(2021, 10, 11)),
                Arguments.of(2, of(2024, 9, 27), 3, of(2024, 10, 8)),
                Arguments.of(3, of(2025, 1, 24), 3, of(2025, 2, 5)),
                Arguments.of(4, of(2020, 4, 9), 20, of(2020, 5, 9)));
    }

    @ParameterizedTest(name = "example {0}: {2} working days after {1} is {3}")
    @MethodSource("workingDayExamples")
    void semanticsExamplesWorkingDays(int example, LocalDate event, int n, LocalDate due) {
        assertThat(CHINA.plusWorkingDays(event, n)).isEqualTo(due);
        assertThat(CHINA.workingDaysBetween(event, due)).isEqualTo(n);
        assertThat(CHINA.isWorkingDay(due)).isTrue();
    }

    @Test
    void semanticsExample1Days() {
        assertThat(CHINA.plusWorkingDays(of(2021, 9, 30), 1)).isEqualTo(of(2021, 10, 8));
        assertThat(CHINA.plusWorkingDays(of(2021, 9, 30), 2)).isEqualTo(of(2021, 10, 9));
        assertThat(CHINA.dayKind(of(2021, 10, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void semanticsExample2Days() {
        assertThat(CHINA.dayKind(of(2024, 9, 29))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(CHINA.plusWorkingDays(of(2024, 9, 27), 1)).isEqualTo(of(2024, 9, 29));
        assertThat(CHINA.plusWorkingDays(of(2024, 9, 27), 2)).isEqualTo(of(2024, 9, 30));
    }

    @Test
    void semanticsExample4LandsOnAnAdjustedSaturday() {
        assertThat(CHINA.dayKind(of(2020, 5, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void semanticsExample5CalendarDaysRollForward() {
        // 20日内 after 2024-04-12: 2024-05-02 is a holiday -> 2024-05-06
        LocalDate raw = of(2024, 4, 12).plusDays(20);
        assertThat(raw).isEqualTo(of(2024, 5, 2));
        assertThat(CHINA.dayKind(raw)).isEqualTo(DayKind.HOLIDAY);
        assertThat(CHINA.holidayName(raw)).contains("劳动节");
        assertThat(CHINA.rollForward(raw)).isEqualTo(of(2024, 5, 6));
    }

    @Test
    void semanticsExample6MonthEndRollsForward() {
        // 1个月内 after 2021-01-31: 2021-02-28 is a Sunday -> 2021-03-01
        LocalDate raw = of(2021, 1, 31).plusMonths(1);
        assertThat(raw).isEqualTo(of(2021, 2, 28));
        assertThat(CHINA.dayKind(raw)).isEqualTo(DayKind.REST_DAY);
        assertThat(raw.with(CHINA.rollForward())).isEqualTo(of(2021, 3, 1));
    }

    @Test
    void semanticsExample7RollsOntoAnAdjustedSaturday() {
        // 1个月内 after 2023-08-31: 2023-09-30 is a holiday -> 2023-10-07 (adjusted Saturday)
        LocalDate raw = of(2023, 8, 31).plusMonths(1);
        assertThat(CHINA.dayKind(raw)).isEqualTo(DayKind.HOLIDAY);
        assertThat(CHINA.rollForward(raw)).isEqualTo(of(2023, 10, 7));
        assertThat(CHINA.dayKind(of(2023, 10, 7))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void semanticsExamples8And9Overdue() {
        assertThat(CHINA.workingDaysBetween(of(2021, 10, 11), of(2021, 10, 15))).isEqualTo(4);
        assertThat(CHINA.workingDaysBetween(of(2024, 9, 30), of(2024, 10, 9))).isEqualTo(2);
    }

    static Stream<Arguments> dayKinds() {
        return Stream.of(
                // docs/RULES.md §1 table and §8 examples 12, 13
                Arguments.of(of(2021, 9, 30), DayKind.WORKDAY, null),
                Arguments.of(of(2021, 10, 4), DayKind.HOLIDAY, "国庆节"),
                Arguments.of(of(2021, 10, 9), DayKind.ADJUSTED_WORKDAY, "国庆节"),
                Arguments.of(of(2021, 10, 10), DayKind.REST_DAY, null),
                Arguments.of(of(2026, 1, 4), DayKind.ADJUSTED_WORKDAY, "元旦"),
                Arguments.of(of(2026, 2, 14), DayKind.ADJUSTED_WORKDAY, "春节"),
                Arguments.of(of(2026, 2, 28), DayKind.ADJUSTED_WORKDAY, "春节"),
                // December dates fixed by the next year's notice
                Arguments.of(of(2007, 12, 29), DayKind.ADJUSTED_WORKDAY, "元旦"),
                Arguments.of(of(2007, 12, 30), DayKind.HOLIDAY, "元旦"),
                Arguments.of(of(2007, 12, 31), DayKind.HOLIDAY, "元旦"),
                Arguments.of(of(2008, 1, 1), DayKind.HOLIDAY, "元旦"),
                // 2015: the 70th anniversary of the victory, 国办发明电〔2015〕5号
                Arguments.of(of(2015, 9, 3), DayKind.HOLIDAY, "抗战胜利纪念日"),
                // 2020: the epidemic extension of 春节, 国办发明电〔2020〕1号
                Arguments.of(of(2020, 2, 2), DayKind.HOLIDAY, "春节"),
                Arguments.of(of(2020, 1, 31), DayKind.HOLIDAY, "春节"),
                // 2004–2006: golden weeks
                Arguments.of(of(2004, 1, 22), DayKind.HOLIDAY, "春节"),
                Arguments.of(of(2005, 10, 7), DayKind.HOLIDAY, "国庆节"),
                Arguments.of(of(2006, 5, 7), DayKind.HOLIDAY, "劳动节"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("dayKinds")
    void dayKinds(LocalDate date, DayKind kind, String name) {
        assertThat(CHINA.dayKind(date)).isEqualTo(kind);
        assertThat(CHINA.holidayName(date).orElse(null)).isEqualTo(name);
    }

    @Test
    void holdsEveryNoticeFrom2004Through2026WithItsNumber() {
        assertThat(CHINA.coverage()).isEqualTo(LocalDateRange.ofClosed(of(2004, 1, 1), of(2026, 12, 31)));
        assertThat(CHINA.answerableRange()).isEqualTo(CHINA.coverage());
        List<Integer> years = new ArrayList<>();
        for (HolidayNotice notice : CHINA.notices()) {
            if (!years.contains(notice.year().getValue())) {
                years.add(notice.year().getValue());
            }
            assertThat(notice.documentNumber()).as("文号 of %s", notice).isPresent();
            assertThat(notice.documentNumber().get()).matches("国(办)?发明电〔\\d{4}〕\\d+号");
            assertThat(notice.title()).contains("国务院");
            assertThat(notice.days()).isNotEmpty();
        }
        assertThat(years).hasSize(23).startsWith(2004).endsWith(2026);
        assertThat(CHINA.notices()).hasSize(26);
        assertThat(CHINA.notice(of(2021, 10, 9)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2020〕27号");
        assertThat(CHINA.notice(of(2007, 12, 29)).map(HolidayNotice::year)).contains(Year.of(2008));
        assertThat(CHINA.notice(of(2021, 10, 11))).isEmpty();
        assertThat(CHINA.notice(of(2020, 2, 2)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2020〕1号");
        assertThat(CHINA.notice(of(2015, 9, 3)).flatMap(HolidayNotice::documentNumber)).contains("国发明电〔2015〕1号");
        assertThat(CHINA.notice(of(2019, 5, 2)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2019〕3号");
    }

    @Test
    void aLaterNoticeOfTheSameYearDecides() {
        // the annual 2020 notice made Saturday 2020-02-01 a working day; the extension made it a day off again
        assertThat(CHINA.dayKind(of(2020, 2, 1))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CHINA.notice(of(2020, 2, 1)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2020〕1号");
        assertThat(CHINA.dayKind(of(2020, 1, 19))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        // 2019: the second notice made 劳动节 four days, with 04-28 and 05-05 worked
        assertThat(CHINA.dayKind(of(2019, 5, 4))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CHINA.dayKind(of(2019, 5, 5))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(CHINA.dayKind(of(2015, 9, 6))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void coverageIsStrict() {
        assertThatThrownBy(() -> CHINA.isWorkingDay(of(2027, 1, 4)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2027-01-04")
                .hasMessageContaining("2004-01-01 to 2026-12-31")
                .hasMessageContaining("addNotices")
                .hasMessageContaining("ProvisionalPolicy");
        assertThatThrownBy(() -> CHINA.plusWorkingDays(of(2026, 12, 30), 3))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("3 working days after 2026-12-30");
        assertThatThrownBy(() -> CHINA.dayKind(of(2003, 12, 31))).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> CHINA.workingDaysBetween(of(2026, 12, 1), of(2027, 1, 1)))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void provisional2027IsOptInAndMarked() {
        ChinaCalendar cal = ChinaCalendar.official().toBuilder()
                .provisionalPolicy(ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)))
                .build();
        assertThat(cal.coverage().getEndInclusive()).isEqualTo(of(2026, 12, 31));
        assertThat(cal.answerableRange().getEndInclusive()).isEqualTo(of(2027, 12, 31));
        // 春节 2027: 除夕 02-05, 初一 02-06, 初二, 初三 02-08 (2025 rules)
        for (LocalDate d = of(2027, 2, 5); !d.isAfter(of(2027, 2, 8)); d = d.plusDays(1)) {
            assertThat(cal.dayKind(d)).as("%s", d).isEqualTo(DayKind.HOLIDAY);
            assertThat(cal.holidayName(d)).contains("春节");
            assertThat(cal.isProvisional(d)).isTrue();
        }
        assertThat(cal.dayKind(of(2027, 2, 4))).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.dayKind(of(2027, 2, 9))).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.dayKind(of(2027, 5, 2))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.dayKind(of(2027, 5, 3))).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.dayKind(of(2027, 10, 3))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.dayKind(of(2027, 10, 4))).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.isProvisional(of(2026, 12, 31))).isFalse();
        LocalDate due = cal.plusWorkingDays(of(2026, 12, 30), 3);
        assertThat(due).isEqualTo(of(2027, 1, 5));
        assertThat(cal.isProvisional(due)).isTrue();
        assertThat(cal.notice(of(2027, 2, 6))).isEmpty();
        assertThatThrownBy(() -> cal.isWorkingDay(of(2028, 1, 3))).isInstanceOf(CalendarCoverageException.class);
        assertThat(CHINA.withProvisionalPolicy(ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027))))
                .isEqualTo(cal);
        assertThatThrownBy(() -> ProvisionalPolicy.statutoryHolidaysThrough(Year.of(3000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000");
    }

    /** A 2027 notice in holiday-cn's JSON format, written by this test (illustrative days, not the real notice). */
    static final String NOTICE_2027_JSON = "{\"year\": 2027, \"papers\": [\"https://example.org/2027\"], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-05\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-07\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-08\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-09\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-20\", \"isOffDay\": false}]}";

    @Test
    void adding2027FromJsonExtendsCoverage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("2027.json");
        Files.writeString(file, NOTICE_2027_JSON, StandardCharsets.UTF_8);
        ChinaCalendar cal = CHINA.withNotices(file);
        assertThat(cal.coverage()).isEqualTo(LocalDateRange.ofClosed(of(2004, 1, 1), of(2027, 12, 31)));
        assertThat(cal.isProvisional(of(2027, 6, 1))).isFalse();
        assertThat(cal.dayKind(of(2027, 2, 9))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.dayKind(of(2027, 2, 20))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(cal.plusWorkingDays(of(2026, 12, 30), 3)).isEqualTo(of(2027, 1, 5));
        assertThat(cal.notice(of(2027, 2, 20)).map(HolidayNotice::source).orElseThrow()).contains("2027.json");
        assertThat(cal.notice(of(2027, 2, 20)).flatMap(HolidayNotice::documentNumber)).isEmpty();
        // the official calendar itself is unchanged
        assertThatThrownBy(() -> CHINA.isWorkingDay(of(2027, 2, 9))).isInstanceOf(CalendarCoverageException.class);
        // the same from a classpath-free stream and from the builder
        ChinaCalendar fromStream = ChinaCalendar.official().toBuilder()
                .addNotices(Files.newInputStream(file), "stream-2027", NoticeFormat.HOLIDAY_CN_JSON)
                .build();
        assertThat(fromStream.dayKind(of(2027, 2, 20))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void adding2027InTheProjectFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("2027.txt");
        Files.writeString(file, "notice 2027\ntitle 国务院办公厅关于2027年部分节假日安排的通知\n"
                + "number 国办发明电〔2026〕99号\npublished 2026-11-20\noff 2027-01-01..2027-01-03 元旦\n"
                + "work 2027-01-09 元旦\nend\n", StandardCharsets.UTF_8);
        ChinaCalendar cal = CHINA.withNotices(file);
        assertThat(cal.dayKind(of(2027, 1, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(cal.notice(of(2027, 1, 2)).flatMap(HolidayNotice::documentNumber)).contains("国办发明电〔2026〕99号");
        assertThat(cal.notice(of(2027, 1, 2)).flatMap(HolidayNotice::published)).contains(of(2026, 11, 20));
    }

    @Test
    void addingANoticeFromTheClasspath() {
        ChinaCalendar cal = ChinaCalendar.official().toBuilder().addNoticesFromClasspath("holidays/2027.txt").build();
        assertThat(cal.coverage().getEndInclusive()).isEqualTo(of(2027, 12, 31));
        assertThat(cal.dayKind(of(2027, 2, 11))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.dayKind(of(2027, 2, 20))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(cal.notice(of(2027, 2, 20)).map(HolidayNotice::source).orElseThrow())
                .isEqualTo("classpath:holidays/2027.txt");
    }

    @Test
    void noticesMustBeConsecutiveAndConsistent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("2028.txt");
        Files.writeString(file, "notice 2028\ntitle t\nnumber n\noff 2028-01-01 元旦\nend\n");
        assertThatThrownBy(() -> CHINA.withNotices(file))
                .isInstanceOf(HolidayDataException.class).hasMessageContaining("2028.txt")
                .hasMessageContaining("not 2027");
        Path clash = dir.resolve("clash.txt");
        Files.writeString(clash, "notice 2021\ntitle t\nnumber n\noff 2021-10-09 国庆节\nend\n");
        assertThatThrownBy(() -> CHINA.withNotices(clash))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("clash.txt")
                .hasMessageContaining("2021-10-09")
                .hasMessageContaining("国办发明电〔2020〕27号");
        // builder() starts empty, like ImmutableWorkingCalendar.builder(); official().toBuilder() holds 2004-2026
        assertThatThrownBy(() -> ChinaCalendar.builder().build())
                .isInstanceOf(IllegalStateException.class);
        assertThat(ChinaCalendar.official().toBuilder().build()).isEqualTo(CHINA);
        assertThat(ChinaCalendar.official().toBuilder().clearNotices().addNoticesFromClasspath("holidays/2027.txt")
                .build().coverage()).isEqualTo(LocalDateRange.ofClosed(of(2027, 1, 1), of(2027, 12, 31)));
        assertThatThrownBy(() -> ChinaCalendar.official().toBuilder().addNoticesFromClasspath("no/such/2027.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such/2027.json");
    }

    @Test
    void overlaysKeepNames() {
        WorkingCalendar local = CHINA.withExtraDaysOff(Map.of(of(2021, 3, 15), "三月三"));
        assertThat(local.dayKind(of(2021, 3, 15))).isEqualTo(DayKind.HOLIDAY);
        assertThat(local.holidayName(of(2021, 3, 15))).contains("三月三");
        assertThat(local.holidayName(of(2021, 10, 9))).contains("国庆节");
        assertThat(local.coverage()).isEqualTo(CHINA.coverage());
        assertThat(CHINA.dayKind(of(2021, 3, 15))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void sameResultsUnderEveryDefaultTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        List<String> results = new ArrayList<>();
        try {
            for (String zone : List.of("Etc/GMT+12", "UTC", "Asia/Shanghai", "Etc/GMT-14")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                // a fresh calendar, loaded under this zone
                ChinaCalendar cal = ChinaCalendar.official().toBuilder().build();
                StringBuilder sb = new StringBuilder();
                for (LocalDate d = of(2020, 12, 25); d.isBefore(of(2021, 10, 20)); d = d.plusDays(1)) {
                    sb.append(cal.dayKind(d)).append(cal.plusWorkingDays(d, 3))
                            .append(cal.workingDaysBetween(of(2021, 1, 1), d)).append(cal.holidayName(d));
                }
                results.add(sb.toString());
            }
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(results).hasSize(4).containsOnly(results.get(0));
        assertThat(results.get(0)).contains("ADJUSTED_WORKDAY2021-10-13");
    }
}
