package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.DayKind;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlinePolicy;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8 rows 16, 25, 26, 27 and 34 on the official calendar, with the dates the notices give. */
class OfficialRulesExamplesTest {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();

    private static LocalDate due(String phrase, LocalDate trigger, DeadlinePolicy policy) {
        DeadlineContext ctx = DeadlineContext.of(CHINA).withYear(Year.of(trigger.getYear())).withTrigger(trigger)
                .withPolicy(policy);
        return Deadline.parse(phrase).resolve(ctx).get(0).dueDate();
    }

    @Test
    void row16TheNextYearsNoticeChangesTheLastDaysOfDecember() {
        // 国办发明电〔2018〕15号 (the 2019 notice): 元旦 2018-12-30..2019-01-01 off, Sat 2018-12-29 worked
        assertThat(CHINA.dayKind(of(2018, 12, 29))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(CHINA.dayKind(of(2018, 12, 31))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CHINA.holidayName(of(2018, 12, 31))).hasValue("元旦");
    }

    @Test
    void row25TwentyDaysLandingInTheLabourDayHolidayRollForward() {
        // Sun 2025-04-13 + 20 days = Sat 2025-05-03, inside 劳动节 05-01..05-05 (国办发明电〔2024〕12号) → Tue 05-06
        assertThat(due("20日内", of(2025, 4, 13), DeadlinePolicy.defaults())).isEqualTo(of(2025, 5, 6));
    }

    @Test
    void row26OneMonthAfterTheLastOfJanuaryInALeapYear() {
        // 2024-01-31 + 1 month: no 02-31, so the month's last day, Thu 2024-02-29, a working day
        assertThat(due("1个月内", of(2024, 1, 31), DeadlinePolicy.defaults())).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void row27OneYearAfterALeapDay() {
        // 2024-02-29 + 1 year: no 2025-02-29, so Fri 2025-02-28, a working day
        assertThat(due("1年内", of(2024, 2, 29), DeadlinePolicy.defaults())).isEqualTo(of(2025, 2, 28));
    }

    @Test
    void row34APeriodEndInTheSpringFestivalIsKeptUnlessThePolicyRolls() {
        // 2022-01-31 is 除夕, a day off of 春节 01-31..02-06 (国办发明电〔2021〕11号); the next working day is Mon 02-07
        assertThat(due("2022年1月底前", of(2022, 1, 1), DeadlinePolicy.defaults())).isEqualTo(of(2022, 1, 31));
        assertThat(due("2022年1月底前", of(2022, 1, 1), DeadlinePolicy.builder().rollPeriodEnds(true).build()))
                .isEqualTo(of(2022, 2, 7));
    }
}
