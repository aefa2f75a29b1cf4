package dev.shixian.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Freshness;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Status as of a date, with every date counted by hand from the State Council notices (国办发明电〔2020〕27号 for
 * 2021, 〔2023〕7号 for 2024) in the comments; the calendar's own arithmetic is never the oracle.
 */
class StatusEvaluatorTest {

    private static final WorkingCalendar CAL = ScheduleCalendars.china();
    private static final StatusEvaluator EVAL = StatusEvaluator.of(CAL);
    private static final String ID = "xingyi-2021/7/2021-Q3@czj";
    private static final String YSQ = "ysq-2024-017";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ObligationStatus at(ObligationTerms terms, String asOf, ObligationRecord... records) {
        return EVAL.evaluate(terms, List.of(records), d(asOf));
    }

    private static ObligationTerms dated(String due) {
        return ObligationTerms.dated(ID, d(due));
    }

    /** 依申请公开: 收到申请之日起20个工作日内, received on a date. */
    private static ObligationTerms reply(String received) {
        return ObligationTerms.afterEvent(YSQ, d(received), Deadline.parse("收到申请之日起20个工作日内"),
                DeadlineContext.of(CAL));
    }

    @Nested
    class Boundaries {

        // Due Monday 2021-10-11. Working days before it: Sat 10-09 (adjusted for 国庆节), Fri 10-08, then 10-01..07 are
        // 国庆节 days off, so Thu 09-30 is D − 3 working days and Wed 09-29 is D − 4.

        @Test
        void threeWorkingDaysBeforeIsDueSoon() {
            ObligationStatus s = at(dated("2021-10-11"), "2021-09-30");   // L = 10-08, 10-09, 10-11 = 3 = K
            assertThat(s.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(s.workingDaysLeft()).isEqualTo(3);
            assertThat(s.warningLevel()).contains(WarningLevel.BLUE);
        }

        @Test
        void fourWorkingDaysBeforeIsPending() {
            ObligationStatus s = at(dated("2021-10-11"), "2021-09-29");   // L = 09-30, 10-08, 10-09, 10-11 = 4 > K
            assertThat(s.status()).isEqualTo(DueStatus.PENDING);
            assertThat(s.workingDaysLeft()).isEqualTo(4);
            assertThat(s.warningLevel()).isEmpty();
        }

        @Test
        void aHolidayInsideTheWindowIsDueSoon() {
            ObligationStatus s = at(dated("2021-10-11"), "2021-10-03");   // 国庆节 day; L = 3
            assertThat(s.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(s.workingDaysLeft()).isEqualTo(3);
        }

        @Test
        void aSaturdayBeforeAMondayDueDateIsDueSoon() {
            // Due Monday 2021-11-15, an ordinary week
            assertThat(at(dated("2021-11-15"), "2021-11-13").status()).isEqualTo(DueStatus.DUE_SOON);   // L = 1
            assertThat(at(dated("2021-11-15"), "2021-11-13").workingDaysLeft()).isEqualTo(1);
            assertThat(at(dated("2021-11-15"), "2021-11-14").workingDaysLeft()).isEqualTo(1);           // Sunday
            assertThat(at(dated("2021-11-15"), "2021-11-10").status()).isEqualTo(DueStatus.DUE_SOON);   // 11, 12, 15
            assertThat(at(dated("2021-11-15"), "2021-11-09").status()).isEqualTo(DueStatus.PENDING);    // 10..15: 4
        }

        @Test
        void onTheDueDateIsDueSoonWithNoneLeft() {
            ObligationStatus s = at(dated("2021-10-11"), "2021-10-11");
            assertThat(s.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(s.workingDaysLeft()).isZero();
            assertThat(s.workingDaysOverdue()).isZero();
        }

        @Test
        void oneWorkingDayAfterAcrossTheHolidayIsOverdueByOne() {
            // Due Thu 2021-09-30; 10-01..07 are days off, so Fri 10-08 is the first working day after it
            ObligationStatus s = at(dated("2021-09-30"), "2021-10-08");
            assertThat(s.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(s.workingDaysOverdue()).isEqualTo(1);
            assertThat(s.workingDaysLeft()).isZero();
            assertThat(s.warningLevel()).contains(WarningLevel.YELLOW);
            assertThat(at(dated("2021-09-30"), "2021-10-09").workingDaysOverdue()).isEqualTo(2);   // adjusted Sat
            assertThat(at(dated("2021-09-30"), "2021-10-10").workingDaysOverdue()).isEqualTo(2);   // Sun
        }

        @Test
        void theDayAfterOnAHolidayIsOverdueByZero() {
            ObligationStatus s = at(dated("2021-09-30"), "2021-10-01");
            assertThat(s.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(s.workingDaysOverdue()).isZero();
            assertThat(s.warningLevel()).contains(WarningLevel.YELLOW);
        }

        @Test
        void aLargerWindowFromThePolicy() {
            StatusEvaluator k5 = EVAL.withPolicy(SchedulePolicy.defaults().withDueSoonWorkingDays(5));
            // due 2021-10-11; as of 2021-09-28: 09-29, 09-30, 10-08, 10-09, 10-11 = 5
            assertThat(k5.evaluate(dated("2021-10-11"), List.of(), d("2021-09-28")).status())
                    .isEqualTo(DueStatus.DUE_SOON);
            assertThat(k5.evaluate(dated("2021-10-11"), List.of(), d("2021-09-27")).status())
                    .isEqualTo(DueStatus.PENDING);
            StatusEvaluator k0 = EVAL.withPolicy(SchedulePolicy.defaults().withDueSoonWorkingDays(0));
            assertThat(k0.evaluate(dated("2021-10-11"), List.of(), d("2021-10-10")).status())
                    .isEqualTo(DueStatus.PENDING);   // Sunday: L = 1
            assertThat(k0.evaluate(dated("2021-10-11"), List.of(), d("2021-10-11")).status())
                    .isEqualTo(DueStatus.DUE_SOON);
        }
    }

    @Nested
    class Completions {

        @Test
        void onTheDueDateIsOnTime() {
            ObligationStatus s = at(dated("2021-09-30"), "2021-10-15", Completion.of(ID, d("2021-09-30")));
            assertThat(s.status()).isEqualTo(DueStatus.DONE_ON_TIME);
            assertThat(s.completedOn()).contains(d("2021-09-30"));
            assertThat(s.workingDaysLate()).isZero();
            assertThat(s.warningLevel()).isEmpty();
            assertThat(s.count()).isEqualTo(1);
        }

        @Test
        void onTheNextWorkingDayIsLateByOne() {
            ObligationStatus s = at(dated("2021-09-30"), "2021-10-15", Completion.of(ID, d("2021-10-08")));
            assertThat(s.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(s.workingDaysLate()).isEqualTo(1);
            assertThat(s.workingDaysOverdue()).isZero();
        }

        @Test
        void onAHolidayAfterTheDueDateIsLateByZero() {
            ObligationStatus s = at(dated("2021-09-30"), "2021-10-15", Completion.of(ID, d("2021-10-04")));
            assertThat(s.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(s.workingDaysLate()).isZero();
        }

        @Test
        void aCompletionAfterTheDateDoesNotExistYet() {
            ObligationTerms t = dated("2021-09-30");
            Completion c = Completion.of(ID, d("2021-10-08"));
            assertThat(at(t, "2021-09-30", c).status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(at(t, "2021-09-30", c).history()).isEmpty();
            assertThat(at(t, "2021-10-07", c).status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(at(t, "2021-10-08", c).status()).isEqualTo(DueStatus.DONE_LATE);
        }

        @Test
        void aMinimumReachedInsideThePeriod() {
            // 每季度不少于2篇, 2021-Q3 due 2021-09-30
            ObligationTerms t = dated("2021-09-30").withMinimumCount(2).withSpanStart(d("2021-07-01"));
            Completion first = Completion.of(ID, d("2021-07-20"));
            Completion second = Completion.of(ID, d("2021-09-28")).withNote("政策解读");
            // as of Fri 09-24: L = adjusted Sun 09-26, 09-27, 28, 29, 30 = 5; one of two done
            ObligationStatus mid = at(t, "2021-09-24", second, first);
            assertThat(mid.status()).isEqualTo(DueStatus.PENDING);
            assertThat(mid.workingDaysLeft()).isEqualTo(5);
            assertThat(mid.count()).isEqualTo(1);
            assertThat(at(t, "2021-09-27", second, first).status()).isEqualTo(DueStatus.DUE_SOON);   // 28, 29, 30
            ObligationStatus s = at(t, "2021-10-15", second, first);
            assertThat(s.status()).isEqualTo(DueStatus.DONE_ON_TIME);
            assertThat(s.completedOn()).contains(d("2021-09-28"));
            assertThat(s.count()).isEqualTo(2);
            assertThat(s.minimumCount()).isEqualTo(2);
            assertThat(s.history()).extracting(HistoryEntry::english).containsExactly(
                    "completed 2021-07-20: 1 item, 1 of 2", "completed 2021-09-28: 1 item, 2 of 2");
            assertThat(s.history().get(1).chinese()).isEqualTo("完成 2021-09-28：1项，累计2/2");
        }

        @Test
        void aMinimumReachedAfterThePeriod() {
            ObligationTerms t = dated("2021-09-30").withMinimumCount(2).withSpanStart(d("2021-07-01"));
            Completion first = Completion.of(ID, d("2021-07-20"));
            Completion late = Completion.of(ID, d("2021-10-09"));   // adjusted Saturday: 10-08, 10-09
            ObligationStatus before = at(t, "2021-10-08", first, late);
            assertThat(before.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(before.count()).isEqualTo(1);
            assertThat(before.completedOn()).isEmpty();
            ObligationStatus s = at(t, "2021-10-15", first, late);
            assertThat(s.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(s.completedOn()).contains(d("2021-10-09"));
            assertThat(s.workingDaysLate()).isEqualTo(2);
        }

        @Test
        void oneCompletionWithACount() {
            ObligationTerms t = dated("2021-09-30").withMinimumCount(3);
            ObligationStatus s = at(t, "2021-09-30", Completion.of(ID, d("2021-09-01")).withCount(3));
            assertThat(s.status()).isEqualTo(DueStatus.DONE_ON_TIME);
            assertThat(s.count()).isEqualTo(3);
        }

        @Test
        void completionsThatDoNotAddUp() {
            StatusEvaluator single = EVAL.withPolicy(SchedulePolicy.defaults().withCompletionsAddingUp(false));
            ObligationTerms t = dated("2021-09-30").withMinimumCount(2);
            List<ObligationRecord> ones = List.of(Completion.of(ID, d("2021-09-01")),
                    Completion.of(ID, d("2021-09-02")));
            ObligationStatus s = single.evaluate(t, ones, d("2021-10-08"));
            assertThat(s.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(s.count()).isEqualTo(1);
            List<ObligationRecord> withTwo = new ArrayList<>(ones);
            withTwo.add(Completion.of(ID, d("2021-10-08")).withCount(2));
            ObligationStatus done = single.evaluate(t, withTwo, d("2021-10-08"));
            assertThat(done.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(done.completedOn()).contains(d("2021-10-08"));
            assertThat(EVAL.evaluate(t, ones, d("2021-10-08")).status()).isEqualTo(DueStatus.DONE_ON_TIME);
        }
    }

    @Nested
    class SemanticsExamples {

        @Test
        void example8OverdueByFour() {
            ObligationStatus s = at(dated("2021-10-11"), "2021-10-15");   // Tue 12, Wed 13, Thu 14, Fri 15
            assertThat(s.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(s.workingDaysOverdue()).isEqualTo(4);
            assertThat(s.toEnglish())
                    .isEqualTo("overdue by 4 working days (due 2021-10-11, as of 2021-10-15) [yellow]");
            assertThat(s.toChinese()).isEqualTo("逾期4个工作日（截止日期 2021-10-11，截至 2021-10-15）【黄】");
        }

        @Test
        void example9OverdueByTwo() {
            ObligationStatus s = at(ObligationTerms.dated(YSQ, d("2024-09-30")), "2024-10-09");   // Oct 8, 9
            assertThat(s.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(s.workingDaysOverdue()).isEqualTo(2);
        }

        @Test
        void example10RestartAfterCompletion() {
            // Received Fri 2024-09-20: Sep 23–27 (5), adjusted Sun 09-29 (6), Mon 09-30 (7), Oct 8–11 (11),
            // adjusted Sat 10-12 (12), Oct 14–18 (17), Oct 21, 22, 23 (20): due 2024-10-23.
            // 补正 on Thu 2024-10-10: Fri 10-11 (1), adjusted Sat 10-12 (2), Oct 14–18 (7), Oct 21–25 (12),
            // Oct 28–31 (16), Fri Nov 1 (17), Nov 4, 5, 6 (20): due 2024-11-06.
            ObligationTerms t = reply("2024-09-20");
            assertThat(t.originalDueDate()).contains(d("2024-10-23"));
            ObligationStatus s = at(t, "2024-11-01", Restart.of(YSQ, d("2024-10-10")));
            assertThat(s.dueDate()).contains(d("2024-11-06"));
            assertThat(s.originalDueDate()).contains(d("2024-10-23"));
            assertThat(s.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(s.workingDaysLeft()).isEqualTo(3);   // Nov 4, 5, 6
            assertThat(s.history()).singleElement().satisfies(h -> {
                assertThat(h.english()).isEqualTo("restarted 2024-10-10 (补正, 条例第三十条): the period counts again "
                        + "from that date, due 2024-10-23 → 2024-11-06");
                assertThat(h.chinese()).isEqualTo("补正 2024-10-10：自该日起重新计算期限，截止日期 2024-10-23 → 2024-11-06");
            });
            // as of 2024-10-09 the restart does not exist yet
            assertThat(at(t, "2024-10-09", Restart.of(YSQ, d("2024-10-10"))).dueDate()).contains(d("2024-10-23"));
        }

        @Test
        void example11PauseForAConsultation() {
            // Received Fri 2024-03-01: Mar 4–8, 11–15, 18–22, 25–29 = 20 working days: due 2024-03-29.
            // Paused 03-11..03-22: 10 working days; after 03-29: Apr 1, 2, 3 (Apr 4–6 清明节), adjusted Sun Apr 7,
            // Apr 8–12, Apr 15 = 10: due 2024-04-15.
            ObligationTerms t = reply("2024-03-01");
            Pause p = Pause.of(YSQ, d("2024-03-11"), d("2024-03-22"));
            assertThat(at(t, "2024-03-08").dueDate()).contains(d("2024-03-29"));
            ObligationStatus s = at(t, "2024-04-01", p);
            assertThat(s.dueDate()).contains(d("2024-04-15"));
            assertThat(s.originalDueDate()).contains(d("2024-03-29"));
            assertThat(s.status()).isEqualTo(DueStatus.PENDING);   // Apr 2, 3, 7, 8, 9, 10, 11, 12, 15 = 9 left
            assertThat(s.workingDaysLeft()).isEqualTo(9);
            HistoryEntry h = s.history().get(0);
            assertThat(h.english())
                    .isEqualTo("paused 2024-03-11..2024-03-22: 10 working days not counted, "
                            + "due 2024-03-29 → 2024-04-15");
            assertThat(h.chinese())
                    .isEqualTo("征求意见 2024-03-11至2024-03-22：10个工作日不计入，截止日期 2024-03-29 → 2024-04-15");
            assertThat(h.dueBefore()).contains(d("2024-03-29"));
            assertThat(h.dueAfter()).contains(d("2024-04-15"));
            // during the consultation, as of 2024-03-15, the pause exists (it is dated from its first day)
            assertThat(at(t, "2024-03-15", p).dueDate()).contains(d("2024-04-15"));
            assertThat(at(t, "2024-03-10", p).dueDate()).contains(d("2024-03-29"));
        }
    }

    @Nested
    class PausesRestartsExtensions {

        @Test
        void overlappingPausesCountEachWorkingDayOnce() {
            ObligationStatus s = at(reply("2024-03-01"), "2024-03-25",
                    Pause.of(YSQ, d("2024-03-13"), d("2024-03-22")), Pause.of(YSQ, d("2024-03-11"), d("2024-03-15")));
            assertThat(s.dueDate()).contains(d("2024-04-15"));
            // applied in date order: 03-11..15 (5 working days), then 03-13..22 adds 18–22 (5)
            assertThat(s.history()).extracting(HistoryEntry::english).containsExactly(
                    "paused 2024-03-11..2024-03-15: 5 working days not counted, due 2024-03-29 → 2024-04-08",
                    "paused 2024-03-13..2024-03-22: 5 working days not counted, due 2024-04-08 → 2024-04-15");
        }

        @Test
        void aWeekendPauseMovesNothing() {
            ObligationStatus s = at(reply("2024-03-01"), "2024-03-25", Pause.of(YSQ, d("2024-03-09"), d("2024-03-10")));
            assertThat(s.dueDate()).contains(d("2024-03-29"));
            assertThat(s.history().get(0).english())
                    .isEqualTo("paused 2024-03-09..2024-03-10: 0 working days not counted");
            assertThat(s.history().get(0).movedDueDate()).isFalse();
        }

        @Test
        void aPauseRunningPastTheDueDate() {
            // 20 counted: Mar 4–22 (15) before the pause; paused 03-25..04-03 (Mar 25–29, Apr 1–3: 8);
            // then adjusted Sun Apr 7, Apr 8, 9, 10, 11 (20): due 2024-04-11
            ObligationStatus s = at(reply("2024-03-01"), "2024-04-02", Pause.of(YSQ, d("2024-03-25"), d("2024-04-03")));
            assertThat(s.dueDate()).contains(d("2024-04-11"));
            assertThat(s.history().get(0).english()).startsWith("paused 2024-03-25..2024-04-03: 8 working days");
            assertThat(s.status()).isEqualTo(DueStatus.PENDING);   // Apr 3, 7, 8, 9, 10, 11 = 6 left
            assertThat(s.workingDaysLeft()).isEqualTo(6);
        }

        @Test
        void aPauseOnTheDueDate() {
            // due Fri 03-29: 19 counted by 03-28; paused 03-29..04-01 (Fri 03-29, Mon 04-01); the 20th is Tue 04-02
            ObligationStatus s = at(reply("2024-03-01"), "2024-03-29", Pause.of(YSQ, d("2024-03-29"), d("2024-04-01")));
            assertThat(s.dueDate()).contains(d("2024-04-02"));
            assertThat(s.history().get(0).english()).startsWith("paused 2024-03-29..2024-04-01: 2 working days");
        }

        @Test
        void aPauseOfYearsIsSteppedOverWhole() {
            // received Mon 2021-01-04, due 2021-02-01; paused 2021-01-05..2024-12-31, every working day of it;
            // 20 after 2024-12-31: Jan 2, 3, 6–10, 13–17, 20–24 (17), adjusted Sun Jan 26, Mon 27 (19), 春节 Jan 28 –
            // Feb 4, Wed Feb 5 (20)
            ObligationTerms t = ObligationTerms.afterEvent(YSQ, d("2021-01-04"), Deadline.parse("收到申请之日起20个工作日内"),
                    DeadlineContext.of(CAL));
            assertThat(t.originalDueDate()).contains(d("2021-02-01"));
            ObligationStatus s = at(t, "2025-01-02", Pause.of(YSQ, d("2021-01-05"), d("2024-12-31")));
            assertThat(s.dueDate()).contains(d("2025-02-05"));
            assertThat(s.status()).isEqualTo(DueStatus.PENDING);
        }

        @Test
        void anExtension() {
            // due Fri 2024-03-29; 5 more: Apr 1, 2, 3, adjusted Sun Apr 7, Apr 8
            ObligationStatus s = at(reply("2024-03-01"), "2024-04-08", Extension.of(YSQ, d("2024-03-28"), 5));
            assertThat(s.dueDate()).contains(d("2024-04-08"));
            assertThat(s.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(s.history().get(0).english()).isEqualTo(
                    "extended on 2024-03-28 by 5 working days (条例第三十三条第二款), due 2024-03-29 → 2024-04-08");
            assertThat(s.history().get(0).chinese()).isEqualTo("延期 2024-03-28 批准：延长5个工作日，截止日期 2024-03-29 → 2024-04-08");
        }

        @Test
        void anExtensionApprovedOnTheDueDate() {
            ObligationStatus s = at(reply("2024-03-01"), "2024-04-08", Extension.of(YSQ, d("2024-03-29"), 20));
            // 20 after 03-29: Apr 1–3 (3), 7–12 (9), 15–19 (14), 22–26 (19), 28 adjusted Sun (20): 2024-04-28
            assertThat(s.dueDate()).contains(d("2024-04-28"));
        }

        @Test
        void twoExtensionsUpToTheCap() {
            ObligationStatus s = at(reply("2024-03-01"), "2024-04-08", Extension.of(YSQ, d("2024-03-28"), 5),
                    Extension.of(YSQ, d("2024-04-08"), 15));
            // 04-08 + 15: Apr 9–12 (4), 15–19 (9), 22–26 (14), adjusted Sun 28 (15): 2024-04-28
            assertThat(s.dueDate()).contains(d("2024-04-28"));
        }

        @Test
        void allTogetherAndReplayedAtPastDates() {
            // 补正 on Tue 2024-03-05: Mar 6–8 (3), 11–15 (8), 18–22 (13), 25–29 (18), Apr 1, 2 (20): 2024-04-02.
            // Paused 03-11..03-22 (10): Apr 3, 7 (adjusted), 8–12, 15, 16, 17 = 10 more: 2024-04-17.
            // Extended on 04-10 by 5: Apr 18, 19, 22, 23, 24: 2024-04-24. Done Thu 04-25: late by 1.
            ObligationTerms t = reply("2024-03-01");
            List<ObligationRecord> records = List.of(Completion.of(YSQ, d("2024-04-25")),
                    Extension.of(YSQ, d("2024-04-10"), 5), Pause.of(YSQ, d("2024-03-11"), d("2024-03-22")),
                    Restart.of(YSQ, d("2024-03-05")));
            ObligationStatus s04 = EVAL.evaluate(t, records, d("2024-03-04"));
            assertThat(s04.dueDate()).contains(d("2024-03-29"));
            assertThat(s04.status()).isEqualTo(DueStatus.PENDING);
            assertThat(s04.workingDaysLeft()).isEqualTo(19);   // Mar 5–8 (4) + 11–29 (15)
            assertThat(s04.history()).isEmpty();
            assertThat(EVAL.evaluate(t, records, d("2024-03-05")).dueDate()).contains(d("2024-04-02"));
            assertThat(EVAL.evaluate(t, records, d("2024-03-11")).dueDate()).contains(d("2024-04-17"));
            assertThat(EVAL.evaluate(t, records, d("2024-04-09")).dueDate()).contains(d("2024-04-17"));
            ObligationStatus s24 = EVAL.evaluate(t, records, d("2024-04-24"));
            assertThat(s24.dueDate()).contains(d("2024-04-24"));
            assertThat(s24.status()).isEqualTo(DueStatus.DUE_SOON);
            ObligationStatus s25 = EVAL.evaluate(t, records, d("2024-04-25"));
            assertThat(s25.status()).isEqualTo(DueStatus.DONE_LATE);
            assertThat(s25.workingDaysLate()).isEqualTo(1);
            assertThat(s25.completedOn()).contains(d("2024-04-25"));
            assertThat(s25.history()).extracting(h -> h.record().getClass().getSimpleName())
                    .containsExactly("Restart", "Pause", "Extension", "Completion");
            assertThat(s25.history()).extracting(HistoryEntry::english).containsExactly(
                    "restarted 2024-03-05 (补正, 条例第三十条): the period counts again from that date, "
                            + "due 2024-03-29 → 2024-04-02",
                    "paused 2024-03-11..2024-03-22: 10 working days not counted, due 2024-04-02 → 2024-04-17",
                    "extended on 2024-04-10 by 5 working days (条例第三十三条第二款), due 2024-04-17 → 2024-04-24",
                    "completed 2024-04-25: 1 item");
            // the same records in any order give the same status
            List<ObligationRecord> reversed = new ArrayList<>(records);
            java.util.Collections.reverse(reversed);
            assertThat(EVAL.evaluate(t, reversed, d("2024-04-25"))).isEqualTo(s25);
        }

        @Test
        void aRestartKeepsExtensionsAndThePausedDaysAfterIt() {
            ObligationTerms t = reply("2024-09-20");
            // a consultation ended before the restart moves nothing
            assertThat(at(t, "2024-10-10", Pause.of(YSQ, d("2024-09-23"), d("2024-09-27")),
                    Restart.of(YSQ, d("2024-10-10"))).dueDate()).contains(d("2024-11-06"));
            // an extension of 3 approved 10-08 stands: 11-06 + Nov 7, 8, 11 = 2024-11-11
            assertThat(at(t, "2024-10-10", Extension.of(YSQ, d("2024-10-08"), 3), Restart.of(YSQ, d("2024-10-10")))
                    .dueDate()).contains(d("2024-11-11"));
            // a consultation 10-08..10-14 across the restart: after 10-10 it holds Fri 10-11, adjusted Sat 10-12 and
            // Mon 10-14 = 3, so 2024-11-11 as well
            ObligationStatus s = at(t, "2024-10-14", Pause.of(YSQ, d("2024-10-08"), d("2024-10-14")),
                    Restart.of(YSQ, d("2024-10-10")));
            assertThat(s.dueDate()).contains(d("2024-11-11"));
            assertThat(s.history()).extracting(HistoryEntry::english).containsExactly(
                    // before the restart: Oct 8–11, adjusted Sat 12, Mon 14 = 6; 10-23 + Oct 24, 25, 28–31
                    "paused 2024-10-08..2024-10-14: 6 working days not counted, due 2024-10-23 → 2024-10-31",
                    "restarted 2024-10-10 (补正, 条例第三十条): the period counts again from that date, "
                            + "due 2024-10-31 → 2024-11-11");
        }

        @Test
        void aRestartRecountsCalendarDays() {
            // 形成之日起20日内: formed 2024-04-12 → 05-02 is 劳动节 → 2024-05-06 (§8 example 5);
            // restarted 2024-04-20 → 2024-05-10, a Friday.
            ObligationTerms t = ObligationTerms.afterEvent(ID, d("2024-04-12"),
                    AfterEvent.of(20, AfterEvent.Counting.DAYS, Event.FORMATION), DeadlineContext.of(CAL));
            assertThat(t.originalDueDate()).contains(d("2024-05-06"));
            assertThat(at(t, "2024-05-07", Restart.of(ID, d("2024-04-20"))).dueDate()).contains(d("2024-05-10"));
            // restarted 2024-04-15: + 20 days is 05-05, a 劳动节 day → Mon 2024-05-06
            assertThat(at(t, "2024-05-07", Restart.of(ID, d("2024-04-15"))).dueDate()).contains(d("2024-05-06"));
        }

        @Test
        void aRecountRuleGivenBeside() {
            ObligationTerms t = ObligationTerms.dated(YSQ, d("2024-10-23")).withEventDate(d("2024-09-20"))
                    .withRecount(Deadline.parse("20个工作日内"), DeadlineContext.of(CAL));
            assertThat(at(t, "2024-10-10", Restart.of(YSQ, d("2024-10-10"))).dueDate()).contains(d("2024-11-06"));
        }
    }

    @Nested
    class Kinds {

        @Test
        void beforeItsEventAnObligationIsNotTriggered() {
            ObligationTerms t = ObligationTerms.afterEvent(ID, d("2021-09-30"), Deadline.parse("印发后3个工作日内"),
                    DeadlineContext.of(CAL));
            ObligationStatus before = at(t, "2021-09-29");
            assertThat(before.status()).isEqualTo(DueStatus.NOT_TRIGGERED);
            assertThat(before.dueDate()).isEmpty();
            assertThat(before.originalDueDate()).isEmpty();
            ObligationStatus on = at(t, "2021-09-30");
            assertThat(on.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(on.dueDate()).contains(d("2021-10-11"));
            assertThat(at(ObligationTerms.notTriggered(ID), "2021-09-30").status()).isEqualTo(DueStatus.NOT_TRIGGERED);
        }

        @Test
        void ongoingAndUndated() {
            ObligationStatus o = at(ObligationTerms.ongoing(ID), "2021-09-30", Completion.of(ID, d("2021-09-01")));
            assertThat(o.status()).isEqualTo(DueStatus.ONGOING);
            assertThat(o.dueDate()).isEmpty();
            assertThat(o.count()).isEqualTo(1);
            ObligationStatus u = at(ObligationTerms.undated(ID, "及时: no default"), "2021-09-30");
            assertThat(u.status()).isEqualTo(DueStatus.ONGOING);
            assertThat(u.undatedReason()).contains("及时: no default");
            assertThat(u.toEnglish()).isEqualTo("ongoing (no due date: 及时: no default, as of 2021-09-30)");
        }

        @Test
        void notApplicableFromItsDate() {
            ObligationTerms t = dated("2021-09-30").withSpanStart(d("2021-07-01"));
            NotApplicable na = NotApplicable.of(ID, d("2021-07-05"), "本单位无重大建设项目");
            assertThat(at(t, "2021-07-04", na).status()).isEqualTo(DueStatus.PENDING);
            ObligationStatus s = at(t, "2021-10-15", na);
            assertThat(s.status()).isEqualTo(DueStatus.NOT_APPLICABLE);
            assertThat(s.warningLevel()).isEmpty();
            assertThat(s.workingDaysOverdue()).isZero();
            assertThat(s.dueDate()).contains(d("2021-09-30"));
            assertThat(s.history().get(0).chinese()).isEqualTo("本单位无此项工作（2021-07-05）：本单位无重大建设项目");
        }

        @Test
        void freshness() {
            // every 14 days since Wed 2021-09-01: due Wed 09-15; updated Fri 09-10: due Fri 09-24
            ObligationTerms t = ObligationTerms.freshness(ID, new Freshness(14), d("2021-09-01"),
                    DeadlineContext.of(CAL));
            assertThat(t.originalDueDate()).contains(d("2021-09-15"));
            ObligationStatus stale = at(t, "2021-09-16");
            assertThat(stale.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(stale.workingDaysOverdue()).isEqualTo(1);
            Completion update = Completion.of(ID, d("2021-09-10"));
            ObligationStatus fresh = at(t, "2021-09-20", update);   // 中秋 Mon: L = 22, 23, 24 = 3
            assertThat(fresh.status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(fresh.dueDate()).contains(d("2021-09-24"));
            assertThat(fresh.workingDaysLeft()).isEqualTo(3);
            assertThat(fresh.completedOn()).contains(d("2021-09-10"));
            assertThat(fresh.history().get(0).english())
                    .isEqualTo("completed 2021-09-10: 1 item, due 2021-09-15 → 2021-09-24");
            // as of Mon 09-27 overdue by 2: adjusted Sun 09-26 and Mon 09-27
            assertThat(at(t, "2021-09-27", update).workingDaysOverdue()).isEqualTo(2);
            // since Fri 09-17: + 14 days is 10-01 (国庆节) → Fri 10-08
            ObligationTerms t2 = ObligationTerms.freshness(ID, new Freshness(14), d("2021-09-17"),
                    DeadlineContext.of(CAL));
            assertThat(at(t2, "2021-10-08").dueDate()).contains(d("2021-10-08"));
            assertThat(at(t2, "2021-10-08").status()).isEqualTo(DueStatus.DUE_SOON);
            assertThat(at(t2, "2021-09-16").status()).isEqualTo(DueStatus.NOT_TRIGGERED);
        }

        @Test
        void fromADue() {
            var due = Deadline.parse("每季度一次").resolve(DeadlineContext.of(CAL).withYear(java.time.Year.of(2021)))
                    .get(2);
            ObligationTerms t = ObligationTerms.dated(ID, due);
            assertThat(t.originalDueDate()).contains(d("2021-09-30"));
            assertThat(t.spanStart()).contains(d("2021-07-01"));
        }
    }

    @Nested
    class Warnings {

        @Test
        void defaultLevels() {
            // due 2021-10-11; as of 10-18 overdue by 5 (12, 13, 14, 15, 18): 黄; 10-19 by 6: 红
            assertThat(at(dated("2021-10-11"), "2021-10-18").warningLevel()).contains(WarningLevel.YELLOW);
            assertThat(at(dated("2021-10-19"), "2021-10-19").warningLevel()).contains(WarningLevel.BLUE);
            ObligationStatus red = at(dated("2021-10-11"), "2021-10-19");
            assertThat(red.workingDaysOverdue()).isEqualTo(6);
            assertThat(red.warningLevel()).contains(WarningLevel.RED);
        }

        @Test
        void ownLevels() {
            // overdue 1–3 → 黄, 4+ → 红, due soon with at most 2 left → 蓝
            StatusEvaluator own = EVAL.withPolicy(SchedulePolicy.defaults().withWarningRules(List.of(
                    WarningRule.overdue(1, 3, WarningLevel.YELLOW), WarningRule.overdueFrom(4, WarningLevel.RED),
                    WarningRule.dueSoonWithin(2, WarningLevel.BLUE))));
            ObligationTerms t = dated("2021-10-11");
            assertThat(own.evaluate(t, List.of(), d("2021-10-15")).warningLevel()).contains(WarningLevel.RED);
            assertThat(own.evaluate(t, List.of(), d("2021-10-14")).warningLevel()).contains(WarningLevel.YELLOW);
            assertThat(own.evaluate(t, List.of(), d("2021-10-12")).warningLevel()).contains(WarningLevel.YELLOW);
            assertThat(own.evaluate(t, List.of(), d("2021-10-11")).warningLevel()).contains(WarningLevel.BLUE);
            assertThat(own.evaluate(t, List.of(), d("2021-10-08")).warningLevel()).contains(WarningLevel.BLUE);
            assertThat(own.evaluate(t, List.of(), d("2021-09-30")).warningLevel()).isEmpty();   // 3 left
            // overdue by 0 (Sat 10-16 after Fri due 10-15): no level under these rules
            assertThat(own.evaluate(dated("2021-10-15"), List.of(), d("2021-10-16")).warningLevel()).isEmpty();
            WarningLevel orange = WarningLevel.of("orange", "橙", 3);
            StatusEvaluator late = EVAL.withPolicy(SchedulePolicy.defaults().withWarningRules(List.of(
                    WarningRule.of(DueStatus.DONE_LATE, 1, Integer.MAX_VALUE, orange))));
            assertThat(late.evaluate(dated("2021-09-30"), List.of(Completion.of(ID, d("2021-10-08"))),
                    d("2021-10-08")).warningLevel()).contains(orange);
        }

        @Test
        void progressAgainstThePlannedProgress() {
            // span from 2024-03-01 to 2024-03-29: 20 working days (Mar 4–29); as of 03-15 10 have elapsed: 50 %
            ObligationTerms t = ObligationTerms.dated(ID, d("2024-03-29")).withSpanStart(d("2024-03-01"));
            ObligationStatus s = at(t, "2024-03-15", Progress.of(ID, d("2024-03-15"), 30));
            assertThat(s.status()).isEqualTo(DueStatus.PENDING);
            ProgressLag lag = s.progressLag().orElseThrow();
            assertThat(lag.workingDaysElapsed()).isEqualTo(10);
            assertThat(lag.workingDaysInSpan()).isEqualTo(20);
            assertThat(lag.plannedPercent()).isEqualTo(50.0);
            assertThat(lag.lagPoints()).isEqualTo(20.0);
            assertThat(lag.level()).contains(WarningLevel.YELLOW);
            assertThat(s.warningLevel()).contains(WarningLevel.YELLOW);
            assertThat(level(t, 40)).contains(WarningLevel.YELLOW);   // 10 behind: 黄 from 10
            assertThat(level(t, 41)).isEmpty();                       // 9 behind
            assertThat(level(t, 20)).contains(WarningLevel.YELLOW);   // 30 behind: still 黄
            assertThat(level(t, 19)).contains(WarningLevel.RED);      // 31 behind: 红
            assertThat(level(t, 60)).isEmpty();                       // ahead
            // not reported since: as of 03-22, 15 of 20 elapsed (75 %), 40 % reported on 03-15: 35 behind
            ObligationStatus later = at(t, "2024-03-22", Progress.of(ID, d("2024-03-15"), 40));
            assertThat(later.progressLag().orElseThrow().level()).contains(WarningLevel.RED);
            // once done, no lag
            assertThat(at(t, "2024-03-22", Progress.of(ID, d("2024-03-15"), 40), Completion.of(ID, d("2024-03-20")))
                    .progressLag()).isEmpty();
            StatusEvaluator strict = EVAL.withPolicy(SchedulePolicy.defaults().withProgressThresholds(5, 15));
            assertThat(strict.evaluate(t, List.of(Progress.of(ID, d("2024-03-15"), 34)), d("2024-03-15"))
                    .warningLevel()).contains(WarningLevel.RED);
        }

        private java.util.Optional<WarningLevel> level(ObligationTerms t, int percent) {
            return at(t, "2024-03-15", Progress.of(ID, d("2024-03-15"), percent)).progressLag().orElseThrow().level();
        }
    }

    @Test
    void todayIsADateInChina() {
        // 23:30 UTC on 10-08 is 07:30 on 10-09 in Beijing
        Clock utc = Clock.fixed(Instant.parse("2024-10-08T23:30:00Z"), ZoneId.of("UTC"));
        assertThat(StatusEvaluator.todayInChina(utc)).isEqualTo(d("2024-10-09"));
        assertThat(StatusEvaluator.todayInChina(Clock.fixed(Instant.parse("2024-10-08T15:59:59Z"),
                ZoneId.of("America/New_York")))).isEqualTo(d("2024-10-08"));
        ObligationStatus s = EVAL.evaluate(ObligationTerms.dated(YSQ, d("2024-09-30")), List.of(), utc);
        assertThat(s.asOf()).isEqualTo(d("2024-10-09"));
        assertThat(s.workingDaysOverdue()).isEqualTo(2);
    }

    @Test
    void threadsGetIdenticalResults() throws Exception {
        ObligationTerms t = reply("2024-03-01");
        List<ObligationRecord> records = List.of(Restart.of(YSQ, d("2024-03-05")),
                Pause.of(YSQ, d("2024-03-11"), d("2024-03-22")), Extension.of(YSQ, d("2024-04-10"), 5),
                Progress.of(YSQ, d("2024-04-01"), 30), Completion.of(YSQ, d("2024-04-25")));
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate x = d("2024-03-01"); x.isBefore(d("2024-05-31")); x = x.plusDays(1)) {
            dates.add(x);
        }
        List<ObligationStatus> expected = new ArrayList<>();
        for (LocalDate x : dates) {
            expected.add(EVAL.evaluate(t, records, x));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<ObligationStatus>>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> {
                    List<ObligationStatus> out = new ArrayList<>();
                    for (LocalDate x : dates) {
                        out.add(EVAL.evaluate(t, records, x));
                    }
                    return out;
                }));
            }
            for (Future<List<ObligationStatus>> f : futures) {
                List<ObligationStatus> got = f.get(60, TimeUnit.SECONDS);
                assertThat(got).isEqualTo(expected);
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i).toEnglish()).isEqualTo(expected.get(i).toEnglish());
                    assertThat(got.get(i).history()).extracting(HistoryEntry::chinese)
                            .isEqualTo(expected.get(i).history().stream().map(HistoryEntry::chinese).toList());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
