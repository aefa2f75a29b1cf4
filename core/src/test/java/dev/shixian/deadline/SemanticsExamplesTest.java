package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/RULES.md §8, worked examples 1–11, verbatim, through {@code Deadline.parse(...).resolve(...)}. */
class SemanticsExamplesTest {

    private static final WorkingCalendar CAL = TestCalendars.china();

    private static LocalDate due(String phrase, String trigger) {
        LocalDate t = LocalDate.parse(trigger);
        DeadlineContext ctx = DeadlineContext.of(CAL).withYear(Year.of(t.getYear())).withTrigger(t);
        List<Due> dues = Deadline.parse(phrase).resolve(ctx);
        assertThat(dues).hasSize(1);
        assertThat(dues.get(0).isProvisional()).isFalse();
        assertThat(dues.get(0).isSettled()).isTrue();
        List<PartResolution> parts = Deadline.parse(phrase).resolveParts(ctx);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).dues()).isEqualTo(dues);
        return dues.get(0).dueDate();
    }

    @ParameterizedTest(name = "#{0}: {1} after {2} is due {3}")
    @CsvSource({
        "1, 3个工作日内, 2021-09-30, 2021-10-11",
        "2, 3个工作日内, 2024-09-27, 2024-10-08",
        "3, 3个工作日内, 2025-01-24, 2025-02-05",
        "4, 20个工作日内, 2020-04-09, 2020-05-09",
        "5, 20日内, 2024-04-12, 2024-05-06",
        "6, 1个月内, 2021-01-31, 2021-03-01",
        "7, 1个月内, 2023-08-31, 2023-10-07",
    })
    void examples1to7(int number, String phrase, String trigger, String expected) {
        assertThat(due(phrase, trigger)).isEqualTo(expected);
    }

    @Test
    void example4IsTheGuizhou2020PlanPhrase() {
        assertThat(due("印发后的20个工作日内", "2020-04-09")).isEqualTo("2020-05-09");
        assertThat(CAL.dayKind(LocalDate.of(2020, 5, 9))).isEqualTo(dev.shixian.calendar.DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void example1TheIssueSnippet() {
        DeadlineContext ctx = DeadlineContext.of(CAL).withYear(Year.of(2021)).withTrigger(LocalDate.of(2021, 9, 30));
        List<Due> dues = Deadline.parse("印发后3个工作日内").resolve(ctx);
        assertThat(dues.get(0).dueDate()).isEqualTo(LocalDate.of(2021, 10, 11));
    }

    @Test
    void example8OverdueByFourWorkingDays() {
        LocalDate due = Deadline.parse("2021年10月11日前")
                .resolve(DeadlineContext.of(CAL).withYear(Year.of(2021))).get(0).dueDate();
        assertThat(due).isEqualTo("2021-10-11");
        assertThat(CAL.workingDaysBetween(due, LocalDate.of(2021, 10, 15))).isEqualTo(4);
    }

    @Test
    void example9OverdueByTwoWorkingDays() {
        LocalDate due = Deadline.parse("2024年9月30日前")
                .resolve(DeadlineContext.of(CAL).withYear(Year.of(2024))).get(0).dueDate();
        assertThat(due).isEqualTo("2024-09-30");
        assertThat(CAL.workingDaysBetween(due, LocalDate.of(2024, 10, 9))).isEqualTo(2);
    }

    @Test
    void example10CompletedApplicationRestartsTheClock() {
        Due due = DisclosureRequest.receivedOn(LocalDate.of(2024, 9, 20))
                .withCompletedApplication(LocalDate.of(2024, 10, 10))
                .replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-11-06");
    }

    @Test
    void example11ThirdPartyConsultationPausesTheClock() {
        DisclosureRequest request = DisclosureRequest.receivedOn(LocalDate.of(2024, 3, 1));
        assertThat(request.replyDue(CAL).dueDate()).isEqualTo("2024-03-29");
        assertThat(request.withConsultation(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22))
                .replyDue(CAL).dueDate()).isEqualTo("2024-04-15");
    }
}
