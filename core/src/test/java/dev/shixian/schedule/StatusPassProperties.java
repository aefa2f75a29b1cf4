package dev.shixian.schedule;

import static dev.shixian.schedule.SchedulerTest.CAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The schedule's one-pass status computation agrees with the {@link StatusEvaluator} on every obligation: status,
 * due date, working days left, overdue or late, completion date and count — for random completions (some too few
 * for the minimum, some late, some after the date evaluated), pauses and extensions, and random dates.
 */
class StatusPassProperties {

    static final Plan PLAN = SchedulerTest.plan()
            .task(Task.builder("1").content("月").lead("czj", "zfb").timeLimit("每月不少于2篇"))
            .task(Task.builder("2").content("季").lead("zfb").timeLimit("每季度一次"))
            .task(Task.builder("3").content("解读").lead("zfb", "sfj").timeLimit("印发后3个工作日内"))
            .task(Task.builder("4").content("固定").lead("sfj").timeLimit("10月15日前"))
            .task(Task.builder("5").content("长期").lead("sfj").timeLimit("长期"))
            .build();

    static final Schedule SCHEDULE = Scheduler.of(CAL).schedule(PLAN, List.of(
            Occurrence.of("issuance", LocalDate.of(2021, 9, 17), "a"),
            Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "b"),
            Occurrence.of("issuance", LocalDate.of(2021, 11, 3), "c")));

    /** The last day of the test calendar; no record or date goes past it. */
    static final LocalDate LAST = LocalDate.of(2021, 12, 31);

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    @Provide
    Arbitrary<List<int[]>> recordSeeds() {
        return Arbitraries.integers().between(0, 1_000_000).array(int[].class).ofSize(4).list().ofMaxSize(60);
    }

    @Property(tries = 300, seed = "20211015")
    void onePassAgreesWithTheEvaluator(@ForAll("recordSeeds") List<int[]> seeds,
            @ForAll @IntRange(min = 0, max = 213) int asOfOffset) {
        List<Obligation> all = SCHEDULE.obligations();
        List<ObligationRecord> records = new ArrayList<>();
        for (int[] s : seeds) {
            Obligation o = all.get(s[0] % all.size());
            if (o.kind() != Obligation.Kind.DATED) {
                continue;
            }
            LocalDate start = o.terms().validFrom();
            LocalDate due = o.dueDate().orElseThrow();
            LocalDate date = min(start.plusDays(s[1] % Math.max(1, 20 + due.toEpochDay() - start.toEpochDay())),
                    LAST);
            switch (s[2] % 6) {
                case 0:
                    LocalDate from = date.isAfter(due) ? due : date;
                    records.add(Pause.of(o.id(), from, min(from.plusDays(s[3] % 5), LAST)));
                    break;
                case 1:
                    records.add(Extension.of(o.id(), start, 1 + s[3] % 3));
                    break;
                default:
                    records.add(Completion.of(o.id(), date).withCount(1 + s[3] % 2));
                    break;
            }
        }
        LocalDate asOf = LocalDate.of(2021, 6, 1).plusDays(asOfOffset);
        StatusReport report;
        try {
            report = SCHEDULE.statusAsOf(asOf, records);
        } catch (ScheduleRecordException e) {
            // a random pause or extension may contradict the others; the evaluator found it, as it must
            assertThat(e.problems()).isNotEmpty();
            return;
        } catch (dev.shixian.calendar.CalendarCoverageException e) {
            // pauses and extensions may move a December due date past the test calendar's last day
            assertThat(e.date()).isAfterOrEqualTo(LAST);
            return;
        }
        StatusPass pass = report.pass();
        StatusEvaluator evaluator = StatusEvaluator.of(CAL);
        for (int k = 0; k < all.size(); k++) {
            Obligation o = all.get(k);
            List<ObligationRecord> own = new ArrayList<>();
            for (ObligationRecord r : records) {
                if (r.obligationId().equals(o.id())) {
                    own.add(r);
                }
            }
            ObligationStatus expected = evaluator.evaluate(o.terms(), own, asOf);
            assertThat(StatusPass.statusOf(pass.status[k])).as(o.id()).isEqualTo(expected.status());
            assertThat(pass.due[k]).as(o.id()).isEqualTo(expected.dueDate().map(d -> (int) d.toEpochDay())
                    .orElse(StatusPass.NONE));
            assertThat(pass.completed(k)).as(o.id()).isEqualTo(expected.completedOn()
                    .map(d -> (int) d.toEpochDay()).orElse(StatusPass.NONE));
            assertThat(pass.count(k)).as(o.id()).isEqualTo(expected.count());
            int measure = expected.status() == DueStatus.OVERDUE ? expected.workingDaysOverdue()
                    : expected.status() == DueStatus.DONE_LATE ? expected.workingDaysLate()
                            : expected.workingDaysLeft();
            assertThat(pass.measure[k]).as(o.id()).isEqualTo(measure);
            assertThat(report.status(o.id())).isEqualTo(expected);
        }
    }
}
