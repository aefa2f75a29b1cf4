package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers at the edges of the calendar's coverage and settled days (docs/RULES.md §1): a day the calendar cannot
 * judge is never taken for a working day; provisional and unsettled answers are marked and say so.
 * The fixture covers 2020-01-01..2026-12-31.
 */
class CoverageAndSettledTest {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final WorkingCalendar PROVISIONAL = TestCalendars.chinaProvisional2027();
    private static final DeadlinePolicy ROLL = DeadlinePolicy.builder().rollFixedDates(true).rollPeriodEnds(true)
            .build();

    private static Due one(String phrase, DeadlineContext ctx) {
        List<Due> dues = Deadline.parse(phrase).resolve(ctx);
        assertThat(dues).hasSize(1);
        return dues.get(0);
    }

    private static void assertOutside(String phrase, DeadlineContext ctx, LocalDate date) {
        assertThatThrownBy(() -> Deadline.parse(phrase).resolve(ctx))
                .isInstanceOfSatisfying(CalendarCoverageException.class, e -> assertThat(e.date()).isEqualTo(date));
        assertThatThrownBy(() -> Deadline.parse(phrase).resolveParts(ctx))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void aRolledFixedDatePastTheCoverageIsNotTakenForAWorkingDay() {
        // Sunday 2027-01-10: the calendar cannot say whether it is a day off, so it cannot be rolled
        DeadlineContext ctx = DeadlineContext.of(CAL).withPolicy(ROLL);
        assertOutside("2027年1月10日前", ctx, LocalDate.of(2027, 1, 10));
        assertOutside("2027年1月底前", ctx, LocalDate.of(2027, 1, 31));
        assertOutside("2019年12月31日前", ctx, LocalDate.of(2019, 12, 31));
        assertOutside("每季度一次", ctx.withYear(Year.of(2027)), LocalDate.of(2027, 3, 31));
        assertOutside("每月10日前", ctx.withYear(Year.of(2027)), LocalDate.of(2027, 1, 10));
    }

    @Test
    void aRolledFixedDateOnAProvisionalCalendarIsProvisionalAndSaysSo() {
        Due due = one("2027年1月10日前", DeadlineContext.of(PROVISIONAL).withPolicy(ROLL));
        assertThat(due.dueDate()).isEqualTo("2027-01-11");
        assertThat(due.isProvisional()).isTrue();
        assertThat(due.isSettled()).isFalse();
        assertThat(due.explanation().toEnglish()).isEqualTo("fixed date Sun 2027-01-10 (rest day, provisional)"
                + " → rolled forward to the next working day Mon 01-11: due 2027-01-11 (provisional: uses 2027-01-10,"
                + " past the calendar's published notices; subject to the State Council notice)");
        assertThat(due.explanation().toChinese()).isEqualTo("期日 2027-01-10 周日（休息日，临时）→ 顺延至下一个工作日"
                + " 01-11 周一：截止 2027-01-11（临时安排：用到 2027-01-10，超出已发布的通知；以国务院通知为准）");
    }

    @Test
    void aFixedDateThatIsNotRolledIsAnsweredOutsideTheCalendarWithoutClaimingADayKind() {
        Due due = one("2027年1月10日前", DeadlineContext.of(CAL));
        assertThat(due.dueDate()).isEqualTo("2027-01-10");
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.isSettled()).isTrue();
        assertThat(due.explanation().toEnglish()).isEqualTo(
                "fixed date Sun 2027-01-10 (outside the calendar's data, day kind unknown): due 2027-01-10");
        assertThat(due.explanation().toChinese()).isEqualTo("期日 2027-01-10 周日（超出日历数据范围，日别未知）：截止 2027-01-10");
        Due periodEnd = one("2027年6月底前", DeadlineContext.of(CAL));
        assertThat(periodEnd.dueDate()).isEqualTo("2027-06-30");
        assertThat(periodEnd.explanation().toEnglish()).isEqualTo(
                "end of 2027-06 = Wed 2027-06-30 (outside the calendar's data, day kind unknown): due 2027-06-30");
        List<Due> quarterly = Deadline.parse("每季度一次").resolve(DeadlineContext.of(CAL).withYear(Year.of(2027)));
        assertThat(quarterly).extracting(Due::dueDate).containsExactly(LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31));
        assertThat(quarterly.get(0).explanation().toChinese()).isEqualTo("周期 2027年第一季度（2027-01-01至2027-03-31）"
                + "→ 最后一日 2027-03-31 周三（超出日历数据范围，日别未知）：截止 2027-03-31");
    }

    @Test
    void everyCountFromAnEventPastTheCoverageThrows() {
        DeadlineContext end = DeadlineContext.of(CAL).withYear(Year.of(2026)).withTrigger(LocalDate.of(2026, 12, 30));
        // a count of working days past the data names the first day without data
        assertOutside("3个工作日内", end, LocalDate.of(2027, 1, 1));
        assertOutside("3日内", end, LocalDate.of(2027, 1, 2));
        assertOutside("1个月内", end, LocalDate.of(2027, 1, 30));
        assertOutside("1年内", end, LocalDate.of(2027, 12, 30));
        assertOutside("与印发同时，时间跨度不超过3个工作日", end, LocalDate.of(2027, 1, 1));
        assertOutside("超过14天未更新", end, LocalDate.of(2027, 1, 13));
        assertOutside("及时公开", end.withPolicy(DeadlinePolicy.builder()
                .promptDefault(DeadlinePolicy.STATUTORY_PROMPT_DEFAULT).build()), LocalDate.of(2027, 1, 1));
        assertOutside("最新规划:形成20日内。历史规划:9月底完成公开。", end, LocalDate.of(2027, 1, 19));
        // the last covered day is still answered: 2日内 after Tue 12-29 is Thu 2026-12-31
        assertThat(one("2日内", end.withTrigger(LocalDate.of(2026, 12, 29))).dueDate()).isEqualTo("2026-12-31");
        // before the coverage: 3日内 after 2019-12-30 is 2020-01-02, which the calendar judges (a Thursday)
        assertThat(one("3日内", end.withTrigger(LocalDate.of(2019, 12, 30))).dueDate()).isEqualTo("2020-01-02");
        assertOutside("3个工作日内", end.withTrigger(LocalDate.of(2019, 12, 30)), LocalDate.of(2019, 12, 30));
    }

    @Test
    void simultaneousNeedsNoCalendarDay() {
        Due due = one("与文件同时公开", DeadlineContext.of(CAL).withTrigger(LocalDate.of(2027, 3, 1)));
        assertThat(due.dueDate()).isEqualTo("2027-03-01");
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.explanation().toEnglish()).isEqualTo("event Mon 2027-03-01 (outside the calendar's data, day"
                + " kind unknown) → simultaneous: the same day: due 2027-03-01");
    }

    @Test
    void provisionalCountsSayTheyAreProvisionalInBothLanguages() {
        Due due = one("3个工作日内", DeadlineContext.of(PROVISIONAL).withTrigger(LocalDate.of(2026, 12, 30)));
        // Thu 12-31, then the provisional days (weekends only): Fri 2027-01-01, Mon 2027-01-04
        assertThat(due.dueDate()).isEqualTo("2027-01-04");
        assertThat(due.isProvisional()).isTrue();
        assertThat(due.isSettled()).isFalse();
        assertThat(due.explanation().toEnglish()).isEqualTo("event Wed 2026-12-30 (day 0, not counted) → 1 Thu 12-31"
                + " → 2 Fri 2027-01-01 (provisional) → 3 Mon 2027-01-04 (provisional): due 2027-01-04 (provisional:"
                + " uses 2027-01-01, past the calendar's published notices; subject to the State Council notice)");
        assertThat(due.explanation().toChinese()).isEqualTo("事件 2026-12-30 周三（当日不计入）→ 第1个工作日 12-31 周四"
                + " → 第2个工作日 2027-01-01 周五（临时）→ 第3个工作日 2027-01-04 周一（临时）：截止 2027-01-04"
                + "（临时安排：用到 2027-01-01，超出已发布的通知；以国务院通知为准）");
        assertThat(due.toString()).isEqualTo("Due[2027-01-04, provisional: 3 working days]");
    }

    @Test
    void aDueOnAnUnsettledDayIsMarkedAndSaysSo() {
        WorkingCalendar cal = TestCalendars.chinaSettledThrough(LocalDate.of(2026, 12, 20));
        DeadlineContext ctx = DeadlineContext.of(cal).withYear(Year.of(2026));
        Due due = one("印发后3个工作日内", ctx.withTrigger(LocalDate.of(2026, 12, 16)));
        assertThat(due.dueDate()).isEqualTo("2026-12-21");
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.isSettled()).isFalse();
        assertThat(due.explanation().toEnglish()).isEqualTo("issued Wed 2026-12-16 (day 0, not counted) → 1 Thu 12-17"
                + " → 2 Fri 12-18 → 3 Mon 12-21: due 2026-12-21 (subject to the next State Council notice, which may"
                + " still change 2026-12-21)");
        assertThat(due.explanation().toChinese()).isEqualTo("印发 2026-12-16 周三（当日不计入）→ 第1个工作日 12-17 周四"
                + " → 第2个工作日 12-18 周五 → 第3个工作日 12-21 周一：截止 2026-12-21（以下一年度国务院通知为准："
                + "2026-12-21 可能调整）");
        assertThat(due.toString()).isEqualTo("Due[2026-12-21, not settled: 3 working days after issuance]");

        Due before = one("印发后3个工作日内", ctx.withTrigger(LocalDate.of(2026, 12, 15)));
        assertThat(before.dueDate()).isEqualTo("2026-12-18");
        assertThat(before.isSettled()).isTrue();
        assertThat(before.explanation().toEnglish()).endsWith(": due 2026-12-18");

        // a fixed date that is not rolled depends on no day's kind; rolled, it depends on its own day
        assertThat(one("2026年12月31日前", ctx).isSettled()).isTrue();
        Due rolled = one("2026年12月31日前", ctx.withPolicy(ROLL));
        assertThat(rolled.dueDate()).isEqualTo("2026-12-31");
        assertThat(rolled.isSettled()).isFalse();
        assertThat(rolled.explanation().toChinese()).endsWith("截止 2026-12-31（以下一年度国务院通知为准：2026-12-31 可能调整）");
    }

    @Test
    void aStrictPolicyRefusesUnsettledDuesNamingTheDay() {
        DeadlinePolicy strict = DeadlinePolicy.builder().requireSettled(true).build();
        assertThat(strict.requireSettled()).isTrue();
        assertThat(DeadlinePolicy.defaults().requireSettled()).isFalse();
        WorkingCalendar cal = TestCalendars.chinaSettledThrough(LocalDate.of(2026, 12, 20));
        DeadlineContext ctx = DeadlineContext.of(cal).withYear(Year.of(2026)).withPolicy(strict);
        assertThatThrownBy(() -> Deadline.parse("印发后3个工作日内").resolve(ctx.withTrigger(LocalDate.of(2026, 12, 16))))
                .isInstanceOfSatisfying(DeadlineResolutionException.class, e -> {
                    assertThat(e.day()).contains(LocalDate.of(2026, 12, 21));
                    assertThat(e.deadline()).isEqualTo("3 working days after issuance");
                    assertThat(e.getMessage()).contains("2026-12-21").contains("requireSettled");
                });
        assertThat(one("印发后3个工作日内", ctx.withTrigger(LocalDate.of(2026, 12, 15))).dueDate())
                .isEqualTo("2026-12-18");
        assertThat(one("2026年12月31日前", ctx).dueDate()).isEqualTo("2026-12-31");
        assertThatThrownBy(() -> Deadline.parse("2026年12月31日前").resolve(ctx.withPolicy(strict.toBuilder()
                .rollFixedDates(true).build())))
                .isInstanceOfSatisfying(DeadlineResolutionException.class,
                    e -> assertThat(e.day()).contains(LocalDate.of(2026, 12, 31)));
        // a provisional day is not settled either
        DeadlineContext provisional = DeadlineContext.of(PROVISIONAL).withPolicy(strict)
                .withTrigger(LocalDate.of(2026, 12, 30));
        assertThatThrownBy(() -> Deadline.parse("3个工作日内").resolve(provisional))
                .isInstanceOfSatisfying(DeadlineResolutionException.class,
                    e -> assertThat(e.day()).contains(LocalDate.of(2027, 1, 1)));
    }
}
