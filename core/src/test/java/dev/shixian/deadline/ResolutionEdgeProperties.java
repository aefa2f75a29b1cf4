package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shixian.ShixianException;
import dev.shixian.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Over arbitrary years, trigger and event dates and windows across the whole range of {@link LocalDate}, every
 * resolution ends, quickly, in dues (whose explanations build) or a {@link ShixianException}: never a
 * {@code DateTimeException}, {@code ArithmeticException} or an exhausted memory.
 */
class ResolutionEdgeProperties {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final WorkingCalendar PROVISIONAL = TestCalendars.chinaProvisional2027();

    @Provide
    Arbitrary<LocalDate> dates() {
        long min = LocalDate.MIN.toEpochDay();
        long max = LocalDate.MAX.toEpochDay();
        Arbitrary<LocalDate> anywhere = Arbitraries.longs().between(min, max).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> nearMin = Arbitraries.longs().between(0, 800).map(d -> LocalDate.ofEpochDay(min + d));
        Arbitrary<LocalDate> nearMax = Arbitraries.longs().between(0, 800).map(d -> LocalDate.ofEpochDay(max - d));
        Arbitrary<LocalDate> nearCoverage = Arbitraries.longs().between(LocalDate.of(2018, 1, 1).toEpochDay(),
                LocalDate.of(2028, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(Tuple.of(2, anywhere), Tuple.of(2, nearMin), Tuple.of(2, nearMax),
                Tuple.of(3, nearCoverage));
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(Year.MIN_VALUE, Year.MAX_VALUE)),
                Tuple.of(1, Arbitraries.of(Year.MIN_VALUE, Year.MIN_VALUE + 1, Year.MAX_VALUE - 1, Year.MAX_VALUE, 1,
                        9999, 10000, 0, -1)),
                Tuple.of(2, Arbitraries.integers().between(2018, 2028)));
    }

    @Provide
    Arbitrary<Optional<LocalDate>> someDates() {
        return dates().optional(0.8);
    }

    @Provide
    Arbitrary<Optional<Integer>> someYears() {
        return years().optional(0.8);
    }

    @Provide
    Arbitrary<Deadline> deadlines() {
        return RandomDeadlines.any(years());
    }

    @Provide
    Arbitrary<DeadlinePolicy> policies() {
        return Arbitraries.integers().between(0, 31).map(bits -> {
            DeadlinePolicy.Builder b = DeadlinePolicy.builder().rollFixedDates((bits & 1) != 0)
                    .rollPeriodEnds((bits & 2) != 0).calendarDaysAsWorkingDays((bits & 4) != 0)
                    .requireSettled((bits & 16) != 0);
            return ((bits & 8) != 0 ? b.promptDefault(DeadlinePolicy.STATUTORY_PROMPT_DEFAULT) : b).build();
        });
    }

    @Property(tries = 3000, seed = "999999999")
    void everyResolutionEndsInDuesOrALibraryException(@ForAll("deadlines") Deadline deadline,
            @ForAll("someYears") Optional<Integer> year, @ForAll("someDates") Optional<LocalDate> trigger,
            @ForAll("someDates") Optional<LocalDate> formation, @ForAll("someDates") Optional<LocalDate> windowStart,
            @ForAll("dates") LocalDate windowEnd, @ForAll("policies") DeadlinePolicy policy,
            @ForAll boolean provisional) {
        DeadlineContext built = DeadlineContext.of(provisional ? PROVISIONAL : CAL).withPolicy(policy);
        if (year.isPresent()) {
            built = built.withYear(Year.of(year.get()));
        }
        if (trigger.isPresent()) {
            built = built.withTrigger(trigger.get());
        }
        if (formation.isPresent()) {
            built = built.withEvent(Event.FORMATION, formation.get());
        }
        if (windowStart.isPresent()) {
            LocalDate a = windowStart.get().isAfter(windowEnd) ? windowEnd : windowStart.get();
            LocalDate b = windowStart.get().isAfter(windowEnd) ? windowStart.get() : windowEnd;
            try {
                built = built.withWindow(a, b);
            } catch (IllegalArgumentException e) {
                // the windows a LocalDateRange cannot hold, refused when made (documented)
                assertThat(b).isIn(LocalDate.MIN, LocalDate.MAX);
            }
        }
        DeadlineContext ctx = built;
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                List<Due> dues = deadline.resolve(ctx);
                for (Due due : dues) {
                    assertThat(due.explanation().toEnglish()).endsWith(due.explanation().conclusion().english());
                    assertThat(due.explanation().toChinese()).isNotEmpty();
                }
                assertThat(dues.size()).isLessThanOrEqualTo(DeadlineContext.MAX_DUES);
                return dues.isEmpty() ? "no dues" : "dues";
            } catch (ShixianException e) {
                assertThat(e.getMessage()).isNotBlank();
                return e.getClass().getSimpleName();
            }
        });
        String partsOutcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                for (PartResolution part : deadline.resolveParts(ctx)) {
                    for (Due due : part.dues()) {
                        assertThat(due.explanation().toChinese()).isNotEmpty();
                    }
                }
                return "parts";
            } catch (ShixianException e) {
                return e.getClass().getSimpleName();
            }
        });
        if (outcome.equals("dues") || outcome.equals("no dues")) {
            assertThat(partsOutcome).isEqualTo("parts");
        }
        Statistics.collect(outcome);
    }
}
