package dev.shixian.schedule;

import static dev.shixian.schedule.SchedulerTest.CAL;
import static dev.shixian.schedule.SchedulerTest.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Status of a whole schedule as of a date, and its ledger (台账). Calendar: {@link SchedulerTest#CAL} (2021 中秋节 and
 * 国庆节 as the notice gives them; adjusted working days Sat 09-18, Sun 09-26, Sat 10-09).
 */
class StatusReportTest {

    static final Plan PLAN = plan()
            .task(Task.builder("7").content("财政预决算公开").lead("czj", "zfb").timeLimit("每季度一次"))
            .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内"))
            .task(Task.builder("23").content("持续").lead("sfj").timeLimit("长期"))
            .build();

    static final Schedule SCHEDULE = Scheduler.of(CAL).schedule(PLAN, List.of(
            Occurrence.of("issuance", LocalDate.of(2021, 9, 30), "兴府发〔2021〕5号"),
            Occurrence.of("issuance", LocalDate.of(2021, 10, 20), "兴府发〔2021〕6号")));

    static final List<ObligationRecord> RECORDS = List.of(
            Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)),
            Completion.of("xy/7/2021-Q3@zfb", LocalDate.of(2021, 10, 8)),
            Completion.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11)));

    @Test
    void statusesAsOfADate() {
        StatusReport r = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), RECORDS);
        assertThat(r.status("xy/7/2021-Q3@czj").status()).isEqualTo(DueStatus.DONE_ON_TIME);
        // due Thu 09-30, done Fri 10-08 (国庆 10-01..07 off): late by 1 working day
        assertThat(r.status("xy/7/2021-Q3@zfb").status()).isEqualTo(DueStatus.DONE_LATE);
        assertThat(r.status("xy/7/2021-Q3@zfb").workingDaysLate()).isEqualTo(1);
        // Thu 09-30 + 3 working days: Fri 10-08, adjusted Sat 10-09, Mon 10-11; done on 10-11
        assertThat(r.status("xy/13/兴府发〔2021〕5号@zfb").status()).isEqualTo(DueStatus.DONE_ON_TIME);
        // issued 10-20, after the date: not triggered as of 10-15
        assertThat(r.status("xy/13/兴府发〔2021〕6号@zfb").status()).isEqualTo(DueStatus.NOT_TRIGGERED);
        assertThat(r.status("xy/23@sfj").status()).isEqualTo(DueStatus.ONGOING);
        assertThat(r.status("xy/7/2021-Q4@czj").status()).isEqualTo(DueStatus.PENDING);
    }

    @Test
    void overdueAndDueSoonAtTheirBoundaries() {
        List<ObligationRecord> none = List.of();
        // as of Fri 09-24, working days in (09-24, 09-30]: adjusted Sun 09-26, 09-27..30 = 5 > 3: pending
        assertThat(SCHEDULE.statusAsOf(LocalDate.of(2021, 9, 24), none).status("xy/7/2021-Q3@czj").status())
                .isEqualTo(DueStatus.PENDING);
        // as of Sun 09-26 (adjusted working day): 09-27..30 = 4 > 3: pending
        assertThat(SCHEDULE.statusAsOf(LocalDate.of(2021, 9, 26), none).status("xy/7/2021-Q3@czj").status())
                .isEqualTo(DueStatus.PENDING);
        // as of Mon 09-27: 09-28, 29, 30 = 3: due soon
        ObligationStatus soon = SCHEDULE.statusAsOf(LocalDate.of(2021, 9, 27), none).status("xy/7/2021-Q3@czj");
        assertThat(soon.status()).isEqualTo(DueStatus.DUE_SOON);
        assertThat(soon.workingDaysLeft()).isEqualTo(3);
        assertThat(soon.warningLevel()).hasValue(WarningLevel.BLUE);
        // as of Fri 10-15: 10-08, adjusted Sat 10-09, 10-11..15 = 7 working days overdue: red (more than 5)
        ObligationStatus late = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), none).status("xy/7/2021-Q3@czj");
        assertThat(late.status()).isEqualTo(DueStatus.OVERDUE);
        assertThat(late.workingDaysOverdue()).isEqualTo(7);
        assertThat(late.warningLevel()).hasValue(WarningLevel.RED);
        // as of Fri 10-08, the first working day after 国庆: overdue by 1, yellow
        ObligationStatus first = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 8), none).status("xy/7/2021-Q3@czj");
        assertThat(first.workingDaysOverdue()).isEqualTo(1);
        assertThat(first.warningLevel()).hasValue(WarningLevel.YELLOW);
    }

    @Test
    void replayAtAPastDateIgnoresLaterRecords() {
        StatusReport before = SCHEDULE.statusAsOf(LocalDate.of(2021, 9, 27), RECORDS);
        assertThat(before.status("xy/7/2021-Q3@czj").status()).isEqualTo(DueStatus.DUE_SOON);
        assertThat(before.status("xy/13/兴府发〔2021〕5号@zfb").status()).isEqualTo(DueStatus.NOT_TRIGGERED);
    }

    @Test
    void everyBadRecordOfTheScheduleIsListedWithItsPosition() {
        List<ObligationRecord> bad = List.of(
                Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)),
                Completion.of("xy/7/2021-Q9@czj", LocalDate.of(2021, 9, 28)),
                Pause.of("xy/13/兴府发〔2021〕5号@zfb", LocalDate.of(2021, 10, 11), LocalDate.of(2021, 10, 8)),
                Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 29)).withCount(0));
        assertThatThrownBy(() -> SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), bad))
                .isInstanceOf(ScheduleRecordException.class)
                .hasMessageStartingWith("3 bad records for the schedule of plan 'xy':")
                .satisfies(e -> assertThat(((ScheduleRecordException) e).problems())
                        .extracting(ScheduleRecordException.Problem::index).containsExactly(1, 2, 3))
                .satisfies(e -> assertThat(((ScheduleRecordException) e).problems().get(0).reason())
                        .isEqualTo("no obligation 'xy/7/2021-Q9@czj' in the schedule of plan 'xy'"));
    }

    @Test
    void anUnknownIdIsNamed() {
        StatusReport r = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), RECORDS);
        assertThatThrownBy(() -> r.status("xy/99@zfb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xy/99@zfb'");
    }

    @Test
    void todayIsTheDateInChinaWhateverTheServerZone() {
        // 2021-10-14T23:30Z is 07:30 on 2021-10-15 in Beijing; a UTC server's own date is still the 14th
        Clock utc = Clock.fixed(Instant.parse("2021-10-14T23:30:00Z"), ZoneOffset.UTC);
        StatusReport r = SCHEDULE.statusAsOf(utc, RECORDS);
        assertThat(r.asOf()).isEqualTo("2021-10-15");
    }

    @Test
    void ledgerViews() {
        Ledger ledger = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), List.of(
                Completion.of("xy/7/2021-Q2@czj", LocalDate.of(2021, 6, 30)),
                Completion.of("xy/7/2021-Q3@czj", LocalDate.of(2021, 9, 28)),
                Completion.of("xy/7/2021-Q2@zfb", LocalDate.of(2021, 6, 29)))).ledger();
        assertThat(ledger.lines()).hasSize(SCHEDULE.obligations().size());
        // Q3@zfb due 09-30 overdue 7; 13/5号@zfb due 10-11, overdue 10-12..15 = 4
        assertThat(ledger.overdue()).extracting(LedgerLine::id).containsExactly("xy/7/2021-Q3@zfb",
                "xy/13/兴府发〔2021〕5号@zfb");
        assertThat(ledger.byStatus().get(DueStatus.DONE_ON_TIME)).hasSize(3);
        assertThat(ledger.byUnit().keySet()).extracting(u -> u.id()).containsExactly("zfb", "czj", "sfj");
        UnitSummary czj = ledger.unitSummaries().stream().filter(s -> s.unit().id().equals("czj")).findFirst()
                .orElseThrow();
        assertThat(czj.dueByDate()).isEqualTo(2);
        assertThat(czj.doneOnTime()).isEqualTo(2);
        assertThat(czj.onTimeRate()).hasValue(1.0);
        assertThat(czj.count(DueStatus.PENDING)).isEqualTo(1);
        UnitSummary zfb = ledger.unitSummaries().get(0);
        // due by 10-15: Q2 (on time), Q3 (overdue), 13/5号 (overdue); 13/6号 not triggered; Q4 pending
        assertThat(zfb.dueByDate()).isEqualTo(3);
        assertThat(zfb.onTimeRate().getAsDouble()).isEqualTo(1.0 / 3);
        UnitSummary sfj = ledger.unitSummaries().get(2);
        assertThat(sfj.onTimeRate()).isEmpty();
    }

    @Test
    void threadsEvaluatingTheSameScheduleAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), RECORDS).statuses()
                        .stream().map(ObligationStatus::toEnglish).collect(Collectors.toList())));
            }
            List<String> first = runs.get(0).get();
            assertThat(first).hasSize(SCHEDULE.obligations().size());
            for (Future<List<String>> f : runs) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
