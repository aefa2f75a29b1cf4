package dev.shixian.testkit;

import static dev.shixian.testkit.Fixtures.CAL;
import static dev.shixian.testkit.ShixianAssertions.assertThat;
import static dev.shixian.testkit.ShixianAssertions.deadline;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.StatusReport;
import dev.shixian.schedule.WarningLevel;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every assertion passes on a true statement and fails on a false one with a message that explains the computed
 * date in Chinese and English. Dates are those of the 2021 notice 国办发明电〔2020〕27号 (see {@link Fixtures}), counted
 * by hand in the comments.
 */
class ShixianAssertionsTest {

    /** The explanation of 印发后3个工作日内 issued Thu 2021-09-30, as the failure messages must show it. */
    static final String ISSUED_0930_CHINESE = "印发 2021-09-30 周四（当日不计入）→ 第1个工作日 10-08 周五 → 第2个工作日 10-09 周六"
            + "（调休上班，国庆节）→ 第3个工作日 10-11 周一：截止 2021-10-11";
    static final String ISSUED_0930_ENGLISH = "issued Thu 2021-09-30 (day 0, not counted) → 1 Fri 10-08 → 2 Sat 10-09"
            + " (adjusted working day, 国庆节) → 3 Mon 10-11: due 2021-10-11";

    static final Schedule SCHEDULE = Fixtures.schedule();
    static final StatusReport OCT15 = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 15), Fixtures.RECORDS);
    static final StatusReport OCT08 = SCHEDULE.statusAsOf(LocalDate.of(2021, 10, 8), Fixtures.RECORDS);

    @Nested
    class Calendars {

        @Test
        void workingDays() {
            // Fri 10-08 after 国庆节, adjusted Sat 10-09
            assertThat(CAL).isWorkingDay("2021-10-08").isWorkingDay(LocalDate.of(2021, 10, 9))
                    .isWorkingDay("2021/10/11").isWorkingDay("2021年10月12日");
            assertThatThrownBy(() -> assertThat(CAL).isWorkingDay("2021-10-04")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting 2021-10-04 (Monday, 周一) on calendar CN to be a working day (工作日)")
                    .hasMessageContaining("but it is 节假日放假 (holiday) of 国庆节");
            assertThatThrownBy(() -> assertThat(CAL).isWorkingDay(LocalDate.of(2021, 10, 10)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("but it is 休息日 (rest day)");
        }

        @Test
        void daysOff() {
            assertThat(CAL).isNotWorkingDay("2021-10-10").isNotWorkingDay("2021-10-01");
            assertThatThrownBy(() -> assertThat(CAL).isNotWorkingDay("2021-09-26")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("2021-09-26 (Sunday, 周日)")
                    .hasMessageContaining("to be a day off (休息日或节假日)")
                    .hasMessageContaining("but it is 调休上班 (adjusted working day) of 国庆节");
        }

        @Test
        void adjustedWorkdays() {
            // 2021: Sun 02-07, Sat 02-20, Sun 04-25, Sat 05-08, Sat 09-18, Sun 09-26, Sat 10-09
            assertThat(CAL).isAdjustedWorkday("2021-10-09").isAdjustedWorkday(LocalDate.of(2021, 9, 26))
                    .isAdjustedWorkday("2021-02-07");
            assertThatThrownBy(() -> assertThat(CAL).isAdjustedWorkday("2021-10-10")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting 2021-10-10 (Sunday, 周日) on calendar CN to be 调休上班 (adjusted working day)")
                    .hasMessageContaining("but it is 休息日 (rest day)");
            assertThatThrownBy(() -> assertThat(CAL).isAdjustedWorkday(LocalDate.of(2021, 10, 8)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("but it is 工作日 (working day)");
        }

        @Test
        void restDays() {
            assertThat(CAL).isRestDay("2021-10-10");
            assertThatThrownBy(() -> assertThat(CAL).isRestDay("2021-10-02")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be 休息日 (rest day)")
                    .hasMessageContaining("but it is 节假日放假 (holiday) of 国庆节");
        }

        @Test
        void holidays() {
            assertThat(CAL).isHoliday("2021-09-20").isHoliday("2021-10-04", "国庆节").isHoliday("2021-09-21", "中秋节");
            assertThatThrownBy(() -> assertThat(CAL).isHoliday("2021-10-04", "中秋节")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting 2021-10-04 (Monday, 周一) on calendar CN to be a day off of 中秋节")
                    .hasMessageContaining("but it is a day off of 国庆节");
            assertThatThrownBy(() -> assertThat(CAL).isHoliday("2021-10-09", "国庆节")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be 节假日放假 (holiday)")
                    .hasMessageContaining("but it is 调休上班 (adjusted working day) of 国庆节");
            assertThatThrownBy(() -> assertThat(CAL).isHoliday("2021-10-12")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but it is 工作日 (working day)");
        }

        @Test
        void workingDaysBetween() {
            // Fri 10-08, adjusted Sat 10-09, Mon 10-11
            assertThat(CAL).hasWorkingDaysBetween("2021-09-30", "2021-10-11", 3);
            assertThatThrownBy(() -> assertThat(CAL).hasWorkingDaysBetween("2021-09-30", "2021-10-11", 2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting 2 working days (工作日) after 2021-09-30 (Thursday, 周四) up to "
                            + "2021-10-11 (Monday, 周一) on calendar CN")
                    .hasMessageContaining("but counted 3");
        }

        @Test
        void datesOutsideTheCalendarFailNamingTheCoverage() {
            assertThatThrownBy(() -> assertThat(CAL).isWorkingDay("1999-01-04")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Calendar CN does not cover 1999-01-04");
            assertThatThrownBy(() -> assertThat(CAL).hasWorkingDaysBetween("1999-01-01", "1999-01-08", 5))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("Calendar CN does not cover");
        }

        @Test
        void badDateTextIsAnErrorNamingIt() {
            assertThatThrownBy(() -> assertThat(CAL).isWorkingDay("10/11/2021"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'10/11/2021' is not a date: expected yyyy-MM-dd such as 2021-10-11 (also "
                            + "2021/10/11 or 2021年10月11日)");
            assertThatThrownBy(() -> assertThat(CAL).isWorkingDay("2021-02-30"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'2021-02-30' is not a date");
        }

        @Test
        void aDescriptionIsKept() {
            assertThatThrownBy(() -> assertThat(CAL).as("国庆节调休").isAdjustedWorkday("2021-10-10"))
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("[国庆节调休]");
        }
    }

    @Nested
    class Deadlines {

        @Test
        void resolvesToWithATrigger() {
            deadline("印发后3个工作日内").on(CAL).given("2021-09-30").resolvesTo("2021-10-11");
            assertThat(Deadline.parse("印发后3个工作日内")).on(CAL).given(LocalDate.of(2021, 9, 30))
                    .resolvesTo(List.of(LocalDate.of(2021, 10, 11)));
            assertThatThrownBy(() -> deadline("印发后3个工作日内").on(CAL).given("2021-09-30").resolvesTo("2021-10-08"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting deadline 印发后3个工作日内 (3 working days after issuance) given "
                            + "event date (事件日期) 2021-09-30 (Thursday, 周四) on calendar CN")
                    .hasMessageContaining("to resolve to [2021-10-08]\nbut it resolves to [2021-10-11]")
                    .hasMessageContaining("中文：" + ISSUED_0930_CHINESE)
                    .hasMessageContaining("English: " + ISSUED_0930_ENGLISH);
        }

        @Test
        void resolvesToInAYear() {
            deadline("每季度一次").on(CAL).inYear(2021).resolvesTo("2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31");
            assertThatThrownBy(() -> deadline("9月底前").on(CAL).inYear(2021).resolvesTo("2021-10-08"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("in year 2021")
                    .hasMessageContaining("but it resolves to [2021-09-30]");
        }

        @Test
        void givenANamedEvent() {
            deadline("印发后3个工作日内").on(CAL).givenEvent("印发", "2021-09-30").resolvesTo("2021-10-11");
            assertThatThrownBy(() -> deadline("印发后3个工作日内").on(CAL).givenEvent("issuance", "2021-09-17")
                    .resolvesTo("2021-09-22")).isInstanceOf(AssertionError.class)
                    // Fri 09-17 → adjusted Sat 09-18 (1), 中秋节 09-19..21 off, Wed 09-22 (2), Thu 09-23 (3)
                    .hasMessageContaining("issuance 2021-09-17").hasMessageContaining("but it resolves to [2021-09-23]");
        }

        @Test
        void inAContext() {
            deadline("9月底前").in(DeadlineContext.of(CAL).withYear(java.time.Year.of(2021))).resolvesTo("2021-09-30");
            assertThatThrownBy(() -> deadline("9月底前").in(DeadlineContext.of(CAL)).inYear(2022)
                    .resolvesTo("2021-09-30")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but it resolves to [2022-09-30]");
        }

        @Test
        void dueCount() {
            deadline("每季度一次").on(CAL).inYear(2021).hasDueCount(4);
            deadline("长期").on(CAL).hasDueCount(0);
            assertThatThrownBy(() -> deadline("每季度一次").on(CAL).inYear(2021).hasDueCount(3))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to resolve to 3 due dates\nbut it resolves to 4")
                    .hasMessageContaining("中文：周期 2021年第四季度（2021-10-01至2021-12-31）→ 最后一日 2021-12-31 周五：截止 2021-12-31")
                    .hasMessageContaining("English: period 2021-Q4 (2021-10-01..2021-12-31) → last day Fri 2021-12-31: "
                            + "due 2021-12-31");
        }

        @Test
        void resolve() {
            Assertions.assertThat(deadline("印发后3个工作日内").on(CAL).given("2021-09-30").resolve().get(0)
                    .explanation().toChinese()).isEqualTo(ISSUED_0930_CHINESE);
        }

        @Test
        void aDeadlineThatCannotResolveFailsWithTheReason() {
            assertThatThrownBy(() -> deadline("印发后3个工作日内").on(CAL).resolvesTo("2021-10-11"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to resolve\nbut it cannot: ")
                    .hasMessageContaining("missing the date of issuance");
        }

        @Test
        void thereIsNoDefaultCalendar() {
            assertThatThrownBy(() -> deadline("9月底前").inYear(2021).resolvesTo("2021-09-30"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("no calendar for 9月底前: call on(calendar) or in(context) before resolvesTo — core "
                            + "knows no country's calendar, so there is no default");
        }
    }

    @Nested
    class Schedules {

        @Test
        void hasObligation() {
            assertThat(SCHEDULE).hasObligation(Fixtures.T2).hasObligation(Fixtures.Q4);
            assertThatThrownBy(() -> assertThat(SCHEDULE).hasObligation("xy/7/2021-Q1@czj"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting the schedule of xy to have obligation xy/7/2021-Q1@czj (义务)")
                    .hasMessageContaining("ids of the same task: [xy/7/2021-Q2@czj, xy/7/2021-Q3@czj, "
                            + "xy/7/2021-Q4@czj]");
        }

        @Test
        void taskDueDates() {
            // the partial first quarter from the plan's issue (06-24) ends Wed 06-30
            assertThat(SCHEDULE).task("7").hasObligationsDueOn("2021-12-31", "2021-06-30", "2021-09-30");
            assertThat(SCHEDULE).task("13").hasObligationsDueOn("2021-10-11");
            assertThatThrownBy(() -> assertThat(SCHEDULE).task("13").hasObligationsDueOn("2021-10-08"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting task 13 of plan xy\nto have obligations due on [2021-10-08]\n"
                            + "but they are due on [2021-10-11]")
                    .hasMessageContaining("xy/13/兴府发〔2021〕5号@zfb: 2021-10-11")
                    .hasMessageContaining("中文：" + ISSUED_0930_CHINESE)
                    .hasMessageContaining("English: " + ISSUED_0930_ENGLISH);
        }

        @Test
        void taskObligationCount() {
            assertThat(SCHEDULE).task("7").hasObligationCount(3);
            assertThatThrownBy(() -> assertThat(SCHEDULE).task("7").hasObligationCount(4))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to have 4 obligations (义务)\nbut it has 3")
                    .hasMessageContaining("English: period 2021-Q2 (2021-04-01..2021-06-30) → last day Wed 2021-06-30:"
                            + " due 2021-06-30");
        }

        @Test
        void aMissingTaskFails() {
            assertThatThrownBy(() -> assertThat(SCHEDULE).task("99").hasObligationCount(1))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but the plan has no task 99 or it gives none (无此任务)");
        }
    }

    @Nested
    class Reports {

        @Test
        void asOf() {
            assertThat(OCT15).isAsOf("2021-10-15");
            assertThatThrownBy(() -> assertThat(OCT15).isAsOf("2021-10-14")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting the report to be as of 2021-10-14 (Thursday, 周四)\n"
                            + "but it is as of 2021-10-15 (Friday, 周五)");
        }

        @Test
        void counts() {
            // as of 10-15: 2 and 13 overdue; Q2 late, Q3 on time; Q4 pending
            assertThat(OCT15).hasCount(DueStatus.OVERDUE, 2).hasCount(DueStatus.PENDING, 1)
                    .hasCount(DueStatus.DUE_SOON, 0);
            assertThatThrownBy(() -> assertThat(OCT15).hasCount(DueStatus.OVERDUE, 1)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting 1 obligations 逾期 (overdue) as of 2021-10-15\nbut there are 2");
        }

        @Test
        void aMissingObligationFails() {
            assertThatThrownBy(() -> assertThat(OCT15).obligation("xy/13@zfb")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to have obligation xy/13@zfb (义务)")
                    .hasMessageContaining("ids of the same task: [xy/13/兴府发〔2021〕5号@zfb]");
        }
    }

    @Nested
    class Statuses {

        @Test
        void overdue() {
            // due Mon 10-11, open: overdue by Tue 10-12..Fri 10-15 = 4, 黄 (1 to 5)
            assertThat(OCT15).obligation(Fixtures.T13).isOverdue().isOverdueByWorkingDays(4)
                    .hasWarningLevel(WarningLevel.YELLOW).hasDueDate("2021-10-11");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.T13).isOverdueByWorkingDays(3))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting obligation xy/13/兴府发〔2021〕5号@zfb as of 2021-10-15 (Friday, 周五)\n"
                            + "to be overdue by 3 working days (逾期3个工作日)\nbut it is 逾期 (overdue), warning 黄 (yellow)")
                    .hasMessageContaining("状态：逾期4个工作日（截止日期 2021-10-11，截至 2021-10-15）【黄】")
                    .hasMessageContaining("status: overdue by 4 working days (due 2021-10-11, as of 2021-10-15) [yellow]")
                    .hasMessageContaining("中文：" + ISSUED_0930_CHINESE)
                    .hasMessageContaining("English: " + ISSUED_0930_ENGLISH);
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q4).isOverdue())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to be 逾期 (overdue)\n"
                            + "but it is 未到期 (pending)");
        }

        @Test
        void warningLevels() {
            // due Thu 09-30, open on Fri 10-15: Fri 10-08, adjusted Sat 10-09, 10-11..10-15 = 7, 红 (more than 5)
            assertThat(OCT15).obligation(Fixtures.T2).isOverdueByWorkingDays(7).hasWarningLevel(WarningLevel.RED)
                    .hasWarningLevel("红").hasWarningLevel("red").hasWarningLevel("红色");
            assertThat(OCT15).obligation(Fixtures.Q3).hasNoWarningLevel().hasWarningLevel("无");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.T2).hasWarningLevel(WarningLevel.YELLOW))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to have warning level 黄 (yellow)\n"
                            + "but it is 逾期 (overdue), warning 红 (red)");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.T2).hasWarningLevel("橙"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to have warning level 橙");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.T2).hasNoWarningLevel())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to have no warning (无预警)")
                    .hasMessageContaining("status: overdue by 7 working days (due 2021-09-30, as of 2021-10-15) [red]")
                    .hasMessageContaining("English: end of 2021-09");
        }

        @Test
        void dueSoonAndPending() {
            // as of Fri 10-08, due Mon 10-11: left adjusted Sat 10-09, Mon 10-11 = 2, within the default 3: 蓝
            assertThat(OCT08).obligation(Fixtures.T13).isDueSoon().hasWorkingDaysLeft(2)
                    .hasWarningLevel(WarningLevel.BLUE);
            assertThat(OCT15).obligation(Fixtures.Q4).isPending();
            assertThatThrownBy(() -> assertThat(OCT08).obligation(Fixtures.T13).isPending())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be 未到期 (pending)\nbut it is 即将到期 (due soon), warning 蓝 (blue)")
                    .hasMessageContaining("状态：即将到期，剩余2个工作日（截止日期 2021-10-11，截至 2021-10-08）【蓝】")
                    .hasMessageContaining("中文：" + ISSUED_0930_CHINESE);
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q4).isDueSoon())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to be 即将到期 (due soon)");
        }

        @Test
        void workingDaysLeft() {
            // due Fri 12-31, as of Fri 10-15: October 10-18..10-29 = 10, November 22, December 23 = 55
            assertThat(OCT15).obligation(Fixtures.Q4).hasWorkingDaysLeft(55);
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q4).hasWorkingDaysLeft(54))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to have 54 working days left (剩余54个工作日)")
                    .hasMessageContaining("未到期，剩余55个工作日（截止日期 2021-12-31，截至 2021-10-15）");
        }

        @Test
        void done() {
            // Q3 due Thu 09-30, done Wed 09-29; Q2 due Wed 06-30, done Fri 07-02: late by Thu 07-01, Fri 07-02 = 2
            assertThat(OCT15).obligation(Fixtures.Q3).isDoneOnTime().hasStatus(DueStatus.DONE_ON_TIME).hasCount(1);
            assertThat(OCT15).obligation(Fixtures.Q2).isDoneLate().isDoneLateByWorkingDays(2);
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q2).isDoneOnTime())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be 按时完成 (done on time)\nbut it is 逾期完成 (done late)")
                    .hasMessageContaining("状态：2021-07-02 逾期完成，逾期2个工作日（截止日期 2021-06-30，截至 2021-10-15）")
                    .hasMessageContaining("中文：周期 2021年第二季度（2021-04-01至2021-06-30）→ 最后一日 2021-06-30 周三：截止 2021-06-30")
                    .hasMessageContaining("记录 / records:\n    - 完成 2021-07-02：1项 / completed 2021-07-02: 1 item");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q2).isDoneLateByWorkingDays(1))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be done late by 1 working days (逾期1个工作日完成)");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q3).isDoneLate())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("but it is 按时完成 (done on time)");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q3).hasStatus(DueStatus.NOT_APPLICABLE))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to be 本单位无此项工作 (not applicable)");
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.Q3).hasCount(2))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("to have count 2 (完成数量)");
        }

        @Test
        void dueDates() {
            assertThat(OCT15).obligation(Fixtures.T2).hasDueDate(LocalDate.of(2021, 9, 30));
            assertThatThrownBy(() -> assertThat(OCT15).obligation(Fixtures.T2).hasDueDate("2021-10-08"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be due on 2021-10-08 (Friday, 周五)")
                    .hasMessageContaining("截止日期的由来 / how the due date was computed:");
        }

        @Test
        void aBareStatusHasNoDueDateExplanationButItsSummary() {
            assertThat(OCT15.status(Fixtures.T2)).isOverdueByWorkingDays(7);
            assertThatThrownBy(() -> assertThat(OCT15.status(Fixtures.T2)).isOverdueByWorkingDays(6))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("状态：逾期7个工作日（截止日期 2021-09-30，截至 2021-10-15）【红】")
                    .hasMessageNotContaining("截止日期的由来");
        }
    }
}
