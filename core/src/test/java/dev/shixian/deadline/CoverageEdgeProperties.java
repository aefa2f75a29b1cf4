package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Near the start and the end of the calendar's coverage (2020-01-01..2026-12-31 in the fixture), every answer is
 * either inside the coverage, or an exception, or — under a provisional calendar — marked provisional and saying
 * so. The only answers outside the calendar are the dates that depend on no calendar day (a fixed date, period end
 * or recurring due that is not rolled, 同时), and their explanations claim no day kind (docs/RULES.md §1).
 */
class CoverageEdgeProperties {

    private static final WorkingCalendar STRICT = TestCalendars.china();
    private static final WorkingCalendar PROVISIONAL = TestCalendars.chinaProvisional2027();
    private static final List<String> DAY_KINDS = List.of("rest day", "holiday", "adjusted working day");

    @Provide
    Arbitrary<LocalDate> nearTheEdges() {
        Arbitrary<LocalDate> start = Arbitraries.integers().between(-120, 120)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<LocalDate> end = Arbitraries.integers().between(-150, 60)
                .map(d -> LocalDate.of(2026, 12, 31).plusDays(d));
        return Arbitraries.oneOf(start, end);
    }

    @Provide
    Arbitrary<Deadline> deadlines() {
        return RandomDeadlines.any(Arbitraries.of(2019, 2020, 2026, 2027));
    }

    @Provide
    Arbitrary<DeadlinePolicy> policies() {
        return Arbitraries.integers().between(0, 15).map(bits -> {
            DeadlinePolicy.Builder b = DeadlinePolicy.builder().rollFixedDates((bits & 1) != 0)
                    .rollPeriodEnds((bits & 2) != 0).calendarDaysAsWorkingDays((bits & 4) != 0);
            return ((bits & 8) != 0 ? b.promptDefault(DeadlinePolicy.STATUTORY_PROMPT_DEFAULT) : b).build();
        });
    }

    @Property(tries = 2000, seed = "20261130")
    void everyAnswerIsInsideTheCoverageOrAnException(@ForAll("deadlines") Deadline deadline,
            @ForAll("nearTheEdges") LocalDate trigger, @ForAll("policies") DeadlinePolicy policy,
            @ForAll boolean provisionalCalendar) {
        WorkingCalendar cal = provisionalCalendar ? PROVISIONAL : STRICT;
        DeadlineContext ctx = DeadlineContext.of(cal).withYear(Year.of(trigger.getYear())).withTrigger(trigger)
                .withPolicy(policy);
        List<PartResolution> parts;
        try {
            parts = deadline.resolveParts(ctx);
        } catch (CalendarCoverageException e) {
            assertThat(e.getMessage()).contains(e.date().toString());
            Statistics.collect("coverage exception");
            return;
        }
        Statistics.collect(parts.stream().flatMap(p -> p.dues().stream()).anyMatch(d -> !cal.coverage().contains(
                d.dueDate())) ? "a due outside the coverage" : "answered inside the coverage");
        for (PartResolution part : parts) {
            assertThat(part.outcome()).isIn(PartResolution.Outcome.DATED, PartResolution.Outcome.OPEN_ENDED,
                    PartResolution.Outcome.NEEDS_YEAR);
            boolean independent = RandomDeadlines.independentOfTheCalendar(part.deadline(), policy);
            for (Due due : part.dues()) {
                LocalDate date = due.dueDate();
                String english = due.explanation().toEnglish();
                String chinese = due.explanation().toChinese();
                if (!cal.answerableRange().contains(date)) {
                    assertThat(independent).as("%s gave %s outside the calendar", part.deadline(), date).isTrue();
                    assertThat(due.isProvisional()).isFalse();
                    assertThat(english).contains("outside the calendar's data");
                    assertThat(chinese).contains("超出日历数据范围");
                    for (String kind : DAY_KINDS) {
                        assertThat(english).doesNotContain(kind);
                    }
                } else if (!cal.coverage().contains(date) && !independent) {
                    assertThat(due.isProvisional()).as("%s gave %s", part.deadline(), date).isTrue();
                    assertThat(english).contains("provisional").contains("subject to the State Council notice");
                    assertThat(chinese).contains("临时安排").contains("以国务院通知为准");
                } else if (!independent) {
                    assertThat(english).doesNotContain("outside the calendar's data");
                }
                if (!provisionalCalendar) {
                    assertThat(due.isProvisional()).isFalse();
                    assertThat(independent || cal.coverage().contains(date)).as("%s gave %s", part.deadline(), date)
                            .isTrue();
                }
                if (independent) {
                    assertThat(due.isProvisional()).isFalse();
                    assertThat(due.isSettled()).isTrue();
                }
            }
        }
    }
}
