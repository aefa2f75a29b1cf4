package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.deadline.DisclosureRequest;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * 依申请公开 through the scheduler agrees with {@link DisclosureRequest} (docs/RULES.md §6, §7.3): a request is an
 * occurrence of {@code receipt} for a task "收到申请之日起20个工作日内"; 补正 is a {@link Restart}, a consultation a
 * {@link Pause}, an extension an {@link Extension}. For the same inputs the obligation's effective due date equals
 * {@code DisclosureRequest.replyDue}, and both equal a brute-force count over the notices' day lists (§6.7: from the
 * day of receipt or of the completed application, count working days outside every consultation, both ends of a
 * consultation left out, up to 20 plus the extension).
 *
 * <p>The inputs respect what both models require, as documented:
 * <ul>
 * <li>A consultation lasts at most 15 calendar days, hence at most its 15 working days (条例第三十二条, 第三十四条).
 *     {@link DisclosureRequest} caps a longer one at the 15th working day by default
 *     ({@code DisclosurePolicy.OverlongConsultation.CAP}); the scheduler takes a {@link Pause} as recorded, since
 *     §6.4 records the consultation as the range it took, already ending at the latest on that 15th working day.
 * <li>A consultation starts between the day the clock (re)starts and the 20th working day after it (the due date
 *     before any pause or extension), so never after a due date: the scheduler refuses a pause starting after the
 *     due date it would pause, while {@link DisclosureRequest} leaves such a consultation without effect. One more
 *     consultation may start between receipt and the 补正, by the due date counted from receipt (it matters only for
 *     the days after the restart, in both models).
 * <li>An extension of 1–20 working days (an {@link Extension} of 0 is refused as meaningless; the request allows
 *     0), approved and told to the applicant on or before the due date it extends (§6.5 {@code extensionBeforeDue}).
 * </ul>
 */
class ScheduleDisclosureProperties {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();
    private static final Scheduler SCHEDULER = Scheduler.of(CHINA);
    private static final boolean[] WORKING = ChinaCalendarExhaustiveTest.truth();
    private static final Map<Integer, Plan> PLANS = new ConcurrentHashMap<>();
    private static final String SUBJECT = "ysq-0001";

    private static boolean working(LocalDate d) {
        return WORKING[(int) (d.toEpochDay() - ChinaCalendarExhaustiveTest.START.toEpochDay())];
    }

    /** The 依申请公开 plan of the year of receipt. */
    private static Plan plan(int year) {
        return PLANS.computeIfAbsent(year, y -> Plan.builder("ysq-" + y).title("依申请公开").year(Year.of(y))
                .issued(LocalDate.of(y, 1, 1)).unit(Unit.of("bgs", "政府信息公开工作机构"))
                .task(Task.builder("1").content("依申请公开答复").lead("bgs").timeLimit("收到申请之日起20个工作日内"))
                .build());
    }

    /** A consultation, both ends inclusive. */
    record Span(LocalDate from, LocalDate to) {
    }

    /**
     * One request: receipt, 补正 (or null), consultations, extension (0 for none) with where, between the clock's
     * start and the due date without it, it is approved and told (as thousandths of that span).
     */
    record Case(LocalDate received, LocalDate completed, List<Span> consultations, int extension, int approvedAt,
            int toldAt) {

        LocalDate start() {
            return completed == null ? received : completed;
        }
    }

    /** §6.7 by brute force over the notices' day lists: the {@code n}-th working day after start outside every span. */
    private static LocalDate reference(LocalDate start, List<Span> spans, int n) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (!working(d)) {
                continue;
            }
            boolean paused = false;
            for (Span s : spans) {
                paused |= !d.isBefore(s.from()) && !d.isAfter(s.to());
            }
            if (!paused) {
                counted++;
            }
        }
        return d;
    }

    @Provide
    Arbitrary<Case> requests() {
        // receipts 2021-01-01..2025-10-31: every due date below stays inside the official coverage (through 2026)
        Arbitrary<LocalDate> received = Arbitraries.longs()
                .between(LocalDate.of(2021, 1, 1).toEpochDay(), LocalDate.of(2025, 10, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> completedAfter = Arbitraries.integers().between(-1, 30);   // -1: no 补正
        // where a consultation starts, as thousandths of the span from the clock's start to 20 working days after it
        Arbitrary<List<Integer>> starts = Arbitraries.integers().between(0, 1000).list().ofMaxSize(2);
        Arbitrary<List<Integer>> lengths = Arbitraries.integers().between(0, 14).list().ofSize(2);
        Arbitrary<Integer> early = Arbitraries.integers().between(-1, 1000);   // -1: none before the 补正
        Arbitrary<Integer> extension = Arbitraries.integers().between(0, 20);
        Arbitrary<Integer> approvedAt = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> toldAt = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(received, completedAfter, starts, lengths, early, extension, approvedAt, toldAt)
                .as((r, c, st, len, e, ext, a, t) -> {
                    LocalDate completed = c < 0 ? null : r.plusDays(c);
                    LocalDate start = completed == null ? r : completed;
                    List<Span> spans = new ArrayList<>();
                    for (int i = 0; i < st.size(); i++) {
                        LocalDate from = between(start, reference(start, List.of(), 20), st.get(i));
                        spans.add(new Span(from, from.plusDays(len.get(i))));
                    }
                    if (completed != null && e >= 0) {
                        LocalDate from = between(r, reference(r, List.of(), 20), e);
                        if (from.isBefore(completed)) {
                            spans.add(new Span(from, from.plusDays(len.get(1))));
                        }
                    }
                    return new Case(r, completed, spans, ext, Math.min(a, t), Math.max(a, t));
                });
    }

    private static LocalDate between(LocalDate lo, LocalDate hi, int thousandths) {
        long span = hi.toEpochDay() - lo.toEpochDay();
        return lo.plusDays(span * thousandths / 1000);
    }

    @Property(tries = 400, seed = "20241010")
    void theSchedulerAgreesWithDisclosureRequest(@ForAll("requests") Case c) {
        Plan plan = plan(c.received().getYear());
        String id = plan.id() + "/1/" + SUBJECT + "@bgs";
        Schedule schedule = SCHEDULER.schedule(plan, List.of(Occurrence.of("receipt", c.received(), SUBJECT)));

        DisclosureRequest request = DisclosureRequest.receivedOn(c.received());
        List<ObligationRecord> records = new ArrayList<>();
        if (c.completed() != null) {
            request = request.withCompletedApplication(c.completed());
            records.add(Restart.of(id, c.completed()));
        }
        for (Span s : c.consultations()) {
            request = request.withConsultation(s.from(), s.to());
            records.add(Pause.of(id, s.from(), s.to()));
        }
        LocalDate withoutExtension = reference(c.start(), c.consultations(), 20);
        if (c.extension() > 0) {
            LocalDate approved = between(c.start(), withoutExtension, c.approvedAt());
            LocalDate told = between(c.start(), withoutExtension, c.toldAt());
            request = request.withExtension(c.extension(), approved, told);
            records.add(Extension.of(id, approved, c.extension()));
        }
        LocalDate expected = reference(c.start(), c.consultations(), 20 + c.extension());

        LocalDate byRequest = request.replyDue(CHINA).dueDate();
        StatusReport report = schedule.statusAsOf(expected, records);
        ObligationStatus status = report.status(id);
        assertThat(report.dueStatus(id)).as("%s", c).isEqualTo(status.status());
        Statistics.label("补正").collect(c.completed() != null);
        Statistics.label("consultations").collect(c.consultations().size());
        Statistics.label("extension").collect(c.extension() > 0);
        Statistics.label("all three").collect(c.completed() != null && !c.consultations().isEmpty()
                && c.extension() > 0).coverage(check -> check.check(true).percentage(p -> p >= 10));

        assertThat(byRequest).as("DisclosureRequest against the brute-force count, %s", c).isEqualTo(expected);
        assertThat(status.dueDate()).as("scheduler against DisclosureRequest, %s", c).hasValue(byRequest);
        assertThat(status.originalDueDate()).as("%s", c).hasValue(reference(c.received(), List.of(), 20));
        // on the due date itself every record exists, nothing is left and nothing is late
        assertThat(status.status()).as("%s", c).isEqualTo(DueStatus.DUE_SOON);
        assertThat(status.workingDaysLeft()).as("%s", c).isZero();
        assertThat(status.history()).as("%s", c).hasSize(records.size());
    }

    @Property(tries = 200, seed = "20240301")
    void aRequestWithoutRecordsIsDueTwentyWorkingDaysAfterReceipt(@ForAll("requests") Case c) {
        Plan plan = plan(c.received().getYear());
        Schedule schedule = SCHEDULER.schedule(plan, List.of(Occurrence.of("receipt", c.received(), SUBJECT)));
        LocalDate expected = reference(c.received(), List.of(), 20);
        assertThat(schedule.find(plan.id() + "/1/" + SUBJECT + "@bgs").orElseThrow().dueDate()).hasValue(expected);
        assertThat(DisclosureRequest.receivedOn(c.received()).replyDue(CHINA).dueDate()).isEqualTo(expected);
    }
}
