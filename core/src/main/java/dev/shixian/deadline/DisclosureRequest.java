package dev.shixian.deadline;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Explanation.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An application for disclosure (依申请公开) and the time limits of its handling under 《政府信息公开条例》(2019修订)
 * 第三十条至第三十五条 (docs/RULES.md §6):
 * <table>
 * <caption>Rules</caption>
 * <tr><th>event</th><th>effect</th><th>source</th></tr>
 * <tr><td>receipt (收到申请)</td><td>the date depends on the channel: in person, the day submitted; by post, the day
 *     the agency signs for it; by ordinary letter, the day the agency confirms with the applicant; online or by fax,
 *     the day both sides confirm ({@link ReceiptChannel})</td><td>条例第三十一条</td></tr>
 * <tr><td>reply on the spot (当场答复)</td><td>due the day of receipt</td><td>条例第三十三条第一款</td></tr>
 * <tr><td>reply</td><td>20 working days after receipt</td><td>条例第三十三条第二款</td></tr>
 * <tr><td>notice to complete (补正通知)</td><td>once, within 7 working days after receipt, with a reasonable period
 *     to complete</td><td>条例第三十条</td></tr>
 * <tr><td>补正 (application completed)</td><td>the clock restarts: 20 working days after the completed application
 *     is received; not completed within the period given: deemed withdrawn (视为放弃申请)</td><td>条例第三十条</td></tr>
 * <tr><td>consultation (征求意见)</td><td>its working days are not counted; by {@link DisclosurePolicy} default
 *     both ends inclusive, and overlapping consultations count once</td><td>条例第三十三条第三款</td></tr>
 * <tr><td>the consulted side's answer</td><td>15 working days after it receives the request; then the agency
 *     decides alone ({@link Consultation})</td><td>条例第三十二条, 第三十四条</td></tr>
 * <tr><td>extension (延长答复期限)</td><td>at most 20 more working days, approved by the head of the disclosure office
 *     (负责人同意) and told to the applicant by the due date it extends</td><td>条例第三十三条第二款</td></tr>
 * <tr><td>deferral (延迟答复)</td><td>for requests clearly beyond a reasonable scope: a reasonable reply date set
 *     by the agency and told to the applicant</td><td>条例第三十五条</td></tr>
 * </table>
 *
 * <p>Example: received 2024-03-01, a third party consulted 2024-03-11..2024-03-22: the reply is due 2024-03-29
 * without the pause and 2024-04-15 with it.
 * <pre>{@code
 * DisclosureRequest.receivedOn(LocalDate.of(2024, 3, 1))
 *     .withConsultation(Consultation.thirdParty(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22)))
 *     .replyDue(calendar).dueDate();   // 2024-04-15
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisclosureRequest {

    /** Working days to reply (条例第三十三条第二款). */
    public static final int REPLY_WORKING_DAYS = 20;
    /** The longest extension in working days (条例第三十三条第二款). */
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** Working days for a third party's or another agency's opinion (条例第三十二条, 第三十四条). */
    public static final int THIRD_PARTY_WORKING_DAYS = Consultation.ANSWER_WORKING_DAYS;
    /** Working days to send a notice to complete (条例第三十条). */
    public static final int NOTICE_TO_COMPLETE_WORKING_DAYS = 7;

    private static final String EXTENSION_ARTICLE = "条例第三十三条第二款";
    private static final String DEFERRAL_ARTICLE = "条例第三十五条";
    private static final String PAUSE_ARTICLE = "条例第三十三条第三款";

    /** Where an application stands on a date. */
    public enum State {
        /** Not received yet (尚未收到申请). */
        NOT_RECEIVED,
        /** A notice to complete was sent and the period to complete has not passed (待补正). */
        AWAITING_COMPLETION,
        /**
         * The period to complete passed without the completed application: deemed withdrawn (逾期不补正，视为放弃申请,
         * 条例第三十条).
         */
        DEEMED_WITHDRAWN,
        /** Received (and completed, if it had to be): the reply clock runs (办理中). */
        IN_PROGRESS
    }

    private final LocalDate received;
    /** The channel, or null when only the receipt date was given. */
    private final ReceiptChannel channel;
    /** The agency's confirmation for online and fax, or null. */
    private final LocalDate agencyConfirmed;
    /** The applicant's confirmation for online and fax, or null. */
    private final LocalDate applicantConfirmed;
    private final LocalDate noticeSent;
    private final LocalDate completeBy;
    private final LocalDate completed;
    private final List<Consultation> consultations;
    private final int extension;
    private final LocalDate extensionApproved;
    private final LocalDate extensionNotified;
    private final LocalDate deferredTo;
    private final LocalDate deferralNotified;
    private final boolean onTheSpot;
    private final DisclosurePolicy policy;

    private DisclosureRequest(Fields f) {
        this.received = f.received;
        this.channel = f.channel;
        this.agencyConfirmed = f.agencyConfirmed;
        this.applicantConfirmed = f.applicantConfirmed;
        this.noticeSent = f.noticeSent;
        this.completeBy = f.completeBy;
        this.completed = f.completed;
        List<Consultation> sorted = new ArrayList<>(f.consultations);
        Collections.sort(sorted);
        this.consultations = List.copyOf(sorted);
        this.extension = f.extension;
        this.extensionApproved = f.extensionApproved;
        this.extensionNotified = f.extensionNotified;
        this.deferredTo = f.deferredTo;
        this.deferralNotified = f.deferralNotified;
        this.onTheSpot = f.onTheSpot;
        this.policy = f.policy;
        if (completed != null && noticeSent != null && completed.isBefore(noticeSent)) {
            throw new IllegalArgumentException("Completed application " + completed + " is before the notice to "
                    + "complete " + noticeSent);
        }
        if (onTheSpot && (!consultations.isEmpty() || extension > 0 || deferredTo != null)) {
            throw new IllegalArgumentException("A reply on the spot (当场答复, 条例第三十三条第一款) has no consultation, "
                    + "extension or deferral");
        }
    }

    /** The mutable parts of a copy. */
    private static final class Fields {
        LocalDate received;
        ReceiptChannel channel;
        LocalDate agencyConfirmed;
        LocalDate applicantConfirmed;
        LocalDate noticeSent;
        LocalDate completeBy;
        LocalDate completed;
        List<Consultation> consultations = List.of();
        int extension;
        LocalDate extensionApproved;
        LocalDate extensionNotified;
        LocalDate deferredTo;
        LocalDate deferralNotified;
        boolean onTheSpot;
        DisclosurePolicy policy = DisclosurePolicy.defaults();
    }

    private Fields fields() {
        Fields f = new Fields();
        f.received = received;
        f.channel = channel;
        f.agencyConfirmed = agencyConfirmed;
        f.applicantConfirmed = applicantConfirmed;
        f.noticeSent = noticeSent;
        f.completeBy = completeBy;
        f.completed = completed;
        f.consultations = consultations;
        f.extension = extension;
        f.extensionApproved = extensionApproved;
        f.extensionNotified = extensionNotified;
        f.deferredTo = deferredTo;
        f.deferralNotified = deferralNotified;
        f.onTheSpot = onTheSpot;
        f.policy = policy;
        return f;
    }

    private static DisclosureRequest by(ReceiptChannel channel, LocalDate date) {
        Fields f = new Fields();
        f.received = date;
        f.channel = channel;
        return new DisclosureRequest(f);
    }

    /**
     * An application received on a date, the channel not stated (the date already fixed by 条例第三十一条).
     * Example: received Friday 2024-03-01, the reply is due 2024-03-29.
     *
     * @param date  the receipt date, not null
     * @return the request, not null
     */
    public static DisclosureRequest receivedOn(LocalDate date) {
        return by(null, Objects.requireNonNull(date, "date"));
    }

    /**
     * An application submitted in person (当面提交): received the day it is submitted (条例第三十一条第一项).
     * Example: submitted Friday 2024-09-27, received 2024-09-27; the reply is due 2024-10-30 (09-29 and 10-12 are
     * adjusted working days, 10-01..10-07 国庆节).
     *
     * @param submitted  the day submitted, not null
     * @return the request, not null
     */
    public static DisclosureRequest submittedInPerson(LocalDate submitted) {
        return by(ReceiptChannel.IN_PERSON, Objects.requireNonNull(submitted, "submitted"));
    }

    /**
     * An application by post that the agency signs for (邮寄): received the day the agency signs for it, whenever it
     * was posted (条例第三十一条第二项). Example: posted 2024-09-27, signed for Tuesday 2024-10-08: received
     * 2024-10-08, the reply is due 2024-11-04.
     *
     * @param signedFor  the day the agency signed for it (签收之日), not null
     * @return the request, not null
     */
    public static DisclosureRequest signedForByPost(LocalDate signedFor) {
        return by(ReceiptChannel.POST, Objects.requireNonNull(signedFor, "signedFor"));
    }

    /**
     * An application by ordinary letter or other post needing no signature (平常信函等无需签收的邮寄方式): received the
     * day the agency confirms with the applicant (条例第三十一条第二项). Example: arrived and confirmed Friday
     * 2025-01-24: received 2025-01-24, the reply is due 2025-02-27 (01-26 and 02-08 are adjusted working days,
     * 01-28..02-04 春节).
     *
     * @param confirmedWithApplicant  the day the agency confirmed with the applicant (确认之日), not null
     * @return the request, not null
     */
    public static DisclosureRequest byOrdinaryLetter(LocalDate confirmedWithApplicant) {
        return by(ReceiptChannel.ORDINARY_LETTER, Objects.requireNonNull(confirmedWithApplicant,
                "confirmedWithApplicant"));
    }

    /**
     * An application online (互联网渠道): received the day both sides confirm, the later of the two confirmations
     * (条例第三十一条第三项). Example: submitted online Saturday 2024-09-28, the agency confirmed Sunday 2024-09-29 (an
     * adjusted working day), the applicant confirmed Monday 2024-09-30: received 2024-09-30.
     *
     * @param agencyConfirmed  the day the agency confirmed, not null
     * @param applicantConfirmed  the day the applicant confirmed, not null
     * @return the request, not null
     */
    public static DisclosureRequest online(LocalDate agencyConfirmed, LocalDate applicantConfirmed) {
        return confirmed(ReceiptChannel.ONLINE, agencyConfirmed, applicantConfirmed);
    }

    /**
     * An application by fax (传真): received the day both sides confirm, the later of the two confirmations
     * (条例第三十一条第三项). Example: the agency confirmed Friday 2024-02-09, the applicant Sunday 2024-02-18 (an
     * adjusted working day after 春节): received 2024-02-18.
     *
     * @param agencyConfirmed  the day the agency confirmed, not null
     * @param applicantConfirmed  the day the applicant confirmed, not null
     * @return the request, not null
     */
    public static DisclosureRequest byFax(LocalDate agencyConfirmed, LocalDate applicantConfirmed) {
        return confirmed(ReceiptChannel.FAX, agencyConfirmed, applicantConfirmed);
    }

    private static DisclosureRequest confirmed(ReceiptChannel channel, LocalDate agency, LocalDate applicant) {
        Objects.requireNonNull(agency, "agencyConfirmed");
        Objects.requireNonNull(applicant, "applicantConfirmed");
        Fields f = new Fields();
        f.received = agency.isAfter(applicant) ? agency : applicant;
        f.channel = channel;
        f.agencyConfirmed = agency;
        f.applicantConfirmed = applicant;
        return new DisclosureRequest(f);
    }

    /**
     * A copy in which a notice to complete (补正通知) was sent once (一次性告知), giving the applicant until a date to
     * complete the application (条例第三十条). Until the completed application is recorded with
     * {@link #withCompletedApplication(LocalDate)}, the reply has no due date, and after {@code completeBy} the
     * request is {@link State#DEEMED_WITHDRAWN}. A later call replaces the notice.
     *
     * <p>Example: received 2024-09-20, notice sent 2024-09-27 with until 2024-10-18 to complete: as of 2024-10-21 the
     * request is deemed withdrawn.
     *
     * @param sent  the day the notice was sent, not null, not before receipt
     * @param completeBy  the last day of the period to complete given by the agency, not null, not before
     *     {@code sent}
     * @return the copy, not null
     * @throws IllegalArgumentException if the dates are out of order or the completed application is before the
     *     notice
     */
    public DisclosureRequest withNoticeToComplete(LocalDate sent, LocalDate completeBy) {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(completeBy, "completeBy");
        if (sent.isBefore(received) || completeBy.isBefore(sent)) {
            throw new IllegalArgumentException("Notice to complete sent " + sent + " with a period to " + completeBy
                    + ": expected receipt " + received + " <= sent <= period end");
        }
        Fields f = fields();
        f.noticeSent = sent;
        f.completeBy = completeBy;
        return new DisclosureRequest(f);
    }

    /**
     * A copy in which the completed application (补正) was received on a date: the reply clock restarts from it
     * (答复期限自行政机关收到补正的申请之日起计算, 条例第三十条). A date after the period to complete records a late
     * completion the agency accepted (for a 正当理由); until then the request was deemed withdrawn.
     * Example: completed 2024-10-10, the reply is due 2024-11-06 (10-12 is an adjusted working day).
     *
     * @param date  the date the completed application was received, not null, not before receipt or the notice
     * @return the copy, not null
     * @throws IllegalArgumentException if the date is before receipt or before the notice to complete
     */
    public DisclosureRequest withCompletedApplication(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(received)) {
            throw new IllegalArgumentException("Completed application " + date + " is before receipt " + received);
        }
        Fields f = fields();
        f.completed = date;
        return new DisclosureRequest(f);
    }

    /**
     * A copy with a consultation from its first to its last day, the party not stated: see
     * {@link #withConsultation(Consultation)}.
     *
     * @param start  the first day, not null
     * @param endInclusive  the last day, not null, not before the start
     * @return the copy, not null
     * @throws IllegalArgumentException if the end is before the start
     */
    public DisclosureRequest withConsultation(LocalDate start, LocalDate endInclusive) {
        return withConsultation(Consultation.of(start, endInclusive));
    }

    /**
     * A copy with a consultation of a third party (条例第三十二条) or another agency (条例第三十四条): its working days
     * are not counted towards the reply (条例第三十三条第三款), at most until the 15th working day after the other
     * side received the request, and each working day once however many consultations overlap it. Which end days
     * are paused, and whether a longer consultation is capped or refused, is the {@link DisclosurePolicy}'s choice.
     *
     * <p>Example: received 2024-03-01, a third party consulted 2024-03-11..2024-03-22 (10 working days): the reply
     * is due 2024-04-15 instead of 2024-03-29.
     *
     * @param consultation  the consultation, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the request is replied on the spot
     */
    public DisclosureRequest withConsultation(Consultation consultation) {
        Objects.requireNonNull(consultation, "consultation");
        List<Consultation> copy = new ArrayList<>(consultations);
        copy.add(consultation);
        Fields f = fields();
        f.consultations = copy;
        return new DisclosureRequest(f);
    }

    /**
     * A copy with an extension (延长答复期限, 条例第三十三条第二款): approved by the head of the disclosure office
     * (经政府信息公开工作机构负责人同意) and told to the applicant (告知申请人), both by the due date it extends, for at
     * most 20 working days. The dates are checked when the due date is computed.
     *
     * <p>Example: received 2024-09-02, due 2024-09-30; extended by 20 working days, approved 2024-09-26 and told to
     * the applicant 2024-09-27: due 2024-11-01 (10-01..10-07 国庆节, 10-12 an adjusted working day). Approved on
     * 2024-10-08 instead, {@link #replyDue(WorkingCalendar)} throws {@link DisclosureRuleException}.
     *
     * @param workingDays  the extension, 0 to 20 working days
     * @param approvedOn  the day the head of the office approved it, not null, not before receipt
     * @param applicantNotifiedOn  the day the applicant was told, not null, not before {@code approvedOn}
     * @return the copy, not null
     * @throws IllegalArgumentException if the extension is negative or more than 20 working days, or the dates are
     *     out of order
     */
    public DisclosureRequest withExtension(int workingDays, LocalDate approvedOn, LocalDate applicantNotifiedOn) {
        checkExtension(workingDays);
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(applicantNotifiedOn, "applicantNotifiedOn");
        if (approvedOn.isBefore(received) || applicantNotifiedOn.isBefore(approvedOn)) {
            throw new IllegalArgumentException("Extension approved " + approvedOn + ", applicant told "
                    + applicantNotifiedOn + ": expected receipt " + received + " <= approved <= told");
        }
        Fields f = fields();
        f.extension = workingDays;
        f.extensionApproved = approvedOn;
        f.extensionNotified = applicantNotifiedOn;
        return new DisclosureRequest(f);
    }

    private static void checkExtension(int workingDays) {
        if (workingDays < 0 || workingDays > MAX_EXTENSION_WORKING_DAYS) {
            throw new IllegalArgumentException("An extension must be 0.." + MAX_EXTENSION_WORKING_DAYS
                    + " working days (条例第三十三条第二款): " + workingDays);
        }
    }

    /**
     * A copy with a deferred reply (延迟答复, 条例第三十五条): for requests whose number or frequency clearly exceeds a
     * reasonable scope, with reasons the agency found reasonable, the agency set a reasonable reply date and told the
     * applicant, by the due date it defers. The reply is due on that date when it is later than the due date without
     * it.
     *
     * <p>Example: received 2024-09-02, due 2024-09-30; deferred to 2024-11-29, told to the applicant 2024-09-25: due
     * 2024-11-29.
     *
     * @param replyBy  the reply date the agency set, not null, not before receipt
     * @param applicantNotifiedOn  the day the applicant was told, not null, not before receipt
     * @return the copy, not null
     * @throws IllegalArgumentException if a date is before receipt, or the request is replied on the spot
     */
    public DisclosureRequest withDeferral(LocalDate replyBy, LocalDate applicantNotifiedOn) {
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(applicantNotifiedOn, "applicantNotifiedOn");
        if (replyBy.isBefore(received) || applicantNotifiedOn.isBefore(received)) {
            throw new IllegalArgumentException("Deferral to " + replyBy + ", applicant told " + applicantNotifiedOn
                    + ": both must be on or after receipt " + received);
        }
        Fields f = fields();
        f.deferredTo = replyBy;
        f.deferralNotified = applicantNotifiedOn;
        return new DisclosureRequest(f);
    }

    /**
     * A copy replied on the spot (当场答复, 条例第三十三条第一款: 能够当场答复的，应当当场予以答复): due the day the
     * application (or the completed application) is received. Example: submitted in person Monday 2024-09-30, due
     * 2024-09-30.
     *
     * @return the copy, not null
     * @throws IllegalArgumentException if the request has a consultation, an extension or a deferral
     */
    public DisclosureRequest withReplyOnTheSpot() {
        Fields f = fields();
        f.onTheSpot = true;
        return new DisclosureRequest(f);
    }

    /**
     * A copy with another policy for the choices the 条例 leaves open.
     *
     * @param newPolicy  the policy, not null
     * @return the copy, not null
     */
    public DisclosureRequest withPolicy(DisclosurePolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "newPolicy");
        Fields f = fields();
        f.policy = newPolicy;
        return new DisclosureRequest(f);
    }

    /**
     * The receipt date (收到申请之日), derived from the channel's rule (条例第三十一条).
     *
     * @return the date, not null
     */
    public LocalDate received() {
        return received;
    }

    /**
     * The channel the application came by.
     *
     * @return the channel, or empty when only the receipt date was given
     */
    public Optional<ReceiptChannel> channel() {
        return Optional.ofNullable(channel);
    }

    /**
     * For an application online or by fax, the agency's and the applicant's confirmation dates, in that order.
     *
     * @return the two dates, or an empty list for other channels, not null, immutable
     */
    public List<LocalDate> confirmations() {
        return agencyConfirmed == null ? List.of() : List.of(agencyConfirmed, applicantConfirmed);
    }

    /**
     * The day the notice to complete (补正通知) was sent.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> noticeToCompleteSent() {
        return Optional.ofNullable(noticeSent);
    }

    /**
     * The last day of the period to complete the application given by the agency.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> completeBy() {
        return Optional.ofNullable(completeBy);
    }

    /**
     * The date the completed application (补正) was received.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> completed() {
        return Optional.ofNullable(completed);
    }

    /**
     * The consultations, in order of first day (then answer, then party).
     *
     * @return the consultations, not null, immutable
     */
    public List<Consultation> consultations() {
        return consultations;
    }

    /**
     * The extension in working days, 0 if none.
     *
     * @return the extension
     */
    public int extension() {
        return extension;
    }

    /**
     * The day the extension was approved.
     *
     * @return the date, or empty when there is no extension or its dates were not recorded
     */
    public Optional<LocalDate> extensionApproved() {
        return Optional.ofNullable(extensionApproved);
    }

    /**
     * The day the applicant was told of the extension.
     *
     * @return the date, or empty when there is no extension or its dates were not recorded
     */
    public Optional<LocalDate> extensionNotified() {
        return Optional.ofNullable(extensionNotified);
    }

    /**
     * The reply date set by a deferral (延迟答复, 条例第三十五条).
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> deferredTo() {
        return Optional.ofNullable(deferredTo);
    }

    /**
     * The day the applicant was told of the deferral.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> deferralNotified() {
        return Optional.ofNullable(deferralNotified);
    }

    /**
     * Whether the request is replied on the spot (当场答复).
     *
     * @return true if so
     */
    public boolean replyOnTheSpot() {
        return onTheSpot;
    }

    /**
     * The policy for the choices the 条例 leaves open.
     *
     * @return the policy, not null
     */
    public DisclosurePolicy policy() {
        return policy;
    }

    /**
     * Where the application stands as of a date: not yet received; awaiting completion from the notice to complete
     * through the last day of the period given; deemed withdrawn (视为放弃申请, 条例第三十条) after that day while no
     * completed application is received; otherwise in progress.
     *
     * <p>Example: received 2024-09-20, notice sent 2024-09-27 to complete by 2024-10-18, completed 2024-10-22: on
     * 2024-10-18 {@link State#AWAITING_COMPLETION}, on 2024-10-21 {@link State#DEEMED_WITHDRAWN}, on 2024-10-22
     * {@link State#IN_PROGRESS}.
     *
     * @param asOf  the date, not null
     * @return the state, not null
     */
    public State state(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(received)) {
            return State.NOT_RECEIVED;
        }
        if (noticeSent == null || asOf.isBefore(noticeSent) || (completed != null && !asOf.isBefore(completed))) {
            return State.IN_PROGRESS;
        }
        return asOf.isAfter(completeBy) ? State.DEEMED_WITHDRAWN : State.AWAITING_COMPLETION;
    }

    /**
     * The reply's due date (答复期限) and why: the day of receipt for a reply on the spot; otherwise 20 working days
     * (plus any extension) after receipt, or after the completed application, not counting the working days of
     * consultations; or the deferred reply date if later. The due's {@link Due#deadline()} describes the date it
     * carries: {@code with receipt} on the spot, {@code N working days after receipt} with N the working days walked
     * (counted and paused), or {@code by} the deferred date.
     *
     * <p>Example: received 2024-09-02 (Mon), a third party received the request on 2024-09-23 and did not answer: the
     * consultation runs to the 15th working day, 2024-10-17, pausing 09-23..10-17 (16 working days); 13 working days
     * were counted 09-03..09-20 (with adjusted Saturday 09-14, skipping 中秋节 09-15..09-17), 7 more 10-18..10-28:
     * due 2024-10-28, and the deadline reads {@code 36 working days after receipt}.
     *
     * @param calendar  the working-day calendar, not null
     * @return the due, with an explanation of each rule applied, not null
     * @throws DeadlineResolutionException if a notice to complete was sent but no completed application is recorded
     * @throws DisclosureRuleException if an extension or a deferral was approved or told to the applicant after the
     *     due date it would move, or a consultation outlasts its 15 working days under
     *     {@link DisclosurePolicy.OverlongConsultation#REFUSE}
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar
     */
    public Due replyDue(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (noticeSent != null && completed == null) {
            throw new DeadlineResolutionException(AfterEvent.of(REPLY_WORKING_DAYS, AfterEvent.Counting.WORKING_DAYS,
                    Event.RECEIPT), "the date the completed application was received (补正, 条例第三十条)");
        }
        LocalDate start = completed != null ? completed : received;
        List<Step> steps = new ArrayList<>();
        steps.add(receiptStep(!onTheSpot));
        if (noticeSent != null) {
            steps.add(noticeStep(calendar));
        }
        if (completed != null) {
            steps.add(new Step("completed application received " + Explain.en(completed)
                    + ": the clock restarts (条例第三十条)", "补正后收到 " + Explain.zh(completed) + "：重新计算（条例第三十条）"));
        }
        if (onTheSpot) {
            steps.add(new Step("replied on the spot (当场答复, 条例第三十三条第一款): due the day of receipt",
                    "能够当场答复的当场予以答复（条例第三十三条第一款）：当日答复"));
            return Due.of(WithEvent.of(Event.RECEIPT), start, provisional(calendar, start),
                    Explanation.of(steps, Explain.due(start)));
        }
        steps.add(new Step("20 working days to reply (条例第三十三条第二款)", "答复期限20个工作日（条例第三十三条第二款）"));

        int k = consultations.size();
        LocalDate[] from = new LocalDate[k];
        LocalDate[] to = new LocalDate[k];
        LocalDate[] answerDue = new LocalDate[k];
        boolean inclusive = policy.consultationEnds() == DisclosurePolicy.ConsultationEnds.INCLUSIVE;
        for (int i = 0; i < k; i++) {
            Consultation c = consultations.get(i);
            answerDue[i] = calendar.plusWorkingDays(c.start(), Consultation.ANSWER_WORKING_DAYS);
            LocalDate end = c.answered().orElse(answerDue[i]);
            if (end.isAfter(answerDue[i])) {
                if (policy.overlongConsultation() == DisclosurePolicy.OverlongConsultation.REFUSE) {
                    String article = c.party().map(Consultation.Party::article).orElse("条例第三十二条、第三十四条");
                    throw new DisclosureRuleException(article, "Consultation from " + Explain.en(c.start())
                            + " answered " + Explain.en(end) + ", after its 15 working days ended "
                            + Explain.en(answerDue[i]) + ": " + article + " gives the other side 15 working days, "
                            + "then the agency decides alone (policy REFUSE)");
                }
                end = answerDue[i];
            }
            from[i] = inclusive ? c.start() : c.start().plusDays(1);
            to[i] = inclusive ? end : end.minusDays(1);
        }

        int n = REPLY_WORKING_DAYS + extension;
        int[] own = new int[k];
        int[] shared = new int[k];
        LocalDate d = start;
        LocalDate originalDue = null;
        int counted = 0;
        int paused = 0;
        while (counted < n) {
            d = calendar.nextWorkingDay(d);
            int first = -1;
            for (int i = 0; i < k && !d.isBefore(from[i]); i++) {
                if (!d.isAfter(to[i])) {
                    if (first < 0) {
                        first = i;
                        own[i]++;
                    } else {
                        shared[i]++;
                    }
                }
            }
            if (first >= 0) {
                paused++;
            } else {
                counted++;
                if (counted == REPLY_WORKING_DAYS) {
                    originalDue = d;
                }
            }
        }
        if (extension > 0) {
            steps.add(extensionStep(originalDue));
        }
        for (int i = 0; i < k; i++) {
            steps.add(consultationStep(consultations.get(i), answerDue[i], own[i], shared[i]));
        }
        steps.add(new Step(n + " working days counted" + (paused > 0 ? ", " + paused + " paused" : "") + ": "
                + Explain.en(d), "计满" + n + "个工作日" + (paused > 0 ? "（暂停" + paused + "个工作日）" : "") + "："
                + Explain.zh(d)));
        LocalDate due = d;
        Deadline deadline = AfterEvent.of(n + paused, AfterEvent.Counting.WORKING_DAYS, Event.RECEIPT);
        if (deferredTo != null) {
            if (deferralNotified.isAfter(d)) {
                throw new DisclosureRuleException(DEFERRAL_ARTICLE, "Deferral to " + Explain.en(deferredTo)
                        + " told to the applicant " + Explain.en(deferralNotified) + ", after the due date "
                        + Explain.en(d) + " it would defer: " + DEFERRAL_ARTICLE + " requires telling the applicant "
                        + "(告知申请人) by that date");
            }
            if (deferredTo.isAfter(d)) {
                due = deferredTo;
                deadline = FixedDate.of(deferredTo);
                steps.add(new Step("reply deferred to " + Explain.en(deferredTo) + ", told to the applicant "
                        + Explain.en(deferralNotified) + " (延迟答复, " + DEFERRAL_ARTICLE + ")", "确定延迟答复期限至 "
                        + Explain.zh(deferredTo) + "，" + Explain.zh(deferralNotified) + " 告知申请人（"
                        + DEFERRAL_ARTICLE + "）"));
            } else {
                steps.add(new Step("deferral to " + Explain.en(deferredTo) + " is not later: no effect ("
                        + DEFERRAL_ARTICLE + ")", "延迟答复期限 " + Explain.zh(deferredTo) + " 不晚于上述期限，不影响（"
                        + DEFERRAL_ARTICLE + "）"));
            }
        }
        boolean provisional = provisional(calendar, start) || provisional(calendar, due);
        return Due.of(deadline, due, provisional, Explanation.of(steps, Explain.due(due)));
    }

    private Step receiptStep(boolean dayZero) {
        String en0 = dayZero ? "day 0, not counted" : "";
        String zh0 = dayZero ? "当日不计入" : "";
        if (channel == null) {
            return new Step("received " + Explain.en(received) + (dayZero ? " (" + en0 + ")" : ""),
                    "收到申请 " + Explain.zh(received) + (dayZero ? "（" + zh0 + "）" : ""));
        }
        String en = "received " + channel.english() + " " + Explain.en(received) + ", " + channel.ruleEnglish();
        String zh = "收到申请（" + channel.chinese() + "）" + Explain.zh(received) + "：" + channel.ruleChinese();
        if (agencyConfirmed != null) {
            en += " (the agency " + Explain.en(agencyConfirmed) + ", the applicant " + Explain.en(applicantConfirmed)
                    + ")";
            zh += "（行政机关 " + Explain.zh(agencyConfirmed) + "，申请人 " + Explain.zh(applicantConfirmed) + "）";
        }
        return new Step(en + " (" + channel.article() + (dayZero ? "; " + en0 : "") + ")",
                zh + "（" + channel.article() + (dayZero ? "；" + zh0 : "") + "）");
    }

    private Step noticeStep(WorkingCalendar calendar) {
        LocalDate due = calendar.plusWorkingDays(received, NOTICE_TO_COMPLETE_WORKING_DAYS);
        boolean late = noticeSent.isAfter(due);
        return new Step("notice to complete sent " + Explain.en(noticeSent) + (late ? ", late: due " : ", due ")
                + Explain.en(due) + ", to complete by " + Explain.en(completeBy) + " (条例第三十条)",
                "补正通知 " + Explain.zh(noticeSent) + "（" + (late ? "逾期，应于 " : "应于 ") + Explain.zh(due)
                + " 前发出），补正期限至 " + Explain.zh(completeBy) + "（条例第三十条）");
    }

    private Step extensionStep(LocalDate originalDue) {
        if (extensionApproved == null) {
            return new Step("extended by " + extension + " working days (条例第三十三条第二款)",
                    "延长" + extension + "个工作日（条例第三十三条第二款）");
        }
        LocalDate late = extensionApproved.isAfter(originalDue) ? extensionApproved
                : extensionNotified.isAfter(originalDue) ? extensionNotified : null;
        if (late != null) {
            String what = late == extensionApproved ? "approved on " : "told to the applicant on ";
            throw new DisclosureRuleException(EXTENSION_ARTICLE, "Extension " + what + Explain.en(late)
                    + ", after the due date " + Explain.en(originalDue) + " it would extend: " + EXTENSION_ARTICLE
                    + " requires the approval (经负责人同意) and the notice to the applicant (告知申请人) by that date"
                    + " (approved " + extensionApproved + ", told " + extensionNotified + ")");
        }
        return new Step("extended by " + extension + " working days, approved " + Explain.en(extensionApproved)
                + " and told to the applicant " + Explain.en(extensionNotified) + ", by the original due date "
                + Explain.en(originalDue) + " (" + EXTENSION_ARTICLE + ")", "延长" + extension + "个工作日，"
                + Explain.zh(extensionApproved) + " 经负责人同意，" + Explain.zh(extensionNotified) + " 告知申请人，均在原期限 "
                + Explain.zh(originalDue) + " 内（" + EXTENSION_ARTICLE + "）");
    }

    private Step consultationStep(Consultation c, LocalDate answerDue, int own, int shared) {
        LocalDate end = c.answered().orElse(answerDue);
        String en = c.party().map(p -> "consultation of " + p.english() + " (" + p.article() + ") ").orElse(
                "consultation ");
        String zh = c.party().map(p -> "征求" + p.chinese() + "意见（" + p.article() + "）").orElse("征求意见 ");
        if (c.answered().isEmpty()) {
            en += c.start() + "..: no answer within 15 working days, the agency decides alone after "
                    + answerDue + "; " + c.start() + ".." + answerDue;
            zh += c.start() + "起：15个工作日内未提出意见，" + answerDue + " 后由行政机关决定；" + c.start() + "至" + answerDue;
        } else if (end.isAfter(answerDue)) {
            en += c.start() + ".." + end + ": answered after its 15 working days, capped at " + answerDue + "; "
                    + c.start() + ".." + answerDue;
            zh += c.start() + "至" + end + "：超过15个工作日，计至 " + answerDue + "；" + c.start() + "至" + answerDue;
        } else {
            en += c.start() + ".." + end;
            zh += c.start() + "至" + end;
        }
        boolean inclusive = policy.consultationEnds() == DisclosurePolicy.ConsultationEnds.INCLUSIVE;
        en += inclusive ? "" : " (both end days counted)";
        zh += inclusive ? "" : "（首尾两日计入期限）";
        en += " not counted: " + own + (own == 1 ? " working day" : " working days");
        zh += " 不计算在期限内：" + own + "个工作日";
        if (shared > 0) {
            en += " (" + shared + " more already paused by an earlier consultation)";
            zh += "（另有" + shared + "个工作日与此前的征求意见重叠，不重复计算）";
        }
        return new Step(en + " (" + PAUSE_ARTICLE + ")", zh + "（" + PAUSE_ARTICLE + "）");
    }

    /**
     * The due date of the notice to complete (补正通知): 7 working days after receipt (条例第三十条). Example: received
     * Friday 2024-09-27: 09-29 (adjusted Sunday), 09-30, then after 国庆节 10-08, 10-09, 10-10, 10-11, 10-12 (adjusted
     * Saturday): due 2024-10-12.
     *
     * @param calendar  the working-day calendar, not null
     * @return the due, not null
     */
    public Due noticeToCompleteDue(WorkingCalendar calendar) {
        return simple(calendar, received, NOTICE_TO_COMPLETE_WORKING_DAYS, Event.RECEIPT, "条例第三十条");
    }

    /**
     * The due date of a third party's opinion: 15 working days after it receives the request (条例第三十二条).
     * Example: sent and received 2024-03-11, the opinion is due 2024-04-01.
     *
     * @param thirdPartyReceived  the day the third party received the request, not null
     * @param calendar  the working-day calendar, not null
     * @return the due, not null
     * @see Consultation#answerDue(WorkingCalendar)
     */
    public static Due thirdPartyOpinionDue(LocalDate thirdPartyReceived, WorkingCalendar calendar) {
        Objects.requireNonNull(thirdPartyReceived, "thirdPartyReceived");
        return simple(calendar, thirdPartyReceived, THIRD_PARTY_WORKING_DAYS, Event.RECEIPT, "条例第三十二条");
    }

    static Due simple(WorkingCalendar calendar, LocalDate start, int n, Event event, String source) {
        Objects.requireNonNull(calendar, "calendar");
        Deadline deadline = AfterEvent.of(n, AfterEvent.Counting.WORKING_DAYS, event);
        Due due = deadline.resolve(DeadlineContext.of(calendar).withEvent(event, start)).get(0);
        List<Step> steps = new ArrayList<>(due.explanation().steps());
        steps.add(0, new Step(n + " working days (" + source + ")", n + "个工作日（" + source + "）"));
        return Due.of(deadline, due.dueDate(), due.isProvisional(), Explanation.of(steps, due.explanation()
                .conclusion()));
    }

    private static boolean provisional(WorkingCalendar calendar, LocalDate date) {
        return calendar.answerableRange().contains(date) && calendar.isProvisional(date);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DisclosureRequest o)) {
            return false;
        }
        return received.equals(o.received) && channel == o.channel && Objects.equals(agencyConfirmed,
                o.agencyConfirmed) && Objects.equals(applicantConfirmed, o.applicantConfirmed)
                && Objects.equals(noticeSent, o.noticeSent) && Objects.equals(completeBy, o.completeBy)
                && Objects.equals(completed, o.completed) && consultations.equals(o.consultations)
                && extension == o.extension && Objects.equals(extensionApproved, o.extensionApproved)
                && Objects.equals(extensionNotified, o.extensionNotified) && Objects.equals(deferredTo, o.deferredTo)
                && Objects.equals(deferralNotified, o.deferralNotified) && onTheSpot == o.onTheSpot
                && policy.equals(o.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(received, channel, agencyConfirmed, applicantConfirmed, noticeSent, completeBy, completed,
                consultations, extension, extensionApproved, extensionNotified, deferredTo, deferralNotified,
                onTheSpot, policy);
    }

    @Override
    public String toString() {
        return "DisclosureRequest[received " + received + (channel == null ? "" : " " + channel.name())
                + (noticeSent == null ? "" : ", notice to complete " + noticeSent + " (by " + completeBy + ")")
                + (completed == null ? "" : ", completed " + completed)
                + (consultations.isEmpty() ? "" : ", consultations " + consultations)
                + (extension == 0 ? "" : ", extension " + extension + (extensionApproved == null ? ""
                        : " (approved " + extensionApproved + ", told " + extensionNotified + ")"))
                + (deferredTo == null ? "" : ", deferred to " + deferredTo + " (told " + deferralNotified + ")")
                + (onTheSpot ? ", on the spot" : "")
                + (policy.equals(DisclosurePolicy.defaults()) ? "" : ", " + policy) + "]";
    }
}
