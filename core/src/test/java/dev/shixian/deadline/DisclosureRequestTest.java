package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DisclosureRequest (依申请公开): receipt by channel (条例第三十一条), reply on the spot (第三十三条第一款), notice to
 * complete and completion (第三十条), on the official calendar (TestCalendars, from the State Council notices).
 * Every expected date is counted by hand in the comment beside it.
 */
class DisclosureRequestTest {

    private static final WorkingCalendar CAL = TestCalendars.china();

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    // docs/RULES.md §8 example 10, verbatim: application completed (补正) on 2024-10-10 → reply due 2024-11-06.
    @Test
    void rulesExample10CompletedApplicationRestartsTheClock() {
        // 10-11 (1), adjusted Sat 10-12 (2), 10-14..18 (3-7), 10-21..25 (8-12), 10-28..31 (13-16), 11-01 (17),
        // 11-04 (18), 11-05 (19), 11-06 (20)
        Due due = DisclosureRequest.receivedOn(date("2024-09-20")).withCompletedApplication(date("2024-10-10"))
                .replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-11-06");
        assertThat(due.deadline()).isEqualTo(AfterEvent.of(20, AfterEvent.Counting.WORKING_DAYS, Event.RECEIPT));
    }

    // docs/RULES.md §8 example 11, verbatim: received 2024-03-01, third party consulted 2024-03-11..2024-03-22 →
    // 2024-03-29 without the pause, 2024-04-15 with it.
    @Test
    void rulesExample11ConsultationPausesTheClock() {
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-03-01"));
        // 03-04..08 (1-5), 03-11..15 (6-10), 03-18..22 (11-15), 03-25..29 (16-20)
        assertThat(r.replyDue(CAL).dueDate()).isEqualTo("2024-03-29");
        // paused 03-11..22 (10); counted 03-04..08 (1-5), 03-25..29 (6-10), 04-01..03 (11-13), 清明 04-04..06,
        // adjusted Sun 04-07 (14), 04-08..12 (15-19), 04-15 (20)
        Due typed = r.withConsultation(Consultation.thirdParty(date("2024-03-11"), date("2024-03-22"))).replyDue(CAL);
        assertThat(typed.dueDate()).isEqualTo("2024-04-15");
        assertThat(r.withConsultation(date("2024-03-11"), date("2024-03-22")).replyDue(CAL).dueDate())
                .isEqualTo("2024-04-15");
        // the deadline describes the date carried: 20 counted + 10 paused = the 30th working day after receipt
        assertThat(typed.deadline()).isEqualTo(AfterEvent.of(30, AfterEvent.Counting.WORKING_DAYS, Event.RECEIPT));
        assertThat(typed.deadline().resolve(DeadlineContext.of(CAL).withEvent(Event.RECEIPT, date("2024-03-01")))
                .get(0).dueDate()).isEqualTo("2024-04-15");
        assertThat(typed.explanation().toEnglish()).isEqualTo("received Fri 2024-03-01 (day 0, not counted) → 20"
                + " working days to reply (条例第三十三条第二款) → consultation of a third party (条例第三十二条)"
                + " 2024-03-11..2024-03-22 not counted: 10 working days (条例第三十三条第三款) → 20 working days"
                + " counted, 10 paused: Mon 2024-04-15: due 2024-04-15");
        assertThat(typed.explanation().toChinese()).contains("征求第三方意见（条例第三十二条）2024-03-11至2024-03-22"
                + " 不计算在期限内：10个工作日（条例第三十三条第三款）");
    }

    @Test
    void inPersonIsReceivedTheDaySubmitted() {
        DisclosureRequest r = DisclosureRequest.submittedInPerson(date("2024-09-27"));
        assertThat(r.received()).isEqualTo("2024-09-27");
        assertThat(r.channel()).contains(ReceiptChannel.IN_PERSON);
        // across 国庆 2024: adjusted Sun 09-29 (1), 09-30 (2), 10-01..07 off, 10-08..11 (3-6), adjusted Sat 10-12 (7),
        // 10-14..18 (8-12), 10-21..25 (13-17), 10-28, 29, 30 (18-20)
        Due due = r.replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-10-30");
        assertThat(due.explanation().steps().get(0).english()).isEqualTo("received in person Fri 2024-09-27, the day"
                + " it was submitted (条例第三十一条第一项; day 0, not counted)");
        assertThat(due.explanation().steps().get(0).chinese()).isEqualTo("收到申请（当面提交）2024-09-27 周五：以提交之日"
                + "为收到申请之日（条例第三十一条第一项；当日不计入）");
    }

    @Test
    void postIsReceivedTheDayTheAgencySignsForIt() {
        // posted before 国庆, signed for on the first working day after it
        DisclosureRequest r = DisclosureRequest.signedForByPost(date("2024-10-08"));
        assertThat(r.received()).isEqualTo("2024-10-08");
        // 10-09..11 (1-3), adjusted Sat 10-12 (4), 10-14..18 (5-9), 10-21..25 (10-14), 10-28..31 (15-18), 11-01 (19),
        // 11-04 (20)
        Due due = r.replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-11-04");
        assertThat(due.explanation().toEnglish()).startsWith("received by post Tue 2024-10-08, the day the agency"
                + " signed for it (条例第三十一条第二项; day 0, not counted)");
        assertThat(due.explanation().toChinese()).startsWith("收到申请（邮寄）2024-10-08 周二：以行政机关签收之日为收到申请"
                + "之日（条例第三十一条第二项；当日不计入）");
    }

    @Test
    void ordinaryLetterIsReceivedTheDayTheAgencyConfirmsWithTheApplicant() {
        DisclosureRequest r = DisclosureRequest.byOrdinaryLetter(date("2025-01-24"));
        assertThat(r.channel()).contains(ReceiptChannel.ORDINARY_LETTER);
        // across 春节 2025: adjusted Sun 01-26 (1), 01-27 (2), 01-28..02-04 off, 02-05..07 (3-5), adjusted Sat 02-08
        // (6), 02-10..14 (7-11), 02-17..21 (12-16), 02-24..27 (17-20)
        Due due = r.replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2025-02-27");
        assertThat(due.explanation().toEnglish()).contains("the day the agency confirmed with the applicant"
                + " (条例第三十一条第二项; day 0, not counted)");
    }

    @Test
    void onlineIsReceivedTheDayBothSidesConfirm() {
        // the agency confirmed on adjusted Sun 2024-09-29, the applicant on Mon 2024-09-30: received 09-30
        DisclosureRequest r = DisclosureRequest.online(date("2024-09-29"), date("2024-09-30"));
        assertThat(r.received()).isEqualTo("2024-09-30");
        assertThat(r.confirmations()).containsExactly(date("2024-09-29"), date("2024-09-30"));
        // 10-08..11 (1-4), adjusted Sat 10-12 (5), 10-14..18 (6-10), 10-21..25 (11-15), 10-28..31 (16-19), 11-01 (20)
        Due due = r.replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-11-01");
        assertThat(due.explanation().toEnglish()).startsWith("received online Mon 2024-09-30, the day both sides"
                + " confirmed (the agency Sun 2024-09-29, the applicant Mon 2024-09-30) (条例第三十一条第三项;");
        // order of the confirmations does not matter
        assertThat(DisclosureRequest.online(date("2024-09-30"), date("2024-09-29")).received())
                .isEqualTo("2024-09-30");
    }

    @Test
    void faxIsReceivedTheDayBothSidesConfirm() {
        // the agency confirmed Fri 2024-02-09, the applicant adjusted Sun 2024-02-18 after 春节 02-10..17
        DisclosureRequest r = DisclosureRequest.byFax(date("2024-02-09"), date("2024-02-18"));
        assertThat(r.received()).isEqualTo("2024-02-18");
        assertThat(r.channel()).contains(ReceiptChannel.FAX);
        // 02-19..23 (1-5), 02-26..03-01 (6-10), 03-04..08 (11-15), 03-11..15 (16-20)
        assertThat(r.replyDue(CAL).dueDate()).isEqualTo("2024-03-15");
    }

    @Test
    void channelsNameTheirArticleAndChineseTerm() {
        assertThat(ReceiptChannel.IN_PERSON.chinese()).isEqualTo("当面提交");
        assertThat(ReceiptChannel.ORDINARY_LETTER.chinese()).isEqualTo("平常信函");
        assertThat(ReceiptChannel.ONLINE.article()).isEqualTo("条例第三十一条第三项");
        assertThat(ReceiptChannel.POST.ruleChinese()).isEqualTo("以行政机关签收之日为收到申请之日");
        assertThat(ReceiptChannel.FAX.needsBothConfirmations()).isTrue();
        assertThat(ReceiptChannel.POST.needsBothConfirmations()).isFalse();
        assertThat(DisclosureRequest.receivedOn(date("2024-03-01")).channel()).isEmpty();
    }

    @Test
    void replyOnTheSpotIsDueTheDayOfReceipt() {
        Due due = DisclosureRequest.submittedInPerson(date("2024-09-30")).withReplyOnTheSpot().replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-09-30");
        assertThat(due.deadline()).isEqualTo(WithEvent.of(Event.RECEIPT));
        assertThat(due.explanation().toEnglish()).isEqualTo("received in person Mon 2024-09-30, the day it was"
                + " submitted (条例第三十一条第一项) → replied on the spot (当场答复, 条例第三十三条第一款): due the day of"
                + " receipt: due 2024-09-30");
        // an adjusted working day after 春节 2025: completed in person on Sat 2025-02-08 and answered there
        Due completed = DisclosureRequest.submittedInPerson(date("2025-01-24"))
                .withNoticeToComplete(date("2025-01-24"), date("2025-02-14"))
                .withCompletedApplication(date("2025-02-08")).withReplyOnTheSpot().replyDue(CAL);
        assertThat(completed.dueDate()).isEqualTo("2025-02-08");
    }

    @Test
    void replyOnTheSpotHasNoConsultationExtensionOrDeferral() {
        DisclosureRequest spot = DisclosureRequest.submittedInPerson(date("2024-09-30")).withReplyOnTheSpot();
        assertThatThrownBy(() -> spot.withConsultation(Consultation.thirdParty(date("2024-10-08"),
                date("2024-10-09")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("当场答复");
        assertThatThrownBy(() -> spot.withExtension(5, date("2024-10-08"), date("2024-10-08")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> spot.withDeferral(date("2024-12-31"), date("2024-10-08")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisclosureRequest.submittedInPerson(date("2024-09-30"))
                .withDeferral(date("2024-12-31"), date("2024-10-08")).withReplyOnTheSpot())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noticeToCompleteIsDueSevenWorkingDaysAfterReceipt() {
        // across 国庆 2024 from Fri 09-27: adjusted Sun 09-29 (1), 09-30 (2), 10-08..11 (3-6), adjusted Sat 10-12 (7)
        assertThat(DisclosureRequest.receivedOn(date("2024-09-27")).noticeToCompleteDue(CAL).dueDate())
                .isEqualTo("2024-10-12");
        // across 春节 2024 from Wed 02-07: 02-08 (1), 02-09 (2), 02-10..17 off, adjusted Sun 02-18 (3), 02-19..22 (4-7)
        assertThat(DisclosureRequest.receivedOn(date("2024-02-07")).noticeToCompleteDue(CAL).dueDate())
                .isEqualTo("2024-02-22");
    }

    @Test
    void completionAcrossSpringFestivalRestartsTheClock() {
        // received Mon 2025-01-20; notice due: 01-21..24 (1-4), adjusted Sun 01-26 (5), 01-27 (6), 02-05 (7);
        // sent 01-24, in time
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2025-01-20"))
                .withNoticeToComplete(date("2025-01-24"), date("2025-02-14"))
                .withCompletedApplication(date("2025-02-10"));
        // from Mon 02-10: 02-11..14 (1-4), 02-17..21 (5-9), 02-24..28 (10-14), 03-03..07 (15-19), 03-10 (20)
        Due due = r.replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2025-03-10");
        assertThat(due.explanation().toEnglish()).contains("notice to complete sent Fri 2025-01-24, due Wed"
                + " 2025-02-05, to complete by Fri 2025-02-14 (条例第三十条)")
                .contains("completed application received Mon 2025-02-10: the clock restarts (条例第三十条)");
        assertThat(due.explanation().toChinese()).contains("补正通知 2025-01-24 周五（应于 2025-02-05 周三 前发出），"
                + "补正期限至 2025-02-14 周五（条例第三十条）");
    }

    @Test
    void aLateNoticeIsMarkedLate() {
        // due 2024-10-12 (see above), sent Mon 10-14
        Due due = DisclosureRequest.receivedOn(date("2024-09-27"))
                .withNoticeToComplete(date("2024-10-14"), date("2024-10-25"))
                .withCompletedApplication(date("2024-10-21")).replyDue(CAL);
        assertThat(due.explanation().toEnglish()).contains("notice to complete sent Mon 2024-10-14, late: due Sat"
                + " 2024-10-12");
        // from Mon 10-21: 10-22..25 (1-4), 10-28..11-01 (5-9), 11-04..08 (10-14), 11-11..15 (15-19), 11-18 (20)
        assertThat(due.dueDate()).isEqualTo("2024-11-18");
    }

    @Test
    void notCompletedInTimeIsDeemedWithdrawn() {
        DisclosureRequest notice = DisclosureRequest.receivedOn(date("2025-01-20"))
                .withNoticeToComplete(date("2025-01-24"), date("2025-02-14"));
        assertThat(notice.state(date("2025-01-19"))).isEqualTo(DisclosureRequest.State.NOT_RECEIVED);
        assertThat(notice.state(date("2025-01-20"))).isEqualTo(DisclosureRequest.State.IN_PROGRESS);
        assertThat(notice.state(date("2025-01-24"))).isEqualTo(DisclosureRequest.State.AWAITING_COMPLETION);
        assertThat(notice.state(date("2025-02-14"))).isEqualTo(DisclosureRequest.State.AWAITING_COMPLETION);
        assertThat(notice.state(date("2025-02-15"))).isEqualTo(DisclosureRequest.State.DEEMED_WITHDRAWN);
        assertThat(notice.state(date("2026-01-01"))).isEqualTo(DisclosureRequest.State.DEEMED_WITHDRAWN);
        assertThatThrownBy(() -> notice.replyDue(CAL)).isInstanceOf(DeadlineResolutionException.class)
                .hasMessageContaining("completed application");

        // completed in time: in progress from the completion
        DisclosureRequest inTime = notice.withCompletedApplication(date("2025-02-10"));
        assertThat(inTime.state(date("2025-02-07"))).isEqualTo(DisclosureRequest.State.AWAITING_COMPLETION);
        assertThat(inTime.state(date("2025-02-10"))).isEqualTo(DisclosureRequest.State.IN_PROGRESS);
        assertThat(inTime.state(date("2025-03-01"))).isEqualTo(DisclosureRequest.State.IN_PROGRESS);

        // the Javadoc example: completed late (accepted for a 正当理由), withdrawn in between
        DisclosureRequest late = DisclosureRequest.receivedOn(date("2024-09-20"))
                .withNoticeToComplete(date("2024-09-27"), date("2024-10-18"))
                .withCompletedApplication(date("2024-10-22"));
        assertThat(late.state(date("2024-10-18"))).isEqualTo(DisclosureRequest.State.AWAITING_COMPLETION);
        assertThat(late.state(date("2024-10-21"))).isEqualTo(DisclosureRequest.State.DEEMED_WITHDRAWN);
        assertThat(late.state(date("2024-10-22"))).isEqualTo(DisclosureRequest.State.IN_PROGRESS);
        // from Tue 10-22: 10-23..25 (1-3), 10-28..11-01 (4-8), 11-04..08 (9-13), 11-11..15 (14-18), 11-18 (19),
        // 11-19 (20)
        assertThat(late.replyDue(CAL).dueDate()).isEqualTo("2024-11-19");
    }

    @Test
    void badDatesAreRefused() {
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-09-20"));
        assertThatThrownBy(() -> r.withNoticeToComplete(date("2024-09-19"), date("2024-10-18")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-09-19");
        assertThatThrownBy(() -> r.withNoticeToComplete(date("2024-09-27"), date("2024-09-26")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.withNoticeToComplete(date("2024-09-27"), date("2024-10-18"))
                .withCompletedApplication(date("2024-09-25"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-09-25");
        assertThatThrownBy(() -> r.withCompletedApplication(date("2024-09-19")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisclosureRequest.submittedInPerson(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("submitted");
    }

    @Test
    void valuesAreComparedByAllTheirParts() {
        DisclosureRequest a = DisclosureRequest.signedForByPost(date("2024-10-08"));
        assertThat(a).isEqualTo(DisclosureRequest.signedForByPost(date("2024-10-08")))
                .hasSameHashCodeAs(DisclosureRequest.signedForByPost(date("2024-10-08")))
                .isNotEqualTo(DisclosureRequest.submittedInPerson(date("2024-10-08")))
                .isNotEqualTo(DisclosureRequest.receivedOn(date("2024-10-08")));
        assertThat(a.withReplyOnTheSpot()).isNotEqualTo(a);
        assertThat(a.toString()).isEqualTo("DisclosureRequest[received 2024-10-08 POST]");
        assertThat(a.withReplyOnTheSpot().replyOnTheSpot()).isTrue();
        assertThat(a.replyOnTheSpot()).isFalse();
    }
}
