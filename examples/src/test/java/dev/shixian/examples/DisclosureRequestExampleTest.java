package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.deadline.DeadlineResolutionException;
import dev.shixian.deadline.DisclosureRequest;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.ObligationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Application 2024-045 with DisclosureRequest and with the scheduler. Every date and count was counted by hand from
 * the 2024 notice (国办发明电〔2023〕7号: 国庆节 10-01..10-07 off, Sunday 09-29 and Saturday 10-12 worked; no other
 * holiday from October to December 2024; December 2024 starts on a Sunday); the calendar's arithmetic is never the
 * oracle.
 *
 * <ul>
 * <li>Signed for Tue 10-08 (day 0): 10-09, 10, 11, adjusted Sat 10-12 (4), 10-14..18 (9), 10-21..25 (14), 10-28..11-01
 *     (19), 11-04 (20): due Mon 11-04.
 * <li>Notice to complete within 7 working days: 10-09 (1), 10-10, 10-11, 10-12 (4), 10-14, 10-15, 10-16 (7): 10-16.
 * <li>Completed application Mon 10-21 (day 0): 10-22..25 (4), 10-28..11-01 (9), 11-04..08 (14), 11-11..15 (19), 11-18
 *     (20): due Mon 11-18.
 * <li>Third party's opinion due 15 working days after Mon 10-28: 10-29..11-01 (4), 11-04..08 (9), 11-11..15 (14), 11-18
 *     (15): 11-18.
 * <li>Consultation 10-28..11-08 not counted (10 working days): 10-22..25 (4), 11-11..15 (9), 11-18..22 (14),
 *     11-25..29 (19), 12-02 (20): due Mon 12-02.
 * <li>Extension of 15 working days approved 11-27, told 11-28 (before 12-02): 12-03..06 (4), 12-09..13 (9),
 *     12-16..20 (14), 12-23 (15): due Mon 12-23.
 * </ul>
 */
class DisclosureRequestExampleTest {

    static final ChinaCalendar CHINA = ChinaCalendar.official();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void replyDueDatesAsTheFactsArrive() {
        assertThat(DisclosureRequestExample.request(d("2024-10-08")).replyDue(CHINA).dueDate())
                .isEqualTo(d("2024-11-04"));
        assertThat(DisclosureRequestExample.request(d("2024-10-21")).replyDue(CHINA).dueDate())
                .isEqualTo(d("2024-11-18"));
        assertThat(DisclosureRequestExample.request(d("2024-11-08")).replyDue(CHINA).dueDate())
                .isEqualTo(d("2024-12-02"));
        assertThat(DisclosureRequestExample.request(d("2024-11-28")).replyDue(CHINA).dueDate())
                .isEqualTo(d("2024-12-23"));
        assertThat(DisclosureRequestExample.request(d("2024-10-08")).noticeToCompleteDue(CHINA).dueDate())
                .isEqualTo(d("2024-10-16"));
        assertThat(DisclosureRequest.thirdPartyOpinionDue(d("2024-10-28"), CHINA).dueDate()).isEqualTo(d("2024-11-18"));
    }

    @Test
    void awaitingCompletionThereIsNoReplyDueDate() {
        DisclosureRequest r = DisclosureRequestExample.request(d("2024-10-15"));
        assertThat(r.state(d("2024-10-15"))).isEqualTo(DisclosureRequest.State.AWAITING_COMPLETION);
        assertThatThrownBy(() -> r.replyDue(CHINA)).isInstanceOf(DeadlineResolutionException.class);
        // the scheduler, without the 补正 record, still counts from receipt: (10-15, 11-04] = 10-16, 17, 18 (3),
        // 10-21..25 (8), 10-28..11-01 (13), 11-04 (14)
        ObligationStatus s = DisclosureRequestExample.status(CHINA, d("2024-10-15"));
        assertThat(s.dueDate()).hasValue(d("2024-11-04"));
        assertThat(s.workingDaysLeft()).isEqualTo(14);
    }

    @Test
    void schedulerStatuses() {
        ObligationStatus received = DisclosureRequestExample.status(CHINA, d("2024-10-08"));
        assertThat(received.status()).isEqualTo(DueStatus.PENDING);
        assertThat(received.dueDate()).hasValue(d("2024-11-04"));
        assertThat(received.workingDaysLeft()).isEqualTo(20);

        // (11-08, 12-02] = 11-11..15 (5), 11-18..22 (10), 11-25..29 (15), 12-02 (16)
        ObligationStatus answered = DisclosureRequestExample.status(CHINA, d("2024-11-08"));
        assertThat(answered.dueDate()).hasValue(d("2024-12-02"));
        assertThat(answered.originalDueDate()).hasValue(d("2024-11-04"));
        assertThat(answered.workingDaysLeft()).isEqualTo(16);

        // (11-28, 12-23] = 11-29 (1), 12-02..06 (6), 12-09..13 (11), 12-16..20 (16), 12-23 (17)
        ObligationStatus extended = DisclosureRequestExample.status(CHINA, d("2024-11-28"));
        assertThat(extended.dueDate()).hasValue(d("2024-12-23"));
        assertThat(extended.workingDaysLeft()).isEqualTo(17);
        assertThat(extended.history()).hasSize(3);

        // (12-19, 12-23] = 12-20, 12-23: due soon
        ObligationStatus soon = DisclosureRequestExample.status(CHINA, d("2024-12-19"));
        assertThat(soon.status()).isEqualTo(DueStatus.DUE_SOON);
        assertThat(soon.workingDaysLeft()).isEqualTo(2);

        ObligationStatus done = DisclosureRequestExample.status(CHINA, d("2024-12-24"));
        assertThat(done.status()).isEqualTo(DueStatus.DONE_ON_TIME);
        assertThat(done.completedOn()).hasValue(d("2024-12-20"));
    }

    @Test
    void bothAgreeOnEveryDateButTheOneAwaitingCompletion() {
        List<String> agree = new ArrayList<>();
        for (String line : DisclosureRequestExample.lines(CHINA)) {
            if (line.startsWith("两者") || line.startsWith("排期尚无")) {
                agree.add(line);
            }
        }
        assertThat(agree).containsExactly(
                "两者一致 / both agree: 2024-11-04",
                "排期尚无补正记录，仍按原截止日期 / the scheduler has no record of the 补正 yet and keeps the first due date",
                "两者一致 / both agree: 2024-11-18",
                "两者一致 / both agree: 2024-12-02",
                "两者一致 / both agree: 2024-12-23",
                "两者一致 / both agree: 2024-12-23",
                "两者一致 / both agree: 2024-12-23");
    }

    @Test
    void printedFactsAndTheBlockAsOfTheExtension() {
        List<String> lines = DisclosureRequestExample.lines(CHINA);
        assertThat(lines.subList(0, 9)).containsExactly(
                "依申请公开申请 2024-045（市政府办公室）/ Application 2024-045 to 市政府办公室",
                "  2024-09-27 邮寄 / posted",
                "  2024-10-08 签收：以行政机关签收之日为收到申请之日（条例第三十一条第二项）/ signed for: received the day the agency"
                        + " signed for it",
                "  2024-10-10 补正通知（应于2024-10-16前发出），补正期限至 2024-10-25 / notice to complete (due by 2024-10-16), to"
                        + " complete by 2024-10-25",
                "  2024-10-21 收到补正后的申请 / completed application received",
                "  2024-10-28 征求第三方意见，第三方收到（应于2024-11-18前提出意见）/ third party consulted, its opinion due by"
                        + " 2024-11-18",
                "  2024-11-08 第三方答复 / the third party answered",
                "  2024-11-27 负责人同意延长15个工作日，2024-11-28 告知申请人 / extension of 15 working days approved, told to the"
                        + " applicant 2024-11-28",
                "  2024-12-20 答复 / replied");
        int start = lines.indexOf("== 截至 2024-11-28 / as of 2024-11-28 ==");
        assertThat(start).isPositive();
        List<String> block = lines.subList(start, start + 11);
        assertThat(block.get(1)).isEqualTo("申请状态 / state: 办理中 (in progress)");
        assertThat(block.get(2)).isEqualTo("DisclosureRequest 答复期限 / reply due: 2024-12-23");
        assertThat(block.get(3)).contains("补正后收到 2024-10-21 周一：重新计算（条例第三十条）",
                "延长15个工作日，2024-11-27 周三 经负责人同意，2024-11-28 周四 告知申请人，均在原期限 2024-12-02 周一 内",
                "征求第三方意见（条例第三十二条）2024-10-28至2024-11-08 不计算在期限内：10个工作日",
                "计满35个工作日（暂停10个工作日）：2024-12-23 周一：截止 2024-12-23");
        assertThat(block.get(4)).contains("completed application received Mon 2024-10-21: the clock restarts",
                "35 working days counted, 10 paused: Mon 2024-12-23: due 2024-12-23");
        assertThat(block.subList(5, 11)).containsExactly(
                "排期 / Scheduler: 未到期，剩余17个工作日（截止日期 2024-12-23，原截止日期 2024-11-04，截至 2024-11-28）",
                "  pending, 17 working days left (due 2024-12-23, originally 2024-11-04, as of 2024-11-28)",
                "  补正 2024-10-21：自该日起重新计算期限，截止日期 2024-11-04 → 2024-11-18 / restarted 2024-10-21 (补正, 条例第三十条):"
                        + " the period counts again from that date, due 2024-11-04 → 2024-11-18",
                "  征求意见 2024-10-28至2024-11-08：10个工作日不计入，截止日期 2024-11-18 → 2024-12-02 / paused 2024-10-28..2024-11-08:"
                        + " 10 working days not counted, due 2024-11-18 → 2024-12-02",
                "  延期 2024-11-27 批准：延长15个工作日，截止日期 2024-12-02 → 2024-12-23 / extended on 2024-11-27 by 15 working"
                        + " days (条例第三十三条第二款), due 2024-12-02 → 2024-12-23",
                "两者一致 / both agree: 2024-12-23");
    }
}
