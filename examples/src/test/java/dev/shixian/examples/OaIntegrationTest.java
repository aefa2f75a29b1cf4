package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OA run's messages on a few days. Every due date and count below was counted by hand from the 2024 notice
 * (国办发明电〔2023〕7号): 中秋节 09-15..09-17 off with Saturday 09-14 worked; 国庆节 10-01..10-07 off with Sunday 09-29
 * and Saturday 10-12 worked; September 2024 starts on a Sunday. The calendar's own arithmetic is never the oracle.
 *
 * <p>The hand counts (day 0 not counted, docs/RULES.md §2; pauses and extensions, §6; due soon within 3 working
 * days, §7):
 * <ul>
 * <li>市人社发〔2024〕18号, issued Mon 09-23: 09-24 (1), 09-25 (2), 09-26 (3): due 09-26; published 09-25.
 * <li>市财发〔2024〕41号, issued Fri 09-27: adjusted Sun 09-29 (1), 09-30 (2), 10-08 (3): due 10-08; published 10-10,
 *     late by 2 (10-09, 10-10).
 * <li>市人社发〔2024〕21号, issued Wed 10-09: 10-10 (1), 10-11 (2), adjusted Sat 10-12 (3): due 10-12; never published:
 *     overdue by 1 on 10-14, by 2 on 10-15.
 * <li>Application 2024-029, in person Mon 09-02: 09-03..06 (4), 09-09..13 (9), adjusted Sat 09-14 (10), 09-18..20
 *     (13), 09-23..27 (18), 09-29 (19), 09-30 (20): due 09-30; extended by 5 on 09-27: 10-08, 10-09, 10-10, 10-11,
 *     10-12: due 10-12; replied 10-11.
 * <li>Application 2024-027, online Wed 09-04: 09-05, 06 (2), 09-09..13 (7), 09-14 (8), 09-18..20 (11), 09-23..27
 *     (16), 09-29 (17), 09-30 (18), 10-08 (19), 10-09 (20): due 10-09; third party consulted 09-24..09-27 (Tue–Fri, 4
 *     working days not counted): 10-10, 10-11, 10-12, 10-14: due 10-14; never replied.
 * <li>Application 2024-031, by post signed for Fri 09-20: due 10-23 (docs/RULES.md §8 example 10); 补正 received
 *     10-10: 10-11 (1), 10-12 (2), 10-14..18 (7), 10-21..25 (12), 10-28..11-01 (17), 11-04, 05, 06 (20): due 11-06.
 * </ul>
 */
class OaIntegrationTest {

    static List<String> output;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        OaIntegration.run(out);
        output = List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R", -1));
    }

    /** The lines printed for a day: its heading and what follows up to the next heading. */
    static List<String> day(String date) {
        List<String> block = new ArrayList<>();
        boolean in = false;
        for (String line : output) {
            if (line.startsWith("== ")) {
                in = line.startsWith("== " + date + " ");
            }
            if (in) {
                block.add(line);
            }
        }
        assertThat(block).as("lines of %s", date).isNotEmpty();
        return block;
    }

    static final String D18 = "《关于调整2024年度失业保险金标准的通知》（市人社发〔2024〕18号）政策解读";
    static final String D41 = "《关于做好2024年秋季学期学生资助资金发放工作的通知》（市财发〔2024〕41号）政策解读";
    static final String D21 = "《关于开展2024年度技能人才评价工作的通知》（市人社发〔2024〕21号）政策解读";
    static final String R029 = "依申请公开申请2024-029（当面提交，2024-09-02收到）";
    static final String R027 = "依申请公开申请2024-027（互联网渠道，2024-09-04收到）";
    static final String R031 = "依申请公开申请2024-031（邮寄，2024-09-20收到）";

    @Test
    void theOaAlreadyHoldsThreeApplications() {
        assertThat(output.subList(0, 4)).containsExactly(
                "OA 数据库（H2，内存）：某市2024年政务公开工作台账，2024-09-23 至 2024-10-15",
                "[OA] 收到申请：市政府办公室 " + R029 + "，答复截止日期 2024-09-30",
                "[OA] 收到申请：市财政局 " + R027 + "，答复截止日期 2024-10-09",
                "[OA] 收到申请：市政府办公室 " + R031 + "，答复截止日期 2024-10-23");
    }

    @Test
    void firstDayRemindsOfTheDocumentIssuedThatDay() {
        // 2024-029 as of 09-23: 09-24..27, 09-29, 09-30 = 6 left, not due soon; 2024-027: 8 left
        assertThat(day("2024-09-23")).containsExactly(
                "== 2024-09-23 周一 ==",
                "[OA] 印发：市人社局 " + D18 + "，截止日期 2024-09-26",
                "【时限提醒】市人社局：" + D18 + "应于2024-09-26前发布，剩余3个工作日。");
    }

    @Test
    void aCompletionEndsTheReminders() {
        assertThat(day("2024-09-25")).containsExactly(
                "== 2024-09-25 周三 ==",
                "[OA] 办结：市人社局 " + D18 + "，2024-09-25 按时完成（截止日期 2024-09-26，截至 2024-09-25）",
                "（今日无提醒）");
    }

    @Test
    void anExtensionAndAConsultationMoveTheReplies() {
        // as of 09-26 2024-029 had 3 left (09-27, 09-29, 09-30); extended on 09-27 it has 7 (09-29, 09-30,
        // 10-08..12) and no reminder
        assertThat(day("2024-09-26")).containsExactly(
                "== 2024-09-26 周四 ==",
                "【时限提醒】市政府办公室：" + R029 + "应于2024-09-30前答复，剩余3个工作日。");
        assertThat(day("2024-09-27")).containsExactly(
                "== 2024-09-27 周五 ==",
                "[OA] 印发：市财政局 " + D41 + "，截止日期 2024-10-08",
                "[OA] 登记：市政府办公室 " + R029 + "，延期 2024-09-27 批准：延长5个工作日，截止日期 2024-09-30 → 2024-10-12",
                "[OA] 登记：市财政局 " + R027 + "，征求意见 2024-09-24至2024-09-27：4个工作日不计入，截止日期 2024-10-09 → "
                        + "2024-10-14",
                "【时限提醒】市财政局：" + D41 + "应于2024-10-08前发布，剩余3个工作日。");
    }

    @Test
    void adjustedWorkingDaysSendAndHolidaysDoNot() {
        assertThat(day("2024-09-28")).containsExactly("== 2024-09-28 周六（休息日，不发送提醒）==");
        // as of Sun 09-29 (worked): 09-30, 10-08 = 2 left
        assertThat(day("2024-09-29")).containsExactly(
                "== 2024-09-29 周日（国庆节调休上班）==",
                "【时限提醒】市财政局：" + D41 + "应于2024-10-08前发布，剩余2个工作日。");
        // as of Mon 09-30: 10-08 = 1 left
        assertThat(day("2024-09-30")).containsExactly(
                "== 2024-09-30 周一 ==",
                "【时限提醒】市财政局：" + D41 + "应于2024-10-08前发布，剩余1个工作日。");
        assertThat(day("2024-10-01")).containsExactly("== 2024-10-01 周二（国庆节放假，不发送提醒）==");
        assertThat(day("2024-10-07")).containsExactly("== 2024-10-07 周一（国庆节放假，不发送提醒）==");
        assertThat(day("2024-10-08")).containsExactly(
                "== 2024-10-08 周二 ==",
                "【时限提醒】市财政局：" + D41 + "应于2024-10-08前发布，今日到期。");
    }

    @Test
    void firstDayOverdueAfterTheHoliday() {
        // 市财发〔2024〕41号 due 10-08: as of 10-09 overdue by 1 (10-09); 2024-029 due 10-12: 10-10, 10-11, 10-12 =
        // 3 left; 2024-027 due 10-14: 10-10, 10-11, 10-12, 10-14 = 4 left, not yet due soon
        assertThat(day("2024-10-09")).containsExactly(
                "== 2024-10-09 周三 ==",
                "[OA] 印发：市人社局 " + D21 + "，截止日期 2024-10-12",
                "【时限提醒】市政府办公室：" + R029 + "应于2024-10-12前答复，剩余3个工作日。",
                "【逾期督办】市财政局：" + D41 + "应于2024-10-08前发布，已逾期1个工作日。",
                "【时限提醒】市人社局：" + D21 + "应于2024-10-12前发布，剩余3个工作日。");
    }

    @Test
    void aLateCompletionAndARestart() {
        assertThat(day("2024-10-10")).containsExactly(
                "== 2024-10-10 周四 ==",
                "[OA] 办结：市财政局 " + D41 + "，2024-10-10 逾期完成，逾期2个工作日（截止日期 2024-10-08，截至 2024-10-10）",
                "[OA] 登记：市政府办公室 " + R031 + "，补正 2024-10-10：自该日起重新计算期限，截止日期 2024-10-23 → 2024-11-06",
                "【时限提醒】市政府办公室：" + R029 + "应于2024-10-12前答复，剩余2个工作日。",
                "【时限提醒】市财政局：" + R027 + "应于2024-10-14前答复，剩余3个工作日。",
                "【时限提醒】市人社局：" + D21 + "应于2024-10-12前发布，剩余2个工作日。");
    }

    @Test
    void lastDaysOverdue() {
        assertThat(day("2024-10-14")).containsExactly(
                "== 2024-10-14 周一 ==",
                "【时限提醒】市财政局：" + R027 + "应于2024-10-14前答复，今日到期。",
                "【逾期督办】市人社局：" + D21 + "应于2024-10-12前发布，已逾期1个工作日。");
        // due Mon 10-14: overdue by 1 (10-15); due Sat 10-12: overdue by 2 (10-14, 10-15)
        assertThat(day("2024-10-15")).containsExactly(
                "== 2024-10-15 周二 ==",
                "【逾期督办】市财政局：" + R027 + "应于2024-10-14前答复，已逾期1个工作日。",
                "【逾期督办】市人社局：" + D21 + "应于2024-10-12前发布，已逾期2个工作日。",
                "");
    }

    @Test
    void theRunIsTheSameEveryTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OaIntegration.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\\R", -1)).containsExactlyElementsOf(output);
    }

    @Test
    void thePlanHasTheTwoTimeLimits() {
        Plan plan = OaIntegration.plan();
        assertThat(plan.tasks()).extracting(t -> t.timeLimit().orElseThrow())
                .containsExactly("印发后3个工作日内", "收到申请之日起20个工作日内");
    }
}
