package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.SchedulePolicy;
import dev.shixian.schedule.ScheduleRecordException;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.WarningLevel;
import dev.shixian.schedule.WarningRule;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The scheduler (dev.shixian.schedule) on the official calendar {@link ChinaCalendar#official()}: docs/RULES.md §8
 * examples 8–11 as a plan, occurrences and records, and the status boundaries of docs/RULES.md §7 (with §2, §4 and
 * §6). Every date and count in the assertions was counted by hand from the State Council notices, shown in the
 * comments; the calendar's own arithmetic is never the oracle.
 *
 * <p>The notices used: 2021 (国办发明电〔2020〕27号): 中秋节 off 09-19..09-21 with Sat 09-18 worked; 国庆节 off
 * 10-01..10-07 with Sun 09-26 and Sat 10-09 worked. 2024 (国办发明电〔2023〕7号): 清明节 off 04-04..04-06 with Sun
 * 04-07 worked; 劳动节 off 05-01..05-05 with Sun 04-28 and Sat 05-11 worked; 中秋节 off 09-15..09-17 with Sat 09-14
 * worked; 国庆节 off 10-01..10-07 with Sun 09-29 and Sat 10-12 worked. 2025: 元旦 off 01-01 only.
 */
class ScheduleOnOfficialCalendarTest {

    static final ChinaCalendar CHINA = ChinaCalendar.official();
    static final Scheduler SCHEDULER = Scheduler.of(CHINA);

    /** The 依申请公开 time limit of 条例第三十三条第二款, as a plan writes it. */
    static final String REPLY = "收到申请之日起20个工作日内";

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A plan of a year, issued on a date, with two units. */
    static Plan.Builder plan(String id, int year, String issued) {
        return Plan.builder(id).title("某市" + year + "年政务公开工作要点").year(Year.of(year)).issued(d(issued))
                .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局"));
    }

    /** One task for the 政府办 with a time limit, in a plan of a year issued on 1 January. */
    static Schedule oneTask(int year, String timeLimit) {
        return SCHEDULER.schedule(plan("p", year, year + "-01-01")
                .task(Task.builder("1").content("任务").lead("zfb").timeLimit(timeLimit)).build());
    }

    /**
     * The status of one obligation as of a date, checking on the way that the report's one-pass status (the one its
     * counts and ledger use) is the same as the full status's.
     */
    static ObligationStatus at(Schedule s, String asOf, String id, ObligationRecord... records) {
        StatusReport report = s.statusAsOf(d(asOf), List.of(records));
        ObligationStatus status = report.status(id);
        assertThat(report.dueStatus(id)).as("one-pass status of %s as of %s", id, asOf).isEqualTo(status.status());
        return status;
    }

    /** One obligation's status in a report, checked against the report's one-pass status as {@link #at} does. */
    static ObligationStatus checked(StatusReport report, String id) {
        ObligationStatus status = report.status(id);
        assertThat(report.dueStatus(id)).as("one-pass status of %s", id).isEqualTo(status.status());
        return status;
    }

    /** The 依申请公开 plan of 2024 and requests received on dates, each its own occurrence of receipt. */
    static Schedule requests(String... receivedAndSubject) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < receivedAndSubject.length; i += 2) {
            occurrences.add(Occurrence.of("receipt", d(receivedAndSubject[i]), receivedAndSubject[i + 1]));
        }
        return SCHEDULER.schedule(plan("ysq", 2024, "2024-01-02")
                .task(Task.builder("1").content("依申请公开答复").lead("zfb").timeLimit(REPLY)).build(), occurrences);
    }

    @Nested
    class WorkedExamples {

        @Test
        void example8OverdueByFourWorkingDays() {
            // due Mon 2021-10-11; as of Fri 10-15: (D, T] = 10-12, 10-13, 10-14, 10-15 = 4 working days: 黄
            Schedule s = oneTask(2021, "2021年10月11日前");
            assertThat(s.find("p/1@zfb").orElseThrow().dueDate()).hasValue(d("2021-10-11"));
            ObligationStatus st = at(s, "2021-10-15", "p/1@zfb");
            assertThat(st.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(st.workingDaysOverdue()).isEqualTo(4);
            assertThat(st.warningLevel()).hasValue(WarningLevel.YELLOW);
        }

        @Test
        void example9OverdueByTwoWorkingDaysAfterTheNationalDay() {
            // due Mon 2024-09-30; 10-01..10-07 off; as of Wed 10-09: 10-08, 10-09 = 2
            Schedule s = oneTask(2024, "9月底前");
            assertThat(s.find("p/1@zfb").orElseThrow().dueDate()).hasValue(d("2024-09-30"));
            ObligationStatus st = at(s, "2024-10-09", "p/1@zfb");
            assertThat(st.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(st.workingDaysOverdue()).isEqualTo(2);
            // §8 example 48: as of Thu 10-03, a holiday, overdue by 0
            assertThat(at(s, "2024-10-03", "p/1@zfb").status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(at(s, "2024-10-03", "p/1@zfb").workingDaysOverdue()).isZero();
        }

        @Test
        void example10CompletedApplicationRestartsTheClock() {
            // received Fri 2024-09-20: 09-23..27 (5), adjusted Sun 09-29 (6), 09-30 (7), 10-08..11 (11), adjusted Sat
            // 10-12 (12), 10-14..18 (17), 10-21, 22, 23 (20): due 2024-10-23
            Schedule s = requests("2024-09-20", "ysq-2024-031");
            String id = "ysq/1/ysq-2024-031@zfb";
            assertThat(s.find(id).orElseThrow().dueDate()).hasValue(d("2024-10-23"));
            // 补正 received Thu 10-10: 10-11 (1), adjusted Sat 10-12 (2), 10-14..18 (7), 10-21..25 (12),
            // 10-28..11-01 (17), 11-04, 05, 06 (20): due 2024-11-06
            ObligationStatus st = at(s, "2024-10-10", id, Restart.of(id, d("2024-10-10")));
            assertThat(st.dueDate()).hasValue(d("2024-11-06"));
            assertThat(st.originalDueDate()).hasValue(d("2024-10-23"));
            assertThat(st.status()).isEqualTo(DueStatus.PENDING);
            assertThat(st.history()).singleElement().satisfies(h -> {
                assertThat(h.dueBefore()).hasValue(d("2024-10-23"));
                assertThat(h.dueAfter()).hasValue(d("2024-11-06"));
            });
        }

        @Test
        void example11ConsultationIsAPause() {
            // received Fri 2024-03-01: 03-04..08 (5), 03-11..15 (10), 03-18..22 (15), 03-25..29 (20)
            Schedule s = requests("2024-03-01", "ysq-2024-017");
            String id = "ysq/1/ysq-2024-017@zfb";
            assertThat(at(s, "2024-03-29", id).dueDate()).hasValue(d("2024-03-29"));
            // third party 03-11..03-22 left out (10 working days): 03-04..08 (5), 03-25..29 (10), 04-01..03 (13),
            // 清明节 04-04..06 off, adjusted Sun 04-07 (14), 04-08..12 (19), Mon 04-15 (20)
            ObligationStatus st = at(s, "2024-03-29", id, Pause.of(id, d("2024-03-11"), d("2024-03-22")));
            assertThat(st.dueDate()).hasValue(d("2024-04-15"));
            assertThat(st.originalDueDate()).hasValue(d("2024-03-29"));
            // as of 03-29: 04-01, 02, 03, 07, 08..12, 15 = 10 working days left
            assertThat(st.status()).isEqualTo(DueStatus.PENDING);
            assertThat(st.workingDaysLeft()).isEqualTo(10);
            assertThat(st.history()).singleElement().extracting(HistoryEntry::english).asString()
                    .contains("10 working days", "2024-03-29", "2024-04-15");
            assertThat(st.history()).singleElement().extracting(HistoryEntry::chinese).asString()
                    .contains("10个工作日", "2024-03-29", "2024-04-15");
        }

        @Test
        void example45ExtensionByTwentyWorkingDaysLandsOnAnAdjustedSunday() {
            // received 2024-03-01, due 03-29 (20); +20: 04-01..03 (23), adjusted Sun 04-07 (24), 04-08..12 (29),
            // 04-15..19 (34), 04-22..26 (39), adjusted Sun 04-28 (40)
            Schedule s = requests("2024-03-01", "ysq-2024-017");
            String id = "ysq/1/ysq-2024-017@zfb";
            ObligationStatus st = at(s, "2024-03-29", id, Extension.of(id, d("2024-03-29"), 20));
            assertThat(st.dueDate()).hasValue(d("2024-04-28"));
        }
    }

    @Nested
    class Boundaries {

        // Due Mon 2021-10-11 ("2021年10月11日前"). Before it: adjusted Sat 10-09, Fri 10-08, then 国庆节 10-01..07 off,
        // so Thu 09-30 is D − 3 working days and Wed 09-29 is D − 4.
        final Schedule s = oneTask(2021, "2021年10月11日前");

        @Test
        void kWorkingDaysBeforeIsDueSoon() {
            ObligationStatus st = at(s, "2021-09-30", "p/1@zfb");   // L = 10-08, 10-09, 10-11 = 3 = K
            assertThat(st.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(st.workingDaysLeft()).isEqualTo(3);
            assertThat(st.warningLevel()).hasValue(WarningLevel.BLUE);
            // a 国庆节 day in the window: L is still 3
            assertThat(at(s, "2021-10-05", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(at(s, "2021-10-05", "p/1@zfb").workingDaysLeft()).isEqualTo(3);
        }

        @Test
        void kPlusOneWorkingDaysBeforeIsPending() {
            ObligationStatus st = at(s, "2021-09-29", "p/1@zfb");   // L = 09-30, 10-08, 10-09, 10-11 = 4
            assertThat(st.status()).isEqualTo(DueStatus.PENDING);
            assertThat(st.workingDaysLeft()).isEqualTo(4);
            assertThat(st.warningLevel()).isEmpty();
        }

        @Test
        void aSaturdayBeforeAMondayDueDateIsDueSoon() {
            // §8 example 46: due Mon 2024-03-11
            Schedule m = oneTask(2024, "2024年3月11日前");
            assertThat(at(m, "2024-03-09", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);   // L = 03-11 = 1
            assertThat(at(m, "2024-03-09", "p/1@zfb").workingDaysLeft()).isEqualTo(1);
            assertThat(at(m, "2024-03-06", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);   // 07, 08, 11
            assertThat(at(m, "2024-03-05", "p/1@zfb").status()).isEqualTo(DueStatus.PENDING);    // 06, 07, 08, 11
            // §8 example 47: due Tue 2024-10-08; Fri 09-27 has L = adjusted Sun 09-29, 09-30, 10-08 = 3
            Schedule t = oneTask(2024, "2024年10月8日前");
            assertThat(at(t, "2024-09-27", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(at(t, "2024-09-27", "p/1@zfb").workingDaysLeft()).isEqualTo(3);
            assertThat(at(t, "2024-09-26", "p/1@zfb").status()).isEqualTo(DueStatus.PENDING);    // + 09-27 = 4
            // the adjusted Sunday itself: L = 09-30, 10-08 = 2
            assertThat(at(t, "2024-09-29", "p/1@zfb").workingDaysLeft()).isEqualTo(2);
        }

        @Test
        void onTheDueDateIsDueSoonWithNoneLeft() {
            ObligationStatus st = at(s, "2021-10-11", "p/1@zfb");
            assertThat(st.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(st.workingDaysLeft()).isZero();
            assertThat(st.workingDaysOverdue()).isZero();
            assertThat(st.warningLevel()).hasValue(WarningLevel.BLUE);
        }

        @Test
        void oneWorkingDayAfterAcrossTheHoliday() {
            // due Thu 2021-09-30; 10-01..07 off
            Schedule q = oneTask(2021, "9月底前");
            ObligationStatus holiday = at(q, "2021-10-04", "p/1@zfb");
            assertThat(holiday.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(holiday.workingDaysOverdue()).isZero();
            assertThat(holiday.warningLevel()).hasValue(WarningLevel.YELLOW);
            ObligationStatus first = at(q, "2021-10-08", "p/1@zfb");   // Fri 10-08, the first working day after
            assertThat(first.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(first.workingDaysOverdue()).isEqualTo(1);
            // the adjusted Saturday 10-09 counts: 2; Sunday 10-10 adds none: 2; Mon 10-11: 3
            assertThat(at(q, "2021-10-09", "p/1@zfb").workingDaysOverdue()).isEqualTo(2);
            assertThat(at(q, "2021-10-10", "p/1@zfb").workingDaysOverdue()).isEqualTo(2);
            assertThat(at(q, "2021-10-11", "p/1@zfb").workingDaysOverdue()).isEqualTo(3);
        }

        @Test
        void aWindowOfZeroWorkingDays() {
            // K = 0: due soon only when no working day is left in (T, D]
            SchedulePolicy k0 = SchedulePolicy.defaults().withDueSoonWorkingDays(0);
            Schedule m = Scheduler.of(CHINA).withPolicy(k0).schedule(plan("p", 2021, "2021-01-01")
                    .task(Task.builder("1").content("任务").lead("zfb").timeLimit("2021年10月11日前")).build());
            assertThat(at(m, "2021-10-11", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);   // T = D
            assertThat(at(m, "2021-10-10", "p/1@zfb").status()).isEqualTo(DueStatus.PENDING);    // Sun: L = 10-11
            assertThat(at(m, "2021-10-09", "p/1@zfb").status()).isEqualTo(DueStatus.PENDING);    // adjusted Sat: 1
            // due Sun 2021-10-31 (月底前 is not rolled, §3): Fri 10-29 has L = 0 (10-30, 10-31 are a weekend)
            Schedule e = Scheduler.of(CHINA).withPolicy(k0).schedule(plan("p", 2021, "2021-01-01")
                    .task(Task.builder("1").content("任务").lead("zfb").timeLimit("10月底前")).build());
            assertThat(e.find("p/1@zfb").orElseThrow().dueDate()).hasValue(d("2021-10-31"));
            assertThat(at(e, "2021-10-29", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(at(e, "2021-10-28", "p/1@zfb").status()).isEqualTo(DueStatus.PENDING);    // L = 10-29
            // and Mon 11-01 is overdue by 1
            assertThat(at(e, "2021-11-01", "p/1@zfb").workingDaysOverdue()).isEqualTo(1);
        }

        @Test
        void completionOnTheDueDateAndOnTheNextWorkingDays() {
            Schedule q = oneTask(2021, "9月底前");
            ObligationStatus onTime = at(q, "2021-10-15", "p/1@zfb", Completion.of("p/1@zfb", d("2021-09-30")));
            assertThat(onTime.status()).isEqualTo(DueStatus.DONE_ON_TIME);
            assertThat(onTime.completedOn()).hasValue(d("2021-09-30"));
            assertThat(onTime.workingDaysLate()).isZero();
            assertThat(onTime.warningLevel()).isEmpty();
            // done Fri 10-08: late by 1 working day, though eight calendar days passed
            ObligationStatus late = at(q, "2021-10-15", "p/1@zfb", Completion.of("p/1@zfb", d("2021-10-08")));
            assertThat(late.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(late.workingDaysLate()).isEqualTo(1);
            // done on the adjusted working Saturday 10-09: late by 2 (10-08, 10-09)
            assertThat(at(q, "2021-10-15", "p/1@zfb", Completion.of("p/1@zfb", d("2021-10-09"))).workingDaysLate())
                    .isEqualTo(2);
            // done on a holiday 10-05: late by 0 working days, but late
            ObligationStatus holiday = at(q, "2021-10-15", "p/1@zfb", Completion.of("p/1@zfb", d("2021-10-05")));
            assertThat(holiday.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(holiday.workingDaysLate()).isZero();
            // §8 example 49: due 2024-09-30, done 2024-10-08: late by 1
            Schedule y = oneTask(2024, "9月底前");
            assertThat(at(y, "2024-10-20", "p/1@zfb", Completion.of("p/1@zfb", d("2024-10-08"))).workingDaysLate())
                    .isEqualTo(1);
        }

        @Test
        void anAdjustedWorkingDayCountsTowardsADueDate() {
            // 印发后3个工作日内, issued Thu 2021-09-30: Fri 10-08 (1), adjusted Sat 10-09 (2), Mon 10-11 (3)
            Schedule e = SCHEDULER.schedule(plan("p", 2021, "2021-01-04")
                    .task(Task.builder("1").content("解读").lead("zfb").timeLimit("印发后3个工作日内")).build(),
                    List.of(Occurrence.of("issuance", d("2021-09-30"), "某府发〔2021〕5号")));
            String id = "p/1/某府发〔2021〕5号@zfb";
            assertThat(e.find(id).orElseThrow().dueDate()).hasValue(d("2021-10-11"));
            // on the adjusted Saturday: L = 10-11 = 1
            assertThat(at(e, "2021-10-09", id).workingDaysLeft()).isEqualTo(1);
            // §8 example 4: 20个工作日内 after 2020-04-09 lands on the adjusted Saturday 2020-05-09
            Schedule g = SCHEDULER.schedule(plan("g", 2020, "2020-04-09").event("issuance", d("2020-04-09"))
                    .task(Task.builder("1").content("方案").lead("zfb").timeLimit("印发后20个工作日内")).build());
            assertThat(g.find("g/1@zfb").orElseThrow().dueDate()).hasValue(d("2020-05-09"));
        }
    }

    @Nested
    class RecurringCountsFreshnessAndEvents {

        @Test
        void quarterlyFromAPlanIssuedInJuneIncludingThePartialFirstQuarter() {
            Schedule s = SCHEDULER.schedule(plan("xy", 2021, "2021-06-24")
                    .task(Task.builder("7").content("财政预决算公开").lead("czj").timeLimit("每季度一次")).build());
            assertThat(s.obligations()).extracting(Obligation::id)
                    .containsExactly("xy/7/2021-Q2@czj", "xy/7/2021-Q3@czj", "xy/7/2021-Q4@czj");
            assertThat(s.obligations()).extracting(o -> o.dueDate().orElseThrow())
                    .containsExactly(d("2021-06-30"), d("2021-09-30"), d("2021-12-31"));
            // as of Fri 06-25: Q2 L = 06-28, 29, 30 = 3 → due soon; Q3 pending
            StatusReport r = s.statusAsOf(d("2021-06-25"), List.of());
            assertThat(checked(r, "xy/7/2021-Q2@czj").status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(checked(r, "xy/7/2021-Q3@czj").status()).isEqualTo(DueStatus.PENDING);
            // done Thu 07-01, the day after: late by 1
            ObligationStatus q2 = at(s, "2021-07-05", "xy/7/2021-Q2@czj",
                    Completion.of("xy/7/2021-Q2@czj", d("2021-07-01")));
            assertThat(q2.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(q2.workingDaysLate()).isEqualTo(1);
        }

        @Test
        void theLastQuarterIsOverdueAcrossNewYear() {
            Schedule s = SCHEDULER.schedule(plan("xy", 2021, "2021-06-24")
                    .task(Task.builder("7").content("财政预决算公开").lead("czj").timeLimit("每季度一次")).build());
            // due Fri 2021-12-31; 元旦 2022-01-01..03 off; as of Mon 01-03 overdue by 0, Tue 01-04 by 1
            assertThat(at(s, "2022-01-03", "xy/7/2021-Q4@czj").workingDaysOverdue()).isZero();
            assertThat(at(s, "2022-01-04", "xy/7/2021-Q4@czj").workingDaysOverdue()).isEqualTo(1);
            // a completion dated before the quarter began is refused, naming the obligation
            assertThatThrownBy(() -> at(s, "2021-10-15", "xy/7/2021-Q4@czj",
                    Completion.of("xy/7/2021-Q4@czj", d("2021-09-30"))))
                    .isInstanceOf(ScheduleRecordException.class).hasMessageContaining("xy/7/2021-Q4@czj");
        }

        @Test
        void aMinimumCountReachedInsideAndAfterThePeriod() {
            Schedule s = SCHEDULER.schedule(plan("xy", 2021, "2021-06-24")
                    .task(Task.builder("12").content("信息报送").lead("zfb", "czj").timeLimit("每月不少于2篇")).build());
            Obligation july = s.find("xy/12/2021-07@zfb").orElseThrow();
            assertThat(july.minimumCount()).isEqualTo(2);
            assertThat(july.dueDate()).hasValue(d("2021-07-31"));   // a Saturday, period ends do not roll (§4)
            List<ObligationRecord> records = List.of(
                    Completion.of("xy/12/2021-07@zfb", d("2021-07-10")),
                    Completion.of("xy/12/2021-07@zfb", d("2021-07-20")),
                    Completion.of("xy/12/2021-07@czj", d("2021-07-15")),
                    Completion.of("xy/12/2021-07@czj", d("2021-08-02")));
            StatusReport inside = s.statusAsOf(d("2021-08-10"), records);
            assertThat(checked(inside, "xy/12/2021-07@zfb").status()).isEqualTo(DueStatus.DONE_ON_TIME);
            assertThat(checked(inside, "xy/12/2021-07@zfb").completedOn()).hasValue(d("2021-07-20"));
            assertThat(checked(inside, "xy/12/2021-07@zfb").count()).isEqualTo(2);
            // the second item came Mon 08-02: (07-31, 08-02] = 08-02 = late by 1
            assertThat(checked(inside, "xy/12/2021-07@czj").status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(checked(inside, "xy/12/2021-07@czj").workingDaysLate()).isEqualTo(1);
            assertThat(checked(inside, "xy/12/2021-07@czj").completedOn()).hasValue(d("2021-08-02"));
            // as of Sun 08-01 one item only: overdue by 0 (07-31 and 08-01 are a weekend), count 1 of 2
            ObligationStatus meanwhile = checked(s.statusAsOf(d("2021-08-01"), records), "xy/12/2021-07@czj");
            assertThat(meanwhile.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(meanwhile.workingDaysOverdue()).isZero();
            assertThat(meanwhile.count()).isEqualTo(1);
            assertThat(meanwhile.completedOn()).isEmpty();
            // as of Fri 07-30, one item: L = (07-30, 07-31] has no working day: due soon with 0 left
            ObligationStatus friday = checked(s.statusAsOf(d("2021-07-30"), records), "xy/12/2021-07@czj");
            assertThat(friday.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(friday.workingDaysLeft()).isZero();
            // two items in one record
            assertThat(at(s, "2021-09-01", "xy/12/2021-08@zfb",
                    Completion.of("xy/12/2021-08@zfb", d("2021-08-31")).withCount(2)).status())
                    .isEqualTo(DueStatus.DONE_ON_TIME);
        }

        @Test
        void freshnessIsMeasuredFromTheLastCompletion() {
            // both phrases are read as "every 14 days" (docs/RULES.md §4); the plan's window opens 2021-09-01
            for (String phrase : List.of("超过14天未更新", "每14日至少更新一次")) {
                Schedule s = SCHEDULER.schedule(plan("f", 2021, "2021-09-01")
                        .task(Task.builder("3").content("栏目更新").lead("zfb").timeLimit(phrase)).build());
                String id = "f/3@zfb";
                // §8 example 40: from 09-01, due Wed 09-15
                assertThat(at(s, "2021-09-02", id).dueDate()).as(phrase).hasValue(d("2021-09-15"));
                assertThat(at(s, "2021-09-16", id).status()).as(phrase).isEqualTo(DueStatus.OVERDUE);
                // updated Fri 09-10: due Fri 09-24; as of 09-16 L = 09-17, 09-18 (adjusted Sat), 09-22, 09-23,
                // 09-24 = 5 → pending
                ObligationStatus after = at(s, "2021-09-16", id, Completion.of(id, d("2021-09-10")));
                assertThat(after.dueDate()).as(phrase).hasValue(d("2021-09-24"));
                assertThat(after.status()).as(phrase).isEqualTo(DueStatus.PENDING);
                assertThat(after.workingDaysLeft()).as(phrase).isEqualTo(5);
                // updated Fri 09-17: 14 days later is 10-01, a 国庆节 holiday, rolled as N日内 (§2.4) to Fri 10-08
                ObligationStatus rolled = at(s, "2021-09-30", id, Completion.of(id, d("2021-09-10")),
                        Completion.of(id, d("2021-09-17")));
                assertThat(rolled.dueDate()).as(phrase).hasValue(d("2021-10-08"));
                assertThat(rolled.completedOn()).as(phrase).hasValue(d("2021-09-17"));
                // and the earlier state replays: as of 09-16 the 09-17 update does not exist yet
                assertThat(at(s, "2021-09-16", id, Completion.of(id, d("2021-09-10")),
                        Completion.of(id, d("2021-09-17"))).dueDate()).as(phrase).hasValue(d("2021-09-24"));
            }
        }

        @Test
        void perEventOccurrencesDatedAfterTheDateAreNotTriggered() {
            Plan p = plan("xy", 2021, "2021-06-24")
                    .task(Task.builder("13").content("政策解读").lead("zfb").timeLimit("印发后3个工作日内")).build();
            Schedule waiting = SCHEDULER.schedule(p);
            assertThat(waiting.obligations()).extracting(Obligation::id).containsExactly("xy/13@zfb");
            assertThat(at(waiting, "2021-10-15", "xy/13@zfb").status()).isEqualTo(DueStatus.NOT_TRIGGERED);
            Schedule s = SCHEDULER.schedule(p, List.of(
                    Occurrence.of("issuance", d("2021-09-30"), "兴府发〔2021〕5号"),
                    Occurrence.of("印发", d("2021-09-17"), "兴府发〔2021〕4号")));
            String five = "xy/13/兴府发〔2021〕5号@zfb";
            String four = "xy/13/兴府发〔2021〕4号@zfb";
            // 09-17 (Fri): adjusted Sat 09-18 (1), 中秋 09-19..21 off, Wed 09-22 (2), Thu 09-23 (3)
            assertThat(s.find(four).orElseThrow().dueDate()).hasValue(d("2021-09-23"));
            StatusReport before = s.statusAsOf(d("2021-09-29"), List.of());
            assertThat(checked(before, five).status()).isEqualTo(DueStatus.NOT_TRIGGERED);
            assertThat(checked(before, five).dueDate()).isEmpty();
            // 4号 due 09-23, open as of 09-29: 09-24, 09-26 (adjusted Sun), 09-27, 09-28, 09-29 = 5
            assertThat(checked(before, four).status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(checked(before, four).workingDaysOverdue()).isEqualTo(5);
            assertThat(checked(before, four).warningLevel()).hasValue(WarningLevel.YELLOW);
            // the day of the event: L = 10-08, 10-09, 10-11 = 3
            ObligationStatus onTheDay = at(s, "2021-09-30", five);
            assertThat(onTheDay.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(onTheDay.workingDaysLeft()).isEqualTo(3);
        }
    }

    @Nested
    class PausesRestartsExtensions {

        final Schedule s = requests("2024-03-01", "ysq-2024-017");
        final String id = "ysq/1/ysq-2024-017@zfb";

        @Test
        void extensionAlone() {
            // due 03-29; +5: 04-01, 02, 03, adjusted Sun 04-07, Mon 04-08
            ObligationStatus st = at(s, "2024-04-01", id, Extension.of(id, d("2024-03-28"), 5));
            assertThat(st.dueDate()).hasValue(d("2024-04-08"));
            assertThat(st.originalDueDate()).hasValue(d("2024-03-29"));
            // as of Mon 04-01: L = 04-02, 04-03, 04-07, 04-08 = 4 → pending
            assertThat(st.status()).isEqualTo(DueStatus.PENDING);
            assertThat(st.workingDaysLeft()).isEqualTo(4);
        }

        @Test
        void extensionOnTheDueDateCountsAndTheDayAfterIsRefused() {
            assertThat(at(s, "2024-04-01", id, Extension.of(id, d("2024-03-29"), 1)).dueDate())
                    .hasValue(d("2024-04-01"));
            assertThatThrownBy(() -> at(s, "2024-04-01", id, Extension.of(id, d("2024-03-30"), 1)))
                    .isInstanceOf(ScheduleRecordException.class).hasMessageContaining(id)
                    .hasMessageContaining("2024-03-29");
            assertThatThrownBy(() -> at(s, "2024-04-01", id, Extension.of(id, d("2024-03-28"), 21)))
                    .isInstanceOf(ScheduleRecordException.class).hasMessageContaining(id);
        }

        @Test
        void restartAfterAPauseForgetsThePause() {
            // paused 03-04..03-08, then 补正 on Mon 03-11: the pause lies before the new start and does not matter.
            // From 03-11: 03-12..15 (4), 03-18..22 (9), 03-25..29 (14), 04-01..03 (17), adjusted Sun 04-07 (18),
            // 04-08 (19), 04-09 (20)
            ObligationStatus st = at(s, "2024-04-01", id, Pause.of(id, d("2024-03-04"), d("2024-03-08")),
                    Restart.of(id, d("2024-03-11")));
            assertThat(st.dueDate()).hasValue(d("2024-04-09"));
            assertThat(st.history()).extracting(h -> h.dueAfter().orElseThrow())
                    // the pause alone: 5 working days more after 03-29: 04-01..03, 04-07, 04-08
                    .containsExactly(d("2024-04-08"), d("2024-04-09"));
        }

        @Test
        void restartPauseAndExtensionTogether() {
            // 补正 Tue 03-05; consultation 03-11..03-22; extension 5 approved Wed 04-10.
            // From 03-05: 03-06, 07, 08 (3); paused 03-11..22; 03-25..29 (8); 04-01..03 (11); adjusted Sun 04-07 (12);
            // 04-08..12 (17); 04-15..19 (22); 04-22, 23, 24 (25): due Wed 2024-04-24 (20 without the extension: 04-17)
            List<ObligationRecord> records = List.of(Extension.of(id, d("2024-04-10"), 5),
                    Pause.of(id, d("2024-03-11"), d("2024-03-22")), Restart.of(id, d("2024-03-05")));
            ObligationStatus st = checked(s.statusAsOf(d("2024-04-10"), records), id);
            assertThat(st.dueDate()).hasValue(d("2024-04-24"));
            assertThat(st.originalDueDate()).hasValue(d("2024-03-29"));
            assertThat(st.history()).extracting(HistoryEntry::record).extracting(ObligationRecord::date)
                    .containsExactly(d("2024-03-05"), d("2024-03-11"), d("2024-04-10"));
            // 03-05 + 20: 03-06..08 (3), 03-11..15 (8), 03-18..22 (13), 03-25..29 (18), 04-01, 04-02 (20)
            assertThat(st.history()).extracting(h -> h.dueAfter().orElseThrow())
                    .containsExactly(d("2024-04-02"), d("2024-04-17"), d("2024-04-24"));
            assertThat(st.history()).allMatch(HistoryEntry::movedDueDate);
        }

        @Test
        void pauseAndExtensionTogether() {
            // example 11 (due 04-15) + 5 approved 04-10: 04-16, 17, 18, 19, 22
            ObligationStatus st = at(s, "2024-04-10", id, Pause.of(id, d("2024-03-11"), d("2024-03-22")),
                    Extension.of(id, d("2024-04-10"), 5));
            assertThat(st.dueDate()).hasValue(d("2024-04-22"));
        }

        @Test
        void pausesAndExtensionsAlsoMoveAFixedDueDate() {
            // due Thu 2021-09-30; a pause over Mon 09-27 and Tue 09-28 (2 working days): 10-08, adjusted Sat 10-09
            Schedule f = oneTask(2021, "9月底前");
            ObligationStatus paused = at(f, "2021-10-08", "p/1@zfb",
                    Pause.of("p/1@zfb", d("2021-09-27"), d("2021-09-28")));
            assertThat(paused.dueDate()).hasValue(d("2021-10-09"));
            assertThat(paused.originalDueDate()).hasValue(d("2021-09-30"));
            assertThat(paused.status()).isEqualTo(DueStatus.DUE_SOON);   // L = 10-09 = 1
            // an extension of 2 working days approved on the due date: the same date
            assertThat(at(f, "2021-10-08", "p/1@zfb", Extension.of("p/1@zfb", d("2021-09-30"), 2)).dueDate())
                    .hasValue(d("2021-10-09"));
            // the obligation has no rule to count again: a restart is refused
            assertThatThrownBy(() -> at(f, "2021-10-08", "p/1@zfb", Restart.of("p/1@zfb", d("2021-09-20"))))
                    .isInstanceOf(ScheduleRecordException.class).hasMessageContaining("p/1@zfb");
        }

        @Test
        void extensionsAddUpToTheCapOfTwenty() {
            // 10 approved 03-20 (due 03-29): 04-01..03 (3), adjusted Sun 04-07 (4), 04-08..12 (9), 04-15 (10);
            // 10 more approved 04-05 (due 04-15): 04-16..19 (4), 04-22..26 (9), adjusted Sun 04-28 (10) — as example 45
            Extension first = Extension.of(id, d("2024-03-20"), 10);
            Extension second = Extension.of(id, d("2024-04-05"), 10);
            ObligationStatus st = at(s, "2024-04-30", id, first, second);
            assertThat(st.dueDate()).hasValue(d("2024-04-28"));
            assertThat(st.history()).extracting(h -> h.dueAfter().orElseThrow())
                    .containsExactly(d("2024-04-15"), d("2024-04-28"));
            // a third of 1 working day would make 21: refused (条例第三十三条第二款)
            assertThatThrownBy(() -> at(s, "2024-04-30", id, first, second, Extension.of(id, d("2024-04-08"), 1)))
                    .isInstanceOf(ScheduleRecordException.class).hasMessageContaining(id);
        }

        @Test
        void aPauseCoveringTheDueDateAndOneBeforeReceipt() {
            // consulted Fri 03-29 (the due date) .. Tue 04-02: 03-29, 04-01, 04-02 not counted; 19 were counted by
            // 03-28, so the 20th is Wed 04-03
            assertThat(at(s, "2024-04-30", id, Pause.of(id, d("2024-03-29"), d("2024-04-02"))).dueDate())
                    .hasValue(d("2024-04-03"));
            // a pause from before receipt is refused, naming the obligation
            assertThatThrownBy(() -> at(s, "2024-04-30", id, Pause.of(id, d("2024-02-28"), d("2024-03-05"))))
                    .isInstanceOf(ScheduleRecordException.class).hasMessageContaining(id);
        }

        @Test
        void aPauseExistsWholeFromItsFirstDay() {
            // as of 03-15, inside the consultation 03-11..03-22, the record exists and moves D to 04-15; L counts every
            // working day in (T, D] (§7.2): 03-18..22 (5), 03-25..29 (10), 04-01..03 (13), 04-07 (14),
            // 04-08..12 (19), 04-15 (20)
            ObligationStatus mid = at(s, "2024-03-15", id, Pause.of(id, d("2024-03-11"), d("2024-03-22")));
            assertThat(mid.dueDate()).hasValue(d("2024-04-15"));
            assertThat(mid.workingDaysLeft()).isEqualTo(20);
            // the day before it starts, it does not exist
            assertThat(at(s, "2024-03-10", id, Pause.of(id, d("2024-03-11"), d("2024-03-22"))).dueDate())
                    .hasValue(d("2024-03-29"));
        }

        @Test
        void twoOverlappingPausesCountEachDayOnce() {
            // 03-11..03-15 and 03-13..03-22 together cover 03-11..03-22: the same 10 working days as example 11
            ObligationStatus st = at(s, "2024-04-01", id, Pause.of(id, d("2024-03-11"), d("2024-03-15")),
                    Pause.of(id, d("2024-03-13"), d("2024-03-22")));
            assertThat(st.dueDate()).hasValue(d("2024-04-15"));
        }

        @Test
        void replayAtPastDates() {
            List<ObligationRecord> records = List.of(Pause.of(id, d("2024-03-11"), d("2024-03-22")),
                    Extension.of(id, d("2024-04-10"), 5), Completion.of(id, d("2024-04-19")));
            // 03-08: nothing yet; due 03-29; L = 03-11..15, 18..22, 25..29 = 15
            ObligationStatus early = checked(s.statusAsOf(d("2024-03-08"), records), id);
            assertThat(early.dueDate()).hasValue(d("2024-03-29"));
            assertThat(early.status()).isEqualTo(DueStatus.PENDING);
            assertThat(early.workingDaysLeft()).isEqualTo(15);
            assertThat(early.history()).isEmpty();
            // 04-09: the pause; due 04-15; L = 04-10, 11, 12, 15 = 4
            ObligationStatus paused = checked(s.statusAsOf(d("2024-04-09"), records), id);
            assertThat(paused.dueDate()).hasValue(d("2024-04-15"));
            assertThat(paused.status()).isEqualTo(DueStatus.PENDING);
            assertThat(paused.workingDaysLeft()).isEqualTo(4);
            // 04-10: and the extension; due 04-22; L = 04-11, 12, 15..19, 22 = 8
            ObligationStatus extended = checked(s.statusAsOf(d("2024-04-10"), records), id);
            assertThat(extended.dueDate()).hasValue(d("2024-04-22"));
            assertThat(extended.workingDaysLeft()).isEqualTo(8);
            assertThat(extended.history()).hasSize(2);
            // without the extension record the same day would be due soon: L = 04-11, 12, 15 = 3
            assertThat(checked(s.statusAsOf(d("2024-04-10"), records.subList(0, 1)), id).status())
                    .isEqualTo(DueStatus.DUE_SOON);
            // 04-18: L = 04-19, 04-22 = 2 → due soon
            assertThat(checked(s.statusAsOf(d("2024-04-18"), records), id).status()).isEqualTo(DueStatus.DUE_SOON);
            // 04-30: done 04-19, on time
            ObligationStatus done = checked(s.statusAsOf(d("2024-04-30"), records), id);
            assertThat(done.status()).isEqualTo(DueStatus.DONE_ON_TIME);
            assertThat(done.completedOn()).hasValue(d("2024-04-19"));
            // the 03-29 report, replayed later, equals the one made on 03-29 with only the records known then
            assertThat(checked(s.statusAsOf(d("2024-03-29"), records), id))
                    .isEqualTo(checked(s.statusAsOf(d("2024-03-29"), records.subList(0, 1)), id));
        }

        @Test
        void aRequestReceivedLateInTheYearIsDueInTheNext() {
            // received Fri 2024-12-20: 12-23..27 (5), 12-30, 31 (7), 元旦 2025-01-01 off, 01-02, 03 (9),
            // 01-06..10 (14), 01-13..17 (19), Mon 2025-01-20 (20)
            Schedule late = requests("2024-12-20", "ysq-2024-301");
            assertThat(late.find("ysq/1/ysq-2024-301@zfb").orElseThrow().dueDate()).hasValue(d("2025-01-20"));
            assertThat(at(late, "2025-01-21", "ysq/1/ysq-2024-301@zfb").workingDaysOverdue()).isEqualTo(1);
        }
    }

    @Nested
    class WarningLevels {

        // due Thu 2021-09-30; working days after it: 10-08 (1), adjusted Sat 10-09 (2), 10-11 (3), 10-12 (4),
        // 10-13 (5), 10-14 (6), 10-15 (7)
        final Schedule s = oneTask(2021, "9月底前");

        @Test
        void defaultBlueYellowRed() {
            assertThat(at(s, "2021-09-27", "p/1@zfb").warningLevel()).hasValue(WarningLevel.BLUE);   // L = 3
            assertThat(at(s, "2021-09-24", "p/1@zfb").warningLevel()).isEmpty();   // L = 09-26, 27..30 = 5
            assertThat(at(s, "2021-10-13", "p/1@zfb").workingDaysOverdue()).isEqualTo(5);
            assertThat(at(s, "2021-10-13", "p/1@zfb").warningLevel()).hasValue(WarningLevel.YELLOW);
            assertThat(at(s, "2021-10-14", "p/1@zfb").workingDaysOverdue()).isEqualTo(6);
            assertThat(at(s, "2021-10-14", "p/1@zfb").warningLevel()).hasValue(WarningLevel.RED);
            // §8 example 50: as of 10-15 overdue by 7, red
            assertThat(at(s, "2021-10-15", "p/1@zfb").workingDaysOverdue()).isEqualTo(7);
            assertThat(at(s, "2021-10-15", "p/1@zfb").warningLevel()).hasValue(WarningLevel.RED);
            // done late carries no level by default
            assertThat(at(s, "2021-10-15", "p/1@zfb", Completion.of("p/1@zfb", d("2021-10-15"))).warningLevel())
                    .isEmpty();
        }

        @Test
        void aCustomPolicy() {
            // overdue 1–3 → 黄, 4+ → 红, due soon with at most 2 left → 蓝; overdue by 0 gets nothing
            SchedulePolicy policy = SchedulePolicy.defaults().withWarningRules(List.of(
                    WarningRule.overdue(1, 3, WarningLevel.YELLOW), WarningRule.overdueFrom(4, WarningLevel.RED),
                    WarningRule.dueSoonWithin(2, WarningLevel.BLUE)));
            Schedule c = Scheduler.of(CHINA).withPolicy(policy).schedule(plan("p", 2021, "2021-01-01")
                    .task(Task.builder("1").content("任务").lead("zfb").timeLimit("9月底前")).build());
            assertThat(at(c, "2021-09-27", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);   // L = 3
            assertThat(at(c, "2021-09-27", "p/1@zfb").warningLevel()).isEmpty();
            assertThat(at(c, "2021-09-28", "p/1@zfb").warningLevel()).hasValue(WarningLevel.BLUE);   // L = 2
            assertThat(at(c, "2021-10-04", "p/1@zfb").warningLevel()).isEmpty();   // overdue by 0
            assertThat(at(c, "2021-10-08", "p/1@zfb").warningLevel()).hasValue(WarningLevel.YELLOW);   // 1
            assertThat(at(c, "2021-10-11", "p/1@zfb").warningLevel()).hasValue(WarningLevel.YELLOW);   // 3
            assertThat(at(c, "2021-10-12", "p/1@zfb").warningLevel()).hasValue(WarningLevel.RED);      // 4
            // and a window K = 5: Fri 09-24 has L = 5 → due soon
            Schedule k5 = Scheduler.of(CHINA).withPolicy(SchedulePolicy.defaults().withDueSoonWorkingDays(5))
                    .schedule(plan("p", 2021, "2021-01-01")
                            .task(Task.builder("1").content("任务").lead("zfb").timeLimit("9月底前")).build());
            assertThat(at(k5, "2021-09-24", "p/1@zfb").status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(at(k5, "2021-09-23", "p/1@zfb").status()).isEqualTo(DueStatus.PENDING);   // L = 6
        }
    }

    @Nested
    class IdsAndThreads {

        /** A plan shaped like the 兴义市 2021 seed plan: recurring, fixed, per-event, minimum counts, ongoing. */
        Plan.Builder seedLike(boolean withExtraTask) {
            Plan.Builder b = Plan.builder("xingyi-2021").title("兴义市2021年政务公开工作要点").year(Year.of(2021))
                    .issued(d("2021-06-24"))
                    .unit(Unit.of("zfb", "市政府办公室")).unit(Unit.of("czj", "市财政局"))
                    .unit(Unit.of("sfj", "市司法局")).unit(Unit.of("dxz", "顶效镇")).unit(Unit.of("mjz", "马岭镇"))
                    .group(new UnitGroup("市直有关部门", List.of("czj", "sfj")))
                    .group(new UnitGroup("各乡镇（街道）", List.of("dxz", "mjz")))
                    .addressees(List.of("市直有关部门", "各乡镇（街道）"));
            if (withExtraTask) {
                b.task(Task.builder("0").content("新增任务").lead("sfj").timeLimit("每月一次"));
            }
            b.task(Task.builder("1").content("规划公开").lead("zfb")
                            .timeLimit("最新规划:印发后3个工作日内。历史规划:9月底前"))
                    .task(Task.builder("7").content("财政预决算公开").lead("czj", "zfb").timeLimit("每季度一次"))
                    .task(Task.builder("12").content("信息报送").lead("各乡镇（街道）").timeLimit("每月不少于4篇"))
                    .task(Task.builder("13").content("政策解读").lead("市直有关部门").timeLimit("印发后3个工作日内"))
                    .task(Task.builder("18").content("栏目更新").lead("zfb").timeLimit("超过14天未更新"))
                    .task(Task.builder("23").content("持续").lead("sfj").timeLimit("长期"))
                    .task(Task.builder("30").content("年度报告").timeLimit("2021年11月上旬"));
            if (withExtraTask) {
                b.task(Task.builder("31").content("又一新增").lead("zfb").timeLimit("2021年12月底前"));
            }
            return b;
        }

        final List<Occurrence> occurrences = List.of(
                Occurrence.of("issuance", d("2021-09-30"), "兴府发〔2021〕5号"),
                Occurrence.of("issuance", d("2021-09-17"), "兴府发〔2021〕4号").forTask("13"),
                Occurrence.of("issuance", d("2021-10-20"), "兴府发〔2021〕6号").forTask("1"));

        @Test
        void idsStayWhenTasksAreAdded() {
            Schedule before = SCHEDULER.schedule(seedLike(false).build(), occurrences);
            Schedule after = SCHEDULER.schedule(seedLike(true).build(), occurrences);
            List<String> ids = before.obligations().stream().map(Obligation::id).collect(Collectors.toList());
            assertThat(ids).contains("xingyi-2021/1#最新规划/兴府发〔2021〕5号@zfb", "xingyi-2021/1#历史规划@zfb",
                    "xingyi-2021/7/2021-Q3@czj", "xingyi-2021/12/2021-07@dxz", "xingyi-2021/13/兴府发〔2021〕4号@sfj",
                    "xingyi-2021/18@zfb", "xingyi-2021/23@sfj", "xingyi-2021/30@czj");
            assertThat(after.obligations().size()).isGreaterThan(before.obligations().size());
            for (Obligation o : before.obligations()) {
                Obligation same = after.find(o.id()).orElseThrow();
                assertThat(same.dueDate()).as(o.id()).isEqualTo(o.dueDate());
                assertThat(same.kind()).as(o.id()).isEqualTo(o.kind());
            }
            // the records made against the first schedule give the same statuses in the second
            List<ObligationRecord> records = List.of(Completion.of("xingyi-2021/7/2021-Q3@czj", d("2021-10-08")),
                    Completion.of("xingyi-2021/12/2021-07@dxz", d("2021-07-30")).withCount(4));
            StatusReport r1 = before.statusAsOf(d("2021-10-15"), records);
            StatusReport r2 = after.statusAsOf(d("2021-10-15"), records);
            for (String id : ids) {
                assertThat(checked(r2, id)).as(id).isEqualTo(checked(r1, id));
            }
            assertThat(checked(r1, "xingyi-2021/7/2021-Q3@czj").workingDaysLate()).isEqualTo(1);
        }

        @Test
        void threadsEvaluatingOneScheduleAgree() throws Exception {
            Schedule s = SCHEDULER.schedule(seedLike(true).build(), occurrences);
            List<ObligationRecord> records = List.of(Completion.of("xingyi-2021/7/2021-Q3@czj", d("2021-10-08")),
                    Completion.of("xingyi-2021/18@zfb", d("2021-09-17")),
                    Completion.of("xingyi-2021/12/2021-09@mjz", d("2021-09-10")).withCount(3));
            List<LocalDate> dates = List.of(d("2021-07-01"), d("2021-09-30"), d("2021-10-04"), d("2021-10-15"),
                    d("2021-12-31"));
            List<List<String>> expected = new ArrayList<>();
            for (LocalDate t : dates) {
                StatusReport r = s.statusAsOf(t, records);
                expected.add(render(r));
                // the one-pass counts agree with the full statuses
                for (DueStatus st : DueStatus.values()) {
                    assertThat(r.counts().get(st)).as("%s as of %s", st, t)
                            .isEqualTo((int) r.statuses().stream().filter(x -> x.status() == st).count());
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<List<String>>>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> {
                        List<List<String>> out = new ArrayList<>();
                        for (LocalDate t : dates) {
                            out.add(render(s.statusAsOf(t, records)));
                        }
                        return out;
                    }));
                }
                for (Future<List<List<String>>> f : runs) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(expected.get(3)).hasSize(s.obligations().size());
            // one report shared by threads, its full statuses made lazily on first request
            StatusReport shared = s.statusAsOf(d("2021-10-15"), records);
            ExecutorService readers = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> reads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    reads.add(readers.submit(() -> render(shared)));
                }
                for (Future<List<String>> f : reads) {
                    assertThat(f.get()).isEqualTo(expected.get(3));
                }
            } finally {
                readers.shutdownNow();
            }
            // a spot check that the rendering carries the results: Q3@czj done late by 1 as of 10-15
            assertThat(checked(s.statusAsOf(d("2021-10-15"), records), "xingyi-2021/7/2021-Q3@czj").status())
                    .isEqualTo(DueStatus.DONE_LATE);
        }

        private List<String> render(StatusReport r) {
            return r.statuses().stream().map(st -> st.toEnglish() + " | " + st.toChinese() + " | "
                    + st.warningLevel().map(WarningLevel::name).orElse("-")).collect(Collectors.toList());
        }
    }
}
