package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DeadlinePolicy;
import dev.shixian.deadline.DisclosureRequest;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.PartResolution;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/RULES.md §8 examples 1–11 through {@code Deadline.parse(...).resolve(...)} on the official calendar. */
class OfficialDeadlinesTest {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(1, "3个工作日内", of(2021, 9, 30), of(2021, 10, 11)),
                Arguments.of(2, "3个工作日内", of(2024, 9, 27), of(2024, 10, 8)),
                Arguments.of(3, "3个工作日内", of(2025, 1, 24), of(2025, 2, 5)),
                Arguments.of(4, "20个工作日内", of(2020, 4, 9), of(2020, 5, 9)),
                Arguments.of(5, "20日内", of(2024, 4, 12), of(2024, 5, 6)),
                Arguments.of(6, "1个月内", of(2021, 1, 31), of(2021, 3, 1)),
                Arguments.of(7, "1个月内", of(2023, 8, 31), of(2023, 10, 7)));
    }

    @ParameterizedTest(name = "example {0}: {1} after {2} is due {3}")
    @MethodSource("examples")
    void semanticsExamples1To7(int example, String phrase, LocalDate trigger, LocalDate due) {
        DeadlineContext ctx = DeadlineContext.of(CHINA).withYear(Year.of(trigger.getYear())).withTrigger(trigger);
        List<Due> dues = Deadline.parse(phrase).resolve(ctx);
        assertThat(dues).hasSize(1);
        assertThat(dues.get(0).dueDate()).isEqualTo(due);
        assertThat(dues.get(0).isProvisional()).isFalse();
        assertThat(dues.get(0).isSettled()).isTrue();
        // a strict caller gets the same answers: every day they use is settled
        assertThat(Deadline.parse(phrase).resolve(ctx.withPolicy(DeadlinePolicy.builder().requireSettled(true)
                .build())).get(0).dueDate()).isEqualTo(due);
    }

    @Test
    void theIssueSnippetAndItsExplanation() {
        DeadlineContext ctx = DeadlineContext.of(CHINA).withYear(Year.of(2021)).withTrigger(LocalDate.of(2021, 9, 30));
        List<Due> dues = Deadline.parse("印发后3个工作日内").resolve(ctx);
        assertThat(dues.get(0).dueDate()).isEqualTo(of(2021, 10, 11));
        assertThat(dues.get(0).explanation().toEnglish()).isEqualTo("issued Thu 2021-09-30 (day 0, not counted) → "
                + "1 Fri 10-08 → 2 Sat 10-09 (adjusted working day, 国庆节) → 3 Mon 10-11: due 2021-10-11");
        assertThat(dues.get(0).explanation().toChinese()).contains("2021-10-11").contains("调休上班").contains("国庆节");
    }

    @Test
    void semanticsExamples8And9OverdueByWorkingDays() {
        DeadlineContext ctx = DeadlineContext.of(CHINA).withYear(Year.of(2021)).withTrigger(of(2021, 9, 30));
        LocalDate due = Deadline.parse("印发后3个工作日内").resolve(ctx).get(0).dueDate();
        assertThat(CHINA.workingDaysBetween(due, of(2021, 10, 15))).isEqualTo(4);
        LocalDate due2024 = Deadline.parse("by 2024-09-30").resolve(DeadlineContext.of(CHINA)).get(0).dueDate();
        assertThat(CHINA.workingDaysBetween(due2024, of(2024, 10, 9))).isEqualTo(2);
    }

    @Test
    void semanticsExample10CompletedApplicationRestartsTheClock() {
        Due due = DisclosureRequest.receivedOn(of(2024, 9, 20)).withCompletedApplication(of(2024, 10, 10))
                .replyDue(CHINA);
        assertThat(due.dueDate()).isEqualTo(of(2024, 11, 6));
    }

    @Test
    void semanticsExample11ConsultationPausesTheClock() {
        DisclosureRequest request = DisclosureRequest.receivedOn(of(2024, 3, 1));
        assertThat(request.replyDue(CHINA).dueDate()).isEqualTo(of(2024, 3, 29));
        assertThat(request.withConsultation(of(2024, 3, 11), of(2024, 3, 22)).replyDue(CHINA).dueDate())
                .isEqualTo(of(2024, 4, 15));
    }

    @Test
    void provisionalDaysMarkTheDue() {
        ChinaCalendar cal = CHINA.withProvisionalPolicy(ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)));
        Due due = Deadline.parse("印发后3个工作日内")
                .resolve(DeadlineContext.of(cal).withYear(Year.of(2027)).withTrigger(of(2027, 2, 3))).get(0);
        // 02-04 Thu, then 春节 02-05..08 (provisional), 02-09 Tue, 02-10 Wed
        assertThat(due.dueDate()).isEqualTo(of(2027, 2, 10));
        assertThat(due.isProvisional()).isTrue();
        assertThat(due.isSettled()).isFalse();
        assertThat(due.explanation().toEnglish()).endsWith("due 2027-02-10 (provisional: uses 2027-02-04, past the"
                + " calendar's published notices; subject to the State Council notice)");
        assertThat(due.explanation().toChinese()).endsWith("截止 2027-02-10（临时安排：用到 2027-02-04，超出已发布的通知；"
                + "以国务院通知为准）");
        assertThat(due.explanation().toChinese()).startsWith("印发 2027-02-03 周三（当日不计入）→ 第1个工作日 02-04 周四（临时）"
                + "→ 第2个工作日 02-09 周二（临时）→ 第3个工作日 02-10 周三（临时）").doesNotContain("超出日历数据范围");
    }

    @Test
    void pastTheOfficialNoticesADayIsNeverTakenForAWorkingDay() {
        DeadlineContext strict = DeadlineContext.of(CHINA).withPolicy(DeadlinePolicy.builder().rollFixedDates(true)
                .build());
        // Sunday 2027-01-10 cannot be judged without the 2027 notice, so it cannot be rolled
        assertThatThrownBy(() -> Deadline.parse("2027年1月10日前").resolve(strict))
                .isInstanceOfSatisfying(CalendarCoverageException.class,
                    e -> assertThat(e.date()).isEqualTo(of(2027, 1, 10)));
        // not rolled, the date needs no calendar day, and the explanation claims no day kind
        Due unrolled = Deadline.parse("2027年1月10日前").resolve(DeadlineContext.of(CHINA)).get(0);
        assertThat(unrolled.dueDate()).isEqualTo(of(2027, 1, 10));
        assertThat(unrolled.isProvisional()).isFalse();
        assertThat(unrolled.explanation().toEnglish()).isEqualTo("fixed date Sun 2027-01-10 (outside the calendar's"
                + " data, day kind unknown): due 2027-01-10");
        // 3 calendar days after Wed 2026-12-30 is 2027-01-02, past the notices
        assertThatThrownBy(() -> Deadline.parse("印发后3日内").resolve(DeadlineContext.of(CHINA)
                .withTrigger(of(2026, 12, 30)))).isInstanceOfSatisfying(CalendarCoverageException.class,
                    e -> assertThat(e.date()).isEqualTo(of(2027, 1, 2)));
    }

    @Test
    void provisionallyNewYearsDayRollsToTheNextMonday() {
        // 元旦 2027-01-01 (Fri) is a statutory holiday; with no notice there is no 调休, so Sat 01-02 and Sun 01-03
        // are rest days and the first working day is Mon 2027-01-04
        ChinaCalendar cal = CHINA.withProvisionalPolicy(ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)));
        Due due = Deadline.parse("2027年1月1日前").resolve(DeadlineContext.of(cal).withPolicy(DeadlinePolicy.builder()
                .rollFixedDates(true).build())).get(0);
        assertThat(due.dueDate()).isEqualTo(of(2027, 1, 4));
        assertThat(due.isProvisional()).isTrue();
        assertThat(due.explanation().toEnglish()).startsWith("fixed date Fri 2027-01-01 (holiday, ")
                .contains("provisional) → rolled forward to the next working day Mon 01-04: due 2027-01-04"
                        + " (provisional: uses 2027-01-01");
        assertThat(due.explanation().toChinese()).contains("临时安排").contains("以国务院通知为准");
    }

    @Test
    void partsOfAPlanCellOnTheOfficialCalendar() {
        Deadline d = Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。");
        DeadlineContext ctx = DeadlineContext.of(CHINA).withYear(Year.of(2021));
        List<PartResolution> parts = d.resolveParts(ctx);
        assertThat(parts).extracting(PartResolution::outcome).containsExactly(
                PartResolution.Outcome.AWAITING_EVENTS, PartResolution.Outcome.DATED);
        assertThat(parts.get(0).awaitedEvents()).containsExactly(Event.FORMATION);
        assertThat(parts.get(1).dues()).extracting(Due::dueDate).containsExactly(of(2021, 9, 30));
        // formed Fri 2021-09-10: +20 days = Thu 09-30, a working day
        List<PartResolution> dated = d.resolveParts(ctx.withEvent(Event.FORMATION, of(2021, 9, 10)));
        assertThat(dated.get(0).dues()).extracting(Due::dueDate).containsExactly(of(2021, 9, 30));
    }
}
