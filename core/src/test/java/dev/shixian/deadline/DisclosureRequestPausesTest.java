package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.DisclosurePolicy.ConsultationEnds;
import dev.shixian.deadline.DisclosurePolicy.OverlongConsultation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DisclosureRequest: consultations (条例第三十二条, 第三十三条第三款, 第三十四条) under both policies, extension
 * (第三十三条第二款) and deferral (第三十五条), on the official calendar. Every expected date is counted by hand in the
 * comment beside it.
 */
class DisclosureRequestPausesTest {

    private static final WorkingCalendar CAL = TestCalendars.china();

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    private static AfterEvent workingDaysAfterReceipt(int n) {
        return AfterEvent.of(n, AfterEvent.Counting.WORKING_DAYS, Event.RECEIPT);
    }

    @Test
    void answerDueIsFifteenWorkingDaysAfterTheOtherSideReceivedTheRequest() {
        // across 国庆 2024 from Mon 09-23: 09-24..27 (1-4), adjusted Sun 09-29 (5), 09-30 (6), 10-08..11 (7-10),
        // adjusted Sat 10-12 (11), 10-14..17 (12-15)
        assertThat(Consultation.thirdPartyWithoutAnswer(date("2024-09-23")).answerDue(CAL).dueDate())
                .isEqualTo("2024-10-17");
        // across 春节 2025 from Mon 01-20: 01-21..24 (1-4), adjusted Sun 01-26 (5), 01-27 (6), 02-05..07 (7-9),
        // adjusted Sat 02-08 (10), 02-10..14 (11-15)
        Due agency = Consultation.agencyWithoutAnswer(date("2025-01-20")).answerDue(CAL);
        assertThat(agency.dueDate()).isEqualTo("2025-02-14");
        assertThat(agency.explanation().toEnglish()).startsWith("15 working days (条例第三十四条)");
        // 03-12..15 (1-4), 03-18..22 (5-9), 03-25..29 (10-14), 04-01 (15)
        assertThat(DisclosureRequest.thirdPartyOpinionDue(date("2024-03-11"), CAL).dueDate()).isEqualTo("2024-04-01");
    }

    @Test
    void unansweredThirdPartyPausesUntilItsFifteenWorkingDaysEnd() {
        // received Mon 2024-09-02; counted 09-03..06 (1-4), 09-09..13 (5-9), adjusted Sat 09-14 (10), 中秋 09-15..17,
        // 09-18..20 (11-13); paused 09-23..10-17 (16: 09-23..27, 09-29, 09-30, 10-08..12, 10-14..17); counted 10-18
        // (14), 10-21..25 (15-19), 10-28 (20)
        Due due = DisclosureRequest.receivedOn(date("2024-09-02"))
                .withConsultation(Consultation.thirdPartyWithoutAnswer(date("2024-09-23"))).replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-10-28");
        assertThat(due.deadline()).isEqualTo(workingDaysAfterReceipt(36));
        assertThat(due.explanation().toEnglish()).contains("consultation of a third party (条例第三十二条) 2024-09-23..:"
                + " no answer within 15 working days, the agency decides alone after 2024-10-17; 2024-09-23..2024-10-17"
                + " not counted: 16 working days (条例第三十三条第三款)").contains("20 working days counted, 16 paused");
        assertThat(due.explanation().toChinese()).contains("15个工作日内未提出意见，2024-10-17 后由行政机关决定");
    }

    @Test
    void unansweredAgencyAcrossSpringFestival() {
        // received Mon 2025-01-06; counted 01-07..10 (1-4), 01-13..17 (5-9); paused 01-20..02-14 (16: 01-20..24,
        // 01-26, 01-27, 02-05..08, 02-10..14); counted 02-17..21 (10-14), 02-24..28 (15-19), 03-03 (20)
        Due due = DisclosureRequest.receivedOn(date("2025-01-06"))
                .withConsultation(Consultation.agencyWithoutAnswer(date("2025-01-20"))).replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2025-03-03");
        assertThat(due.deadline()).isEqualTo(workingDaysAfterReceipt(36));
        assertThat(due.explanation().toEnglish()).contains("consultation of another agency (条例第三十四条)");
    }

    @Test
    void endsInclusiveByDefaultAndExclusiveByPolicy() {
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-03-01"))
                .withConsultation(Consultation.thirdParty(date("2024-03-11"), date("2024-03-22")));
        assertThat(r.policy()).isEqualTo(DisclosurePolicy.defaults());
        assertThat(DisclosurePolicy.defaults().consultationEnds()).isEqualTo(ConsultationEnds.INCLUSIVE);
        assertThat(r.replyDue(CAL).dueDate()).isEqualTo("2024-04-15");
        // exclusive: paused 03-12..21 (8); counted 03-04..08 (1-5), 03-11 (6), 03-22 (7), 03-25..29 (8-12),
        // 04-01..03 (13-15), adjusted Sun 04-07 (16), 04-08..11 (17-20)
        Due exclusive = r.withPolicy(DisclosurePolicy.defaults().withConsultationEnds(ConsultationEnds.EXCLUSIVE))
                .replyDue(CAL);
        assertThat(exclusive.dueDate()).isEqualTo("2024-04-11");
        assertThat(exclusive.deadline()).isEqualTo(workingDaysAfterReceipt(28));
        assertThat(exclusive.explanation().toEnglish()).contains("2024-03-11..2024-03-22 (both end days counted) not"
                + " counted: 8 working days");
        assertThat(exclusive.explanation().toChinese()).contains("（首尾两日计入期限） 不计算在期限内：8个工作日");
    }

    @Test
    void endsPolicyAcrossNationalDay() {
        // received Mon 2024-09-02, 13 working days counted by 09-20 (see above); third party 09-23..09-30
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-09-02"))
                .withConsultation(Consultation.thirdParty(date("2024-09-23"), date("2024-09-30")));
        // inclusive: paused 09-23..27, 09-29, 09-30 (7); counted 10-08..11 (14-17), adjusted Sat 10-12 (18),
        // 10-14, 10-15 (19, 20)
        assertThat(r.replyDue(CAL).dueDate()).isEqualTo("2024-10-15");
        // exclusive: paused 09-24..27, 09-29 (5); counted 09-23 (14), 09-30 (15), 10-08..11 (16-19), adjusted Sat
        // 10-12 (20)
        assertThat(r.withPolicy(DisclosurePolicy.defaults().withConsultationEnds(ConsultationEnds.EXCLUSIVE))
                .replyDue(CAL).dueDate()).isEqualTo("2024-10-12");
    }

    @Test
    void overlappingConsultationsCountOnce() {
        // received 2024-03-01; third party 03-11..22 (10), agency 03-18..27 (03-18..22 shared, 03-25..27 its own 3):
        // paused 13; counted 03-04..08 (1-5), 03-28, 29 (6, 7), 04-01..03 (8-10), adjusted Sun 04-07 (11),
        // 04-08..12 (12-16), 04-15..18 (17-20)
        Due due = DisclosureRequest.receivedOn(date("2024-03-01"))
                .withConsultation(Consultation.agency(date("2024-03-18"), date("2024-03-27")))
                .withConsultation(Consultation.thirdParty(date("2024-03-11"), date("2024-03-22")))
                .replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-04-18");
        assertThat(due.deadline()).isEqualTo(workingDaysAfterReceipt(33));
        assertThat(due.explanation().toEnglish()).isEqualTo("received Fri 2024-03-01 (day 0, not counted) → 20"
                + " working days to reply (条例第三十三条第二款) → consultation of a third party (条例第三十二条)"
                + " 2024-03-11..2024-03-22 not counted: 10 working days (条例第三十三条第三款) → consultation of another"
                + " agency (条例第三十四条) 2024-03-18..2024-03-27 not counted: 3 working days (5 more already paused by"
                + " an earlier consultation) (条例第三十三条第三款) → 20 working days counted, 13 paused: Thu 2024-04-18:"
                + " due 2024-04-18");
        assertThat(due.explanation().toChinese()).contains("不计算在期限内：3个工作日（另有5个工作日与此前的征求意见重叠，"
                + "不重复计算）");
    }

    @Test
    void overlongConsultationIsCappedByDefault() {
        // received 2024-03-01; third party received the request 03-11, answered 04-10, after its 15 working days
        // ended 04-01: paused 03-11..04-01 (16); counted 03-04..08 (1-5), 04-02, 03 (6, 7), adjusted Sun 04-07 (8),
        // 04-08..12 (9-13), 04-15..19 (14-18), 04-22, 23 (19, 20)
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-03-01"))
                .withConsultation(Consultation.thirdParty(date("2024-03-11"), date("2024-04-10")));
        Due due = r.replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-04-23");
        assertThat(due.deadline()).isEqualTo(workingDaysAfterReceipt(36));
        assertThat(due.explanation().toEnglish()).contains("2024-03-11..2024-04-10: answered after its 15 working"
                + " days, capped at 2024-04-01; 2024-03-11..2024-04-01 not counted: 16 working days");
        // the same with the party not stated (the legacy range form)
        assertThat(DisclosureRequest.receivedOn(date("2024-03-01")).withConsultation(date("2024-03-11"),
                date("2024-04-10")).replyDue(CAL).dueDate()).isEqualTo("2024-04-23");
    }

    @Test
    void overlongConsultationIsRefusedByPolicy() {
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-03-01"))
                .withConsultation(Consultation.thirdParty(date("2024-03-11"), date("2024-04-10")))
                .withPolicy(DisclosurePolicy.defaults().withOverlongConsultation(OverlongConsultation.REFUSE));
        assertThatThrownBy(() -> r.replyDue(CAL)).isInstanceOf(DisclosureRuleException.class)
                .hasMessageContaining("Mon 2024-03-11").hasMessageContaining("Wed 2024-04-10")
                .hasMessageContaining("Mon 2024-04-01").hasMessageContaining("条例第三十二条")
                .satisfies(e -> assertThat(((DisclosureRuleException) e).article()).isEqualTo("条例第三十二条"));
        // answered on the last of its 15 working days: allowed
        assertThat(DisclosureRequest.receivedOn(date("2024-03-01"))
                .withConsultation(Consultation.thirdParty(date("2024-03-11"), date("2024-04-01")))
                .withPolicy(r.policy()).replyDue(CAL).dueDate()).isEqualTo("2024-04-23");
    }

    @Test
    void extensionApprovedAndToldInTime() {
        // received Mon 2024-09-02, due 09-30: 13 by 09-20, 09-23..27 (14-18), adjusted Sun 09-29 (19), 09-30 (20);
        // extended 20: 10-08..11 (1-4), adjusted Sat 10-12 (5), 10-14..18 (6-10), 10-21..25 (11-15), 10-28..31
        // (16-19), 11-01 (20)
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-09-02"));
        assertThat(r.replyDue(CAL).dueDate()).isEqualTo("2024-09-30");
        Due due = r.withExtension(20, date("2024-09-26"), date("2024-09-27")).replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-11-01");
        assertThat(due.deadline()).isEqualTo(workingDaysAfterReceipt(40));
        assertThat(due.explanation().toEnglish()).contains("extended by 20 working days, approved Thu 2024-09-26 and"
                + " told to the applicant Fri 2024-09-27, by the original due date Mon 2024-09-30 (条例第三十三条第二款)");
        assertThat(due.explanation().toChinese()).contains("延长20个工作日，2024-09-26 周四 经负责人同意，2024-09-27 周五"
                + " 告知申请人，均在原期限 2024-09-30 周一 内（条例第三十三条第二款）");
        // on the original due date itself is still in time
        assertThat(r.withExtension(20, date("2024-09-30"), date("2024-09-30")).replyDue(CAL).dueDate())
                .isEqualTo("2024-11-01");
    }

    @Test
    void extensionAcrossSpringFestival() {
        // received Thu 2025-01-02: 01-03 (1), 01-06..10 (2-6), 01-13..17 (7-11), 01-20..24 (12-16), adjusted Sun
        // 01-26 (17), 01-27 (18), 春节 01-28..02-04, 02-05 (19), 02-06 (20); extended 10: 02-07 (1), adjusted Sat
        // 02-08 (2), 02-10..14 (3-7), 02-17..19 (8-10)
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2025-01-02"));
        assertThat(r.replyDue(CAL).dueDate()).isEqualTo("2025-02-06");
        Due due = r.withExtension(10, date("2025-01-27"), date("2025-02-05")).replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2025-02-19");
        assertThat(due.deadline()).isEqualTo(workingDaysAfterReceipt(30));
        assertThat(r.extension()).isZero();
        assertThat(r.withExtension(10, date("2025-01-27"), date("2025-02-05")).extensionNotified())
                .contains(date("2025-02-05"));
    }

    @Test
    void lateExtensionIsRefusedNamingTheDates() {
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-09-02"));
        // approved after the due date 09-30
        assertThatThrownBy(() -> r.withExtension(20, date("2024-10-08"), date("2024-10-08")).replyDue(CAL))
                .isInstanceOf(DisclosureRuleException.class)
                .hasMessageStartingWith("Extension approved on Tue 2024-10-08, after the due date Mon 2024-09-30 it"
                        + " would extend: 条例第三十三条第二款");
        // approved in time, told too late
        assertThatThrownBy(() -> r.withExtension(20, date("2024-09-30"), date("2024-10-08")).replyDue(CAL))
                .isInstanceOf(DisclosureRuleException.class)
                .hasMessageContaining("told to the applicant on Tue 2024-10-08")
                .hasMessageContaining("Mon 2024-09-30");
        // the due date it extends includes the pause: consulted 09-23..09-30, due 10-15 (see the ends policy test),
        // so approval on 10-14 and notice on 10-15 are in time: 20 more from 10-15: 10-16..18 (1-3), 10-21..25
        // (4-8), 10-28..11-01 (9-13), 11-04..08 (14-18), 11-11, 12 (19, 20)
        assertThat(r.withConsultation(Consultation.thirdParty(date("2024-09-23"), date("2024-09-30")))
                .withExtension(20, date("2024-10-14"), date("2024-10-15")).replyDue(CAL).dueDate())
                .isEqualTo("2024-11-12");
        assertThatThrownBy(() -> r.withExtension(21, date("2024-09-26"), date("2024-09-27")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21");
        assertThatThrownBy(() -> r.withExtension(5, date("2024-09-27"), date("2024-09-26")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deferralSetsTheReplyDate() {
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-09-02"));
        Due due = r.withDeferral(date("2024-11-29"), date("2024-09-25")).replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2024-11-29");
        assertThat(due.deadline()).isEqualTo(FixedDate.of(date("2024-11-29")));
        assertThat(due.explanation().toEnglish()).endsWith("20 working days counted: Mon 2024-09-30 → reply deferred"
                + " to Fri 2024-11-29, told to the applicant Wed 2024-09-25 (延迟答复, 条例第三十五条): due 2024-11-29");
        assertThat(due.explanation().toChinese()).contains("确定延迟答复期限至 2024-11-29 周五，2024-09-25 周三 告知申请人"
                + "（条例第三十五条）");
        // a deferral that is not later changes nothing
        Due earlier = r.withDeferral(date("2024-09-27"), date("2024-09-25")).replyDue(CAL);
        assertThat(earlier.dueDate()).isEqualTo("2024-09-30");
        assertThat(earlier.explanation().toEnglish()).contains("is not later: no effect");
        // told after the due date it would defer
        assertThatThrownBy(() -> r.withDeferral(date("2024-11-29"), date("2024-10-08")).replyDue(CAL))
                .isInstanceOf(DisclosureRuleException.class).hasMessageContaining("Tue 2024-10-08")
                .hasMessageContaining("Mon 2024-09-30").hasMessageContaining("条例第三十五条");
    }

    @Test
    void deferralAcrossSpringFestival() {
        // received 2025-01-02, due 2025-02-06 (see the extension test); deferred to 2025-03-31, told on the due date
        Due due = DisclosureRequest.receivedOn(date("2025-01-02"))
                .withDeferral(date("2025-03-31"), date("2025-02-06")).replyDue(CAL);
        assertThat(due.dueDate()).isEqualTo("2025-03-31");
        assertThat(DisclosureRequest.receivedOn(date("2025-01-02")).withDeferral(date("2025-03-31"),
                date("2025-02-06")).deferredTo()).contains(date("2025-03-31"));
    }

    @Test
    void consultationValues() {
        Consultation c = Consultation.thirdParty(date("2024-03-11"), date("2024-03-22"));
        assertThat(c.party()).contains(Consultation.Party.THIRD_PARTY);
        assertThat(c.answered()).contains(date("2024-03-22"));
        assertThat(Consultation.of(date("2024-03-11"), date("2024-03-22")).party()).isEmpty();
        assertThat(Consultation.agencyWithoutAnswer(date("2024-03-11")).answered()).isEmpty();
        assertThat(c).isEqualTo(Consultation.thirdParty(date("2024-03-11"), date("2024-03-22")))
                .isNotEqualTo(Consultation.agency(date("2024-03-11"), date("2024-03-22")));
        assertThat(Consultation.Party.AGENCY.chinese()).isEqualTo("其他机关");
        assertThat(c.toString()).isEqualTo("Consultation[THIRD_PARTY 2024-03-11..2024-03-22]");
        assertThatThrownBy(() -> Consultation.agency(date("2024-03-11"), date("2024-03-10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-03-10");
        DisclosureRequest r = DisclosureRequest.receivedOn(date("2024-03-01"))
                .withConsultation(Consultation.agency(date("2024-03-18"), date("2024-03-27")))
                .withConsultation(c);
        assertThat(r.consultations()).containsExactly(c, Consultation.agency(date("2024-03-18"), date("2024-03-27")));
    }
}
