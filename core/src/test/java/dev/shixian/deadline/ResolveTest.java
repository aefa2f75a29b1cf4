package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Resolution of every kind of deadline, policies, missing context, and explanation goldens. */
class ResolveTest {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final DeadlineContext Y2021 = DeadlineContext.of(CAL).withYear(Year.of(2021));

    private static Due one(String phrase, DeadlineContext ctx) {
        List<Due> dues = Deadline.parse(phrase).resolve(ctx);
        assertThat(dues).hasSize(1);
        return dues.get(0);
    }

    @Test
    void goldenWorkingDays() {
        Due due = one("印发后3个工作日内", Y2021.withTrigger(LocalDate.of(2021, 9, 30)));
        assertThat(due.explanation().toEnglish()).isEqualTo("issued Thu 2021-09-30 (day 0, not counted) → 1 Fri 10-08"
                + " → 2 Sat 10-09 (adjusted working day, 国庆节) → 3 Mon 10-11: due 2021-10-11");
        assertThat(due.explanation().toChinese()).isEqualTo("印发 2021-09-30 周四（当日不计入）→ 第1个工作日 10-08 周五"
                + " → 第2个工作日 10-09 周六（调休上班，国庆节）→ 第3个工作日 10-11 周一：截止 2021-10-11");
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.period()).isEmpty();
        assertThat(due.minimumCount()).isEqualTo(1);
        assertThat(due.label()).isEmpty();
    }

    @Test
    void goldenLongCountIsElided() {
        Due due = one("印发后的20个工作日内", DeadlineContext.of(CAL).withTrigger(LocalDate.of(2020, 4, 9)));
        assertThat(due.explanation().toEnglish()).isEqualTo("issued Thu 2020-04-09 (day 0, not counted) → 1 Fri 04-10"
                + " → 2 Mon 04-13 → … 16 more working days (working days 3–18; counting adjusted working day Sun 04-26,"
                + " 劳动节; skipping 劳动节 05-01..05-05) → 19 Fri 05-08 → 20 Sat 05-09 (adjusted working day, 劳动节):"
                + " due 2020-05-09");
        assertThat(due.explanation().toChinese()).isEqualTo("印发 2020-04-09 周四（当日不计入）→ 第1个工作日 04-10 周五"
                + " → 第2个工作日 04-13 周一 → ……另16个工作日（第3至第18个工作日；计入调休上班 04-26 周日，劳动节；"
                + "跳过劳动节 05-01至05-05）→ 第19个工作日 05-08 周五 → 第20个工作日 05-09 周六（调休上班，劳动节）"
                + "：截止 2020-05-09");
    }

    @Test
    void goldenCalendarDaysAndMonths() {
        Due days = one("20日内", DeadlineContext.of(CAL).withTrigger(LocalDate.of(2024, 4, 12)));
        assertThat(days.explanation().toEnglish()).isEqualTo("event Fri 2024-04-12 (day 0, not counted) → +20 days ="
                + " Thu 05-02 (holiday, 劳动节) → rolled forward to the next working day Mon 05-06: due 2024-05-06");
        assertThat(days.explanation().toChinese()).isEqualTo("事件 2024-04-12 周五（当日不计入）→ 加20日为 05-02 周四"
                + "（节假日，劳动节）→ 顺延至下一个工作日 05-06 周一：截止 2024-05-06");
        Due month = one("收到申请之日起1个月内", DeadlineContext.of(CAL).withEvent(Event.RECEIPT, LocalDate.of(2021, 1, 31)));
        assertThat(month.explanation().toEnglish()).isEqualTo("received Sun 2021-01-31 (day 0, not counted) → +1 month"
                + " = Sun 02-28 (no 02-31: last day of the month; rest day) → rolled forward to the next working day"
                + " Mon 03-01: due 2021-03-01");
        assertThat(month.explanation().toChinese()).isEqualTo("收到申请 2021-01-31 周日（当日不计入）→ 加1个月为 02-28 周日"
                + "（无02-31：取当月最后一日；休息日）→ 顺延至下一个工作日 03-01 周一：截止 2021-03-01");
    }

    @Test
    void fixedDatesAndPeriodEnds() {
        assertThat(one("11月15日前", Y2021).dueDate()).isEqualTo("2021-11-15");
        assertThat(one("2021年6月底前", Y2021).dueDate()).isEqualTo("2021-06-30");
        assertThat(one("年底前", Y2021).dueDate()).isEqualTo("2021-12-31");
        assertThat(one("12月底前", Y2021).dueDate()).isEqualTo("2021-12-31");
        assertThat(one("上半年", Y2021).dueDate()).isEqualTo("2021-06-30");
        assertThat(one("二季度末", Y2021).dueDate()).isEqualTo("2021-06-30");
        assertThat(one("三季度末", Y2021).dueDate()).isEqualTo("2021-09-30");
        assertThat(one("11月上旬", Y2021).dueDate()).isEqualTo("2021-11-10");
        assertThat(one("11月中旬", Y2021).dueDate()).isEqualTo("2021-11-20");
        assertThat(one("11月下旬", Y2021).dueDate()).isEqualTo("2021-11-30");
        assertThat(one("到2023年", Y2021).dueDate()).isEqualTo("2023-12-31");
        assertThat(one("到2023年底", Y2021).dueDate()).isEqualTo("2023-12-31");
        Due sunday = one("2021年10月10日前", Y2021);
        assertThat(sunday.dueDate()).isEqualTo("2021-10-10");
        assertThat(sunday.explanation().toEnglish()).isEqualTo(
                "fixed date Sun 2021-10-10 (rest day) → not rolled forward (policy): due 2021-10-10");
        assertThat(sunday.explanation().toChinese()).isEqualTo(
                "期日 2021-10-10 周日（休息日）→ 不顺延（政策）：截止 2021-10-10");
        assertThat(one("6月底前", Y2021).explanation().toEnglish())
                .isEqualTo("end of 2021-06 = Wed 2021-06-30: due 2021-06-30");
        assertThat(one("6月底前", Y2021).explanation().toChinese())
                .isEqualTo("2021年6月底 = 2021-06-30 周三：截止 2021-06-30");
    }

    @Test
    void policiesRollFixedDatesAndPeriodEnds() {
        DeadlineContext roll = Y2021.withPolicy(DeadlinePolicy.builder().rollFixedDates(true).rollPeriodEnds(true)
                .build());
        assertThat(one("2021年10月10日前", roll).dueDate()).isEqualTo("2021-10-11");
        assertThat(one("2021年10月底前", roll).dueDate()).isEqualTo("2021-11-01");
        assertThat(one("2021年10月底前", Y2021).dueDate()).isEqualTo("2021-10-31");
    }

    @Test
    void policyCalendarDaysAsWorkingDays() {
        DeadlineContext ctx = DeadlineContext.of(CAL).withTrigger(LocalDate.of(2024, 4, 12))
                .withPolicy(DeadlinePolicy.builder().calendarDaysAsWorkingDays(true).build());
        // 20 working days after Friday 2024-04-12 (2024 notice: 4-28 Sun and 5-11 Sat worked, 5-01..05 off):
        // 4-15..19 (1-5), 4-22..26 (6-10), Sun 4-28 (11), 4-29, 4-30 (12, 13), 5-06..10 (14-18), Sat 5-11 (19),
        // Mon 5-13 (20); as calendar days it would be 2024-05-02, rolled to 2024-05-06.
        assertThat(one("20日内", ctx).dueDate()).isEqualTo("2024-05-13");
    }

    @Test
    void afterSeveralEventsTheLatestRestartsTheClock() {
        DeadlineContext ctx = DeadlineContext.of(CAL).withEvent(Event.FORMATION, LocalDate.of(2021, 7, 1))
                .withEvent("change", LocalDate.of(2021, 8, 2));
        assertThat(one("形成或变更之日起20日内", ctx).dueDate()).isEqualTo("2021-08-23");
    }

    @Test
    void withEvent() {
        DeadlineContext ctx = Y2021.withTrigger(LocalDate.of(2021, 9, 30));
        assertThat(one("与文件同时公开", ctx).dueDate()).isEqualTo("2021-09-30");
        assertThat(one("与印发同时，时间跨度不超过3个工作日", ctx).dueDate()).isEqualTo("2021-10-11");
    }

    @Test
    void recurringPeriodsFromTheWindowStartIncludingThePartialFirst() {
        DeadlineContext ctx = DeadlineContext.of(CAL).withYear(Year.of(2021))
                .withWindow(LocalDate.of(2021, 6, 24), LocalDate.of(2021, 12, 31));
        List<Due> dues = Deadline.parse("每季度一次").resolve(ctx);
        assertThat(dues.stream().map(Due::dueDate).map(LocalDate::toString).collect(Collectors.toList()))
                .containsExactly("2021-06-30", "2021-09-30", "2021-12-31");
        assertThat(dues.get(0).period()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 4, 1),
                LocalDate.of(2021, 6, 30)));
        assertThat(dues.get(1).explanation().toEnglish()).isEqualTo("period 2021-Q3 (2021-07-01..2021-09-30) → last day"
                + " Thu 2021-09-30: due 2021-09-30");
        assertThat(dues.get(1).explanation().toChinese()).isEqualTo("周期 2021年第三季度（2021-07-01至2021-09-30）→ 最后一日"
                + " 2021-09-30 周四：截止 2021-09-30");

        List<Due> twoMonthly = Deadline.parse("每2个月不少于1篇").resolve(Y2021);
        assertThat(twoMonthly).hasSize(6);
        assertThat(twoMonthly.get(0).period()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 2, 28)));
        assertThat(twoMonthly.get(0).minimumCount()).isEqualTo(1);
        assertThat(twoMonthly.get(0).explanation().toEnglish()).endsWith("due 2021-02-28, at least 1 article");

        List<Due> quarterly8 = Deadline.parse("每年1、4、7、10月8日之前").resolve(Y2021);
        assertThat(quarterly8.stream().map(Due::dueDate).map(LocalDate::toString).collect(Collectors.toList()))
                .containsExactly("2021-01-08", "2021-04-08", "2021-07-08", "2021-10-08");
        assertThat(Deadline.parse("每月10日前").resolve(Y2021)).hasSize(12);
        assertThat(Deadline.parse("每年1月31日前").resolve(Y2021).get(0).dueDate()).isEqualTo("2021-01-31");
        assertThat(Deadline.parse("每半年").resolve(Y2021).stream().map(Due::dueDate).map(LocalDate::toString)
                .collect(Collectors.toList())).containsExactly("2021-06-30", "2021-12-31");
        assertThat(Deadline.parse("每年至少2次").resolve(Y2021).get(0).minimumCount()).isEqualTo(2);
        assertThat(Deadline.parse("每月31日前").resolve(Y2021).get(1).dueDate()).isEqualTo("2021-02-28");
    }

    @Test
    void openEndedHasNoDueUnlessThePolicyNamesOne() {
        assertThat(Deadline.parse("长期").resolve(Y2021)).isEmpty();
        assertThat(Deadline.parse("及时").resolve(Y2021)).isEmpty();
        DeadlineContext ctx = Y2021.withTrigger(LocalDate.of(2021, 9, 30)).withPolicy(DeadlinePolicy.builder()
                .promptDefault(DeadlinePolicy.STATUTORY_PROMPT_DEFAULT).build());
        List<Due> dues = Deadline.parse("及时公开").resolve(ctx);
        assertThat(dues).hasSize(1);
        // 20 working days after Thursday 2021-09-30 (2021 notice: 10-01..07 off, Sat 10-09 worked): Fri 10-08 (1),
        // Sat 10-09 (2), 10-11..15 (3-7), 10-18..22 (8-12), 10-25..29 (13-17), 11-01, 11-02, 11-03 (18-20).
        assertThat(dues.get(0).dueDate()).isEqualTo("2021-11-03");
        assertThat(dues.get(0).deadline()).isEqualTo(OpenEnded.PER_EVENT);
        assertThat(Deadline.parse("长期").resolve(ctx)).isEmpty();
    }

    @Test
    void labelledPartsCarryTheirLabels() {
        DeadlineContext ctx = Y2021.withEvent(Event.FORMATION, LocalDate.of(2021, 7, 1));
        List<Due> dues = Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。").resolve(ctx);
        assertThat(dues).hasSize(2);
        assertThat(dues.get(0).label()).contains("最新规划");
        assertThat(dues.get(0).dueDate()).isEqualTo("2021-07-21");
        assertThat(dues.get(1).label()).contains("历史规划");
        assertThat(dues.get(1).dueDate()).isEqualTo("2021-09-30");
        List<Due> both = Deadline.parse("持续推进，2021年底前完成").resolve(Y2021);
        assertThat(both).extracting(Due::dueDate).containsExactly(LocalDate.of(2021, 12, 31));
    }

    @Test
    void freshnessCountsFromTheLastUpdate() {
        Due due = one("超过14天未更新", DeadlineContext.of(CAL).withEvent(Event.CHANGE, LocalDate.of(2021, 9, 1)));
        assertThat(due.dueDate()).isEqualTo("2021-09-15");
    }

    @Test
    void missingYearOrEventIsAClearError() {
        DeadlineContext bare = DeadlineContext.of(CAL);
        assertThatThrownBy(() -> Deadline.parse("11月15日前").resolve(bare))
                .isInstanceOf(DeadlineResolutionException.class)
                .hasMessageContaining("by 11-15").hasMessageContaining("year");
        assertThatThrownBy(() -> Deadline.parse("印发后3个工作日内").resolve(bare))
                .isInstanceOfSatisfying(DeadlineResolutionException.class, e -> {
                    assertThat(e.deadline()).isEqualTo("3 working days after issuance");
                    assertThat(e.missing()).contains("issuance");
                });
        assertThatThrownBy(() -> Deadline.parse("每季度一次").resolve(bare))
                .isInstanceOf(DeadlineResolutionException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Deadline.parse("2月29日前").resolve(Y2021))
                .isInstanceOf(DeadlineResolutionException.class);
        assertThat(Deadline.parse("2月29日前").resolve(Y2021.withYear(Year.of(2024))).get(0).dueDate())
                .isEqualTo("2024-02-29");
        // a date that names its own year needs no plan year
        assertThat(Deadline.parse("2021年11月15日前").resolve(bare).get(0).dueDate()).isEqualTo("2021-11-15");
        assertThat(Deadline.parse("2021年6月底前").resolve(bare).get(0).dueDate()).isEqualTo("2021-06-30");
    }

    @Test
    void provisionalWhenTheCalendarSaysSo() {
        WorkingCalendar provisional = dev.shixian.calendar.ImmutableWorkingCalendar.builder().copyOf(CAL)
                .provisionalUntil(LocalDate.of(2027, 12, 31)).build();
        DeadlineContext ctx = DeadlineContext.of(provisional).withTrigger(LocalDate.of(2026, 12, 30));
        assertThat(one("3个工作日内", ctx).isProvisional()).isTrue();
        assertThat(one("3个工作日内", ctx.withTrigger(LocalDate.of(2026, 6, 1))).isProvisional()).isFalse();
    }

    @Test
    void disclosureRequestRules() {
        DisclosureRequest r = DisclosureRequest.receivedOn(LocalDate.of(2024, 3, 1));
        // due 2024-03-29; 20 more working days: 04-01..03 (3), 清明 04-04..06 off, adjusted Sun 04-07 (4), 04-08..12
        // (9), 04-15..19 (14), 04-22..26 (19), adjusted Sun 04-28 (20) before 劳动节
        LocalDate approved = LocalDate.of(2024, 3, 25);
        LocalDate told = LocalDate.of(2024, 3, 26);
        assertThat(r.withExtension(20, approved, told).replyDue(CAL).dueDate()).isEqualTo("2024-04-28");
        assertThatThrownBy(() -> r.withExtension(21, approved, told)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.noticeToCompleteDue(CAL).dueDate()).isEqualTo("2024-03-12");
        assertThat(DisclosureRequest.thirdPartyOpinionDue(LocalDate.of(2024, 3, 11), CAL).dueDate())
                .isEqualTo("2024-04-01");
        Due paused = r.withConsultation(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22)).replyDue(CAL);
        assertThat(paused.explanation().toEnglish()).isEqualTo("received Fri 2024-03-01 (day 0, not counted) → 20"
                + " working days to reply (条例第三十三条第二款) → consultation 2024-03-11..2024-03-22 not counted: 10"
                + " working days (条例第三十三条第三款) → 20 working days counted, 10 paused: Mon 2024-04-15:"
                + " due 2024-04-15");
        Due restarted = r.withCompletedApplication(LocalDate.of(2024, 10, 10)).replyDue(CAL);
        assertThat(restarted.explanation().toChinese()).contains("补正后收到 2024-10-10 周四：重新计算（条例第三十条）")
                .endsWith("截止 2024-11-06");
    }
}
