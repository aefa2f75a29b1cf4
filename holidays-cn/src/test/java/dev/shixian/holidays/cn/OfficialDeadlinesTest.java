package dev.shixian.holidays.cn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DisclosureRequest;
import dev.shixian.deadline.Due;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SEMANTICS.md §8 examples 1–11 through {@code Deadline.parse(...).resolve(...)} on the official calendar. */
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
        assertThat(dues.get(0).provisional()).isFalse();
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
        ChinaCalendar cal = CHINA.withProvisional(ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)));
        Due due = Deadline.parse("印发后3个工作日内")
                .resolve(DeadlineContext.of(cal).withYear(Year.of(2027)).withTrigger(of(2027, 2, 3))).get(0);
        // 02-04 Thu, then 春节 02-05..08 (provisional), 02-09 Tue, 02-10 Wed
        assertThat(due.dueDate()).isEqualTo(of(2027, 2, 10));
        assertThat(due.provisional()).isTrue();
    }
}
