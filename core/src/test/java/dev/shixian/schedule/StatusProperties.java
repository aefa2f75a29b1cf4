package dev.shixian.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.DisclosureRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * The evaluator against brute-force, day-by-day references on the test calendar (2021–2024): status, working days
 * left, overdue and late; pauses and extensions of a working-day period; replay at past dates.
 */
class StatusProperties {

    private static final WorkingCalendar CAL = ScheduleCalendars.china();
    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    private static final int DAYS = 4 * 365;   // to 2024-12-30
    private static final String ID = "p";

    /** Working days d with a &lt; d ≤ b, counted one day at a time. */
    private static int count(LocalDate a, LocalDate b) {
        int n = 0;
        for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
            if (CAL.isWorkingDay(x)) {
                n++;
            }
        }
        return n;
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays);
    }

    @Property(tries = 1000)
    void statusEqualsTheReference(@ForAll("dates") LocalDate due, @ForAll @IntRange(min = -40, max = 40) int tOffset,
            @ForAll @IntRange(min = -40, max = 41) int cOffset, @ForAll @IntRange(min = 0, max = 6) int k) {
        LocalDate t = due.plusDays(tOffset);
        Optional<LocalDate> c = cOffset == 41 ? Optional.empty() : Optional.of(due.plusDays(cOffset));
        List<ObligationRecord> records = c.<List<ObligationRecord>>map(x -> List.of(Completion.of(ID, x)))
                .orElse(List.of());
        StatusEvaluator eval = StatusEvaluator.of(CAL).withPolicy(SchedulePolicy.defaults().withDueSoonWorkingDays(k));
        ObligationStatus s = eval.evaluate(ObligationTerms.dated(ID, due), records, t);

        DueStatus status;
        int left = 0;
        int overdue = 0;
        int late = 0;
        if (c.isPresent() && !c.get().isAfter(t)) {
            if (c.get().isAfter(due)) {
                status = DueStatus.DONE_LATE;
                late = count(due, c.get());
            } else {
                status = DueStatus.DONE_ON_TIME;
            }
        } else if (t.isAfter(due)) {
            status = DueStatus.OVERDUE;
            overdue = count(due, t);
        } else {
            left = count(t, due);
            status = left <= k ? DueStatus.DUE_SOON : DueStatus.PENDING;
        }
        assertThat(s.status()).isEqualTo(status);
        assertThat(s.workingDaysLeft()).isEqualTo(left);
        assertThat(s.workingDaysOverdue()).isEqualTo(overdue);
        assertThat(s.workingDaysLate()).isEqualTo(late);
        assertThat(s.dueDate()).contains(due);
        assertThat(s.completedOn()).isEqualTo(c.filter(x -> !x.isAfter(t)));
        Optional<WarningLevel> level = status == DueStatus.OVERDUE
                ? Optional.of(overdue > 5 ? WarningLevel.RED : WarningLevel.YELLOW)
                : status == DueStatus.DUE_SOON ? Optional.of(WarningLevel.BLUE) : Optional.empty();
        assertThat(s.warningLevel()).isEqualTo(level);
    }

    /** A pause: offset of its first day after the event, and its length in days. */
    record Gap(int from, int length) {
    }

    @Provide
    Arbitrary<List<Gap>> gaps() {
        return Combinators.combine(Arbitraries.integers().between(1, 45), Arbitraries.integers().between(0, 14))
                .as(Gap::new).list().ofMaxSize(3);
    }

    @Property(tries = 600)
    void pausesAndExtensionsEqualADayByDayWalk(@ForAll("dates") LocalDate event,
            @ForAll @IntRange(min = 1, max = 30) int n, @ForAll("gaps") List<Gap> gaps,
            @ForAll @IntRange(min = 0, max = 20) int extension, @ForAll @IntRange(min = 0, max = 90) int tOffset) {
        ObligationTerms terms = ObligationTerms.afterEvent(ID, event,
                AfterEvent.of(n, AfterEvent.Counting.WORKING_DAYS), DeadlineContext.of(CAL));
        List<ObligationRecord> records = new ArrayList<>();
        if (extension > 0) {
            records.add(Extension.of(ID, event, extension));   // approved on the day of the event
        }
        List<LocalDate[]> pauses = new ArrayList<>();
        for (Gap g : gaps) {
            LocalDate from = event.plusDays(g.from());
            LocalDate to = from.plusDays(g.length());
            records.add(Pause.of(ID, from, to));
            pauses.add(new LocalDate[] {from, to});
        }
        // the reference applies the pauses in order of their first day; each must start by the due date so far
        List<LocalDate[]> applied = new ArrayList<>();
        List<LocalDate[]> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(p -> p[0]));
        LocalDate due = walk(event, n + extension, applied);
        boolean bad = false;
        for (LocalDate[] p : sorted) {
            if (p[0].isAfter(due)) {
                bad = true;
                break;
            }
            applied.add(p);
            due = walk(event, n + extension, applied);
        }
        LocalDate t = event.plusDays(tOffset);
        StatusEvaluator eval = StatusEvaluator.of(CAL);
        Statistics.label("refused").collect(bad);
        Statistics.label("pauses applied").collect(bad ? -1 : applied.size());
        if (bad) {
            assertThatThrownBy(() -> eval.evaluate(terms, records, t)).isInstanceOf(ScheduleRecordException.class);
            return;
        }
        ObligationStatus s = eval.evaluate(terms, records, t);
        // as of t only the records dated by t exist
        List<LocalDate[]> known = new ArrayList<>();
        for (LocalDate[] p : pauses) {
            if (!p[0].isAfter(t)) {
                known.add(p);
            }
        }
        LocalDate dueAsOfT = walk(event, n + (extension > 0 && !event.isAfter(t) ? extension : 0), known);
        assertThat(s.dueDate()).contains(dueAsOfT);
        if (t.isAfter(dueAsOfT)) {
            assertThat(s.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(s.workingDaysOverdue()).isEqualTo(count(dueAsOfT, t));
        } else {
            assertThat(s.workingDaysLeft()).isEqualTo(count(t, dueAsOfT));
        }
        assertThat(eval.evaluate(terms, records, due.plusDays(1)).dueDate()).contains(due);
    }

    /** The day on which the n-th working day after the start outside every pause falls, walked one day at a time. */
    private static LocalDate walk(LocalDate start, int n, List<LocalDate[]> pauses) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (CAL.isWorkingDay(d) && !paused(d, pauses)) {
                counted++;
            }
        }
        return d;
    }

    private static boolean paused(LocalDate d, List<LocalDate[]> pauses) {
        for (LocalDate[] p : pauses) {
            if (!d.isBefore(p[0]) && !d.isAfter(p[1])) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 300)
    void replayingEqualsEvaluatingOnlyTheRecordsThatExisted(@ForAll("dates") LocalDate due,
            @ForAll @IntRange(min = -30, max = 30) int tOffset, @ForAll("completions") List<Integer> offsets) {
        ObligationTerms terms = ObligationTerms.dated(ID, due).withMinimumCount(2);
        List<ObligationRecord> all = new ArrayList<>();
        for (int o : offsets) {
            all.add(Completion.of(ID, due.plusDays(o)));
        }
        LocalDate t = due.plusDays(tOffset);
        List<ObligationRecord> existing = all.stream().filter(r -> !r.date().isAfter(t)).toList();
        StatusEvaluator eval = StatusEvaluator.of(CAL);
        assertThat(eval.evaluate(terms, all, t)).isEqualTo(eval.evaluate(terms, existing, t));
    }

    @Provide
    Arbitrary<List<Integer>> completions() {
        return Arbitraries.integers().between(-30, 30).list().ofMaxSize(4);
    }

    @Property(tries = 400)
    void agreesWithDisclosureRequest(@ForAll("dates") LocalDate received,
            @ForAll @IntRange(min = -1, max = 12) int completedAfter, @ForAll("gaps") List<Gap> gaps,
            @ForAll @IntRange(min = 0, max = 20) int extension) {
        ObligationTerms terms = ObligationTerms.afterEvent(ID, received,
                dev.shixian.deadline.Deadline.parse("收到申请之日起20个工作日内"), DeadlineContext.of(CAL));
        DisclosureRequest request = DisclosureRequest.receivedOn(received);
        if (extension > 0) {
            request = request.withExtension(extension, received, received);
        }
        List<ObligationRecord> records = new ArrayList<>();
        if (completedAfter >= 0) {
            request = request.withCompletedApplication(received.plusDays(completedAfter));
            records.add(Restart.of(ID, received.plusDays(completedAfter)));
        }
        if (extension > 0) {
            records.add(Extension.of(ID, received, extension));
        }
        for (Gap g : gaps) {
            LocalDate from = received.plusDays(g.from());
            request = request.withConsultation(from, from.plusDays(g.length()));
            records.add(Pause.of(ID, from, from.plusDays(g.length())));
        }
        LocalDate expected = request.replyDue(CAL).dueDate();
        LocalDate asOf = expected.plusDays(1);
        ObligationStatus s;
        try {
            s = StatusEvaluator.of(CAL).evaluate(terms, records, asOf);
        } catch (ScheduleRecordException e) {
            // a consultation that starts after the due date it would pause: DisclosureRequest does not check this
            Statistics.label("refused").collect(true);
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.record()).isInstanceOf(Pause.class));
            return;
        }
        Statistics.label("refused").collect(false);
        assertThat(s.dueDate()).contains(expected);
    }
}
