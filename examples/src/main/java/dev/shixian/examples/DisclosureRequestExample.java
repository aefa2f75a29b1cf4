package dev.shixian.examples;

import dev.shixian.deadline.Consultation;
import dev.shixian.deadline.DisclosureRequest;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.HistoryEntry;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Restart;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An application for disclosure (依申请公开) from post to reply, computed twice: with {@link DisclosureRequest}, the
 * rules of 《政府信息公开条例》第三十条至第三十三条 for one request, and with the {@link Scheduler}, as a plan's
 * obligation "收到申请之日起20个工作日内" with records (docs/RULES.md §6) — and the two agree.
 *
 * <p>The application 2024-045 to 市政府办公室 (the facts are invented, the dates are those of the 2024 notice
 * 国办发明电〔2023〕7号: 国庆节 10-01..10-07 off, Sunday 09-29 and Saturday 10-12 worked):
 * <ul>
 * <li>posted Friday 2024-09-27, signed for by the agency Tuesday 2024-10-08: received 2024-10-08 (条例第三十一条第二项),
 *     reply due 2024-11-04;
 * <li>a notice to complete (补正通知) sent 2024-10-10 (due within 7 working days, by 2024-10-16), to complete by
 *     2024-10-25; the completed application received Monday 2024-10-21: the clock restarts (条例第三十条), due
 *     2024-11-18;
 * <li>a third party consulted (征求第三方意见, 条例第三十二条): it received the request Monday 2024-10-28 and answered
 *     Friday 2024-11-08; those 10 working days are not counted (条例第三十三条第三款): due 2024-12-02;
 * <li>an extension of 15 working days approved 2024-11-27 and told to the applicant 2024-11-28 (条例第三十三条第二款):
 *     due Monday 2024-12-23;
 * <li>replied Friday 2024-12-20: on time.
 * </ul>
 * As of each date in {@link #AS_OF} the program prints the request's state, the reply's due date with the
 * explanation in Chinese and English from {@link DisclosureRequest#replyDue}, the scheduler's status of the same
 * obligation ({@link ObligationStatus#toChinese()}, {@link ObligationStatus#toEnglish()}) with the records applied,
 * and whether the two due dates agree. Each side knows only what has happened by that date. While the application
 * awaits completion (2024-10-15) the request has no reply due date, but the scheduler, which has no such state,
 * keeps the first due date until the 补正 is recorded; the program says so.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl examples -am compile exec:java
 * -Dexec.mainClass=dev.shixian.examples.DisclosureRequestExample}.
 *
 * <p>This class is a program; its methods are stateless and thread-safe.
 */
public final class DisclosureRequestExample {

    /** The application's number, the subject of its obligation. */
    public static final String REQUEST_NUMBER = "2024-045";

    /** The id of the reply's obligation in {@link #schedule(ChinaCalendar)}. */
    public static final String OBLIGATION_ID = "ysq-2024/1/" + REQUEST_NUMBER + "@zfb";

    /** The day the application was posted, Friday 2024-09-27. */
    public static final LocalDate POSTED = LocalDate.of(2024, 9, 27);
    /** The day the agency signed for it, Tuesday 2024-10-08: the receipt date. */
    public static final LocalDate SIGNED_FOR = LocalDate.of(2024, 10, 8);
    /** The day the notice to complete (补正通知) was sent, 2024-10-10. */
    public static final LocalDate NOTICE_SENT = LocalDate.of(2024, 10, 10);
    /** The last day of the period to complete, 2024-10-25. */
    public static final LocalDate COMPLETE_BY = LocalDate.of(2024, 10, 25);
    /** The day the completed application was received (补正), Monday 2024-10-21. */
    public static final LocalDate COMPLETED = LocalDate.of(2024, 10, 21);
    /** The day the third party received the request for its opinion, Monday 2024-10-28. */
    public static final LocalDate THIRD_PARTY_RECEIVED = LocalDate.of(2024, 10, 28);
    /** The day the third party answered, Friday 2024-11-08. */
    public static final LocalDate THIRD_PARTY_ANSWERED = LocalDate.of(2024, 11, 8);
    /** The working days of the extension (延期). */
    public static final int EXTENSION_WORKING_DAYS = 15;
    /** The day the extension was approved (负责人同意), 2024-11-27. */
    public static final LocalDate EXTENSION_APPROVED = LocalDate.of(2024, 11, 27);
    /** The day the applicant was told of the extension, 2024-11-28. */
    public static final LocalDate EXTENSION_TOLD = LocalDate.of(2024, 11, 28);
    /** The day of the reply (答复), Friday 2024-12-20. */
    public static final LocalDate REPLIED = LocalDate.of(2024, 12, 20);

    /** The dates the program shows the status as of. */
    public static final List<LocalDate> AS_OF = List.of(SIGNED_FOR, LocalDate.of(2024, 10, 15), COMPLETED,
            THIRD_PARTY_ANSWERED, EXTENSION_TOLD, LocalDate.of(2024, 12, 19), LocalDate.of(2024, 12, 24));

    private DisclosureRequestExample() {
    }

    /**
     * Runs the example, printing to standard output (UTF-8).
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        lines(ChinaCalendar.official()).forEach(out::println);
        out.flush();
    }

    /**
     * The request as known on a date: only what happened by then. Example: {@code request(LocalDate.of(2024, 11,
     * 8))} is signed for 2024-10-08, completed 2024-10-21, with the third party's consultation 2024-10-28..2024-11-08
     * and no extension yet; its reply is due 2024-12-02.
     *
     * @param asOf  the date, not null
     * @return the request, not null
     */
    public static DisclosureRequest request(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        DisclosureRequest r = DisclosureRequest.signedForByPost(SIGNED_FOR);
        if (!asOf.isBefore(NOTICE_SENT)) {
            r = r.withNoticeToComplete(NOTICE_SENT, COMPLETE_BY);
        }
        if (!asOf.isBefore(COMPLETED)) {
            r = r.withCompletedApplication(COMPLETED);
        }
        if (!asOf.isBefore(THIRD_PARTY_ANSWERED)) {
            r = r.withConsultation(Consultation.thirdParty(THIRD_PARTY_RECEIVED, THIRD_PARTY_ANSWERED));
        } else if (!asOf.isBefore(THIRD_PARTY_RECEIVED)) {
            r = r.withConsultation(Consultation.thirdPartyWithoutAnswer(THIRD_PARTY_RECEIVED));
        }
        if (!asOf.isBefore(EXTENSION_TOLD)) {
            r = r.withExtension(EXTENSION_WORKING_DAYS, EXTENSION_APPROVED, EXTENSION_TOLD);
        }
        return r;
    }

    /**
     * The plan of the 依申请公开 work: one task, "收到申请之日起20个工作日内", of 市政府办公室 (zfb).
     *
     * @return the plan, not null
     */
    public static Plan plan() {
        return Plan.builder("ysq-2024").title("某市2024年依申请公开办理").year(Year.of(2024))
                .issued(LocalDate.of(2024, 1, 2)).unit(Unit.of("zfb", "市政府办公室"))
                .task(Task.builder("1").content("依申请公开答复").lead("zfb").timeLimit("收到申请之日起20个工作日内"))
                .build();
    }

    /**
     * The plan scheduled on a calendar with the receipt of the application on 2024-10-08: one obligation,
     * {@value #OBLIGATION_ID}, due 2024-11-04 before any record.
     *
     * @param china  the calendar, not null
     * @return the schedule, not null
     */
    public static Schedule schedule(ChinaCalendar china) {
        Objects.requireNonNull(china, "china");
        return Scheduler.of(china).schedule(plan(), List.of(Occurrence.of(Event.RECEIPT, SIGNED_FOR,
                REQUEST_NUMBER)));
    }

    /**
     * The scheduler's records known on a date (the pause only once the third party answered, the extension once the
     * applicant was told): the restart (补正) of 2024-10-21, the pause 2024-10-28..2024-11-08, the extension of 15
     * working days approved 2024-11-27 and the completion (答复) of 2024-12-20.
     *
     * @param asOf  the date, not null
     * @return the records, not null
     */
    public static List<ObligationRecord> records(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<ObligationRecord> records = new ArrayList<>();
        if (!asOf.isBefore(COMPLETED)) {
            records.add(Restart.of(OBLIGATION_ID, COMPLETED));
        }
        if (!asOf.isBefore(THIRD_PARTY_ANSWERED)) {
            records.add(Pause.of(OBLIGATION_ID, THIRD_PARTY_RECEIVED, THIRD_PARTY_ANSWERED));
        }
        if (!asOf.isBefore(EXTENSION_TOLD)) {
            records.add(Extension.of(OBLIGATION_ID, EXTENSION_APPROVED, EXTENSION_WORKING_DAYS));
        }
        if (!asOf.isBefore(REPLIED)) {
            records.add(Completion.of(OBLIGATION_ID, REPLIED));
        }
        return List.copyOf(records);
    }

    /**
     * The scheduler's status of the reply as of a date, from {@link #records(LocalDate)}. Example: as of 2024-12-19
     * it is due soon, due 2024-12-23 with 2 working days left (12-20, 12-23).
     *
     * @param china  the calendar, not null
     * @param asOf  the date, not null
     * @return the status, not null
     */
    public static ObligationStatus status(ChinaCalendar china, LocalDate asOf) {
        return schedule(china).statusAsOf(asOf, records(asOf)).status(OBLIGATION_ID);
    }

    /**
     * Everything the program prints: the facts, then a block for each date of {@link #AS_OF} — a heading such as
     * {@code == 截至 2024-11-28 / as of 2024-11-28 ==}, the request's state, its reply due date
     * ({@code DisclosureRequest 答复期限 / reply due: 2024-12-23}) with the explanation in Chinese and in English, the
     * scheduler's status in Chinese and English and its history, and {@code 两者一致 / both agree: 2024-12-23} (or why
     * there is nothing to compare).
     *
     * @param china  the calendar, not null
     * @return the lines, not null
     */
    public static List<String> lines(ChinaCalendar china) {
        Objects.requireNonNull(china, "china");
        DisclosureRequest all = request(REPLIED);
        List<String> out = new ArrayList<>();
        out.add("依申请公开申请 " + REQUEST_NUMBER + "（市政府办公室）/ Application " + REQUEST_NUMBER + " to 市政府办公室");
        out.add("  " + POSTED + " 邮寄 / posted");
        out.add("  " + SIGNED_FOR + " 签收：" + all.channel().orElseThrow().ruleChinese() + "（"
                + all.channel().orElseThrow().article() + "）/ signed for: received "
                + all.channel().orElseThrow().ruleEnglish());
        out.add("  " + NOTICE_SENT + " 补正通知（应于" + all.noticeToCompleteDue(china).dueDate() + "前发出），补正期限至 "
                + COMPLETE_BY + " / notice to complete (due by " + all.noticeToCompleteDue(china).dueDate()
                + "), to complete by " + COMPLETE_BY);
        out.add("  " + COMPLETED + " 收到补正后的申请 / completed application received");
        LocalDate opinionDue = DisclosureRequest.thirdPartyOpinionDue(THIRD_PARTY_RECEIVED, china).dueDate();
        out.add("  " + THIRD_PARTY_RECEIVED + " 征求第三方意见，第三方收到（应于" + opinionDue + "前提出意见）"
                + "/ third party consulted, its opinion due by " + opinionDue);
        out.add("  " + THIRD_PARTY_ANSWERED + " 第三方答复 / the third party answered");
        out.add("  " + EXTENSION_APPROVED + " 负责人同意延长" + EXTENSION_WORKING_DAYS + "个工作日，" + EXTENSION_TOLD
                + " 告知申请人 / extension of " + EXTENSION_WORKING_DAYS + " working days approved, told to the "
                + "applicant " + EXTENSION_TOLD);
        out.add("  " + REPLIED + " 答复 / replied");
        Schedule schedule = schedule(china);
        for (LocalDate asOf : AS_OF) {
            out.add("");
            out.add("== 截至 " + asOf + " / as of " + asOf + " ==");
            DisclosureRequest r = request(asOf);
            DisclosureRequest.State state = r.state(asOf);
            out.add("申请状态 / state: " + stateText(state));
            ObligationStatus s = schedule.statusAsOf(asOf, records(asOf)).status(OBLIGATION_ID);
            LocalDate due = null;
            if (state == DisclosureRequest.State.IN_PROGRESS) {
                Due reply = r.replyDue(china);
                due = reply.dueDate();
                out.add("DisclosureRequest 答复期限 / reply due: " + due);
                out.add("  " + reply.explanation().toChinese());
                out.add("  " + reply.explanation().toEnglish());
            } else {
                out.add("DisclosureRequest 答复期限 / reply due: 收到补正后的申请之日起重新计算（条例第三十条）/ counted again "
                        + "from the day the completed application arrives");
            }
            out.add("排期 / Scheduler: " + s.toChinese());
            out.add("  " + s.toEnglish());
            for (HistoryEntry h : s.history()) {
                out.add("  " + h.chinese() + " / " + h.english());
            }
            if (due == null) {
                out.add("排期尚无补正记录，仍按原截止日期 / the scheduler has no record of the 补正 yet and keeps the first "
                        + "due date");
            } else if (s.dueDate().isPresent() && s.dueDate().get().equals(due)) {
                out.add("两者一致 / both agree: " + due);
            } else {
                out.add("两者不一致 / they disagree: " + due + " ≠ " + s.dueDate().map(LocalDate::toString)
                        .orElse("-"));
            }
        }
        return out;
    }

    private static String stateText(DisclosureRequest.State state) {
        switch (state) {
            case NOT_RECEIVED:
                return "尚未收到申请 (not received)";
            case AWAITING_COMPLETION:
                return "待补正，补正期限至 " + COMPLETE_BY + " (awaiting completion)";
            case DEEMED_WITHDRAWN:
                return "视为放弃申请 (deemed withdrawn)";
            default:
                return "办理中 (in progress)";
        }
    }
}
