package dev.shixian.deadline;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Explanation.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * An application for disclosure (依申请公开) and the time limits of its handling, with suspension, restart and
 * extension (SEMANTICS §6, 《政府信息公开条例》):
 * <table>
 * <caption>Rules</caption>
 * <tr><th>event</th><th>effect</th><th>source</th></tr>
 * <tr><td>reply</td><td>20 working days after receipt (收到申请)</td><td>条例第三十三条第二款</td></tr>
 * <tr><td>补正 (application completed)</td><td>the clock restarts: 20 working days after the completed application
 *     is received</td><td>条例第三十条</td></tr>
 * <tr><td>consultation (征求意见)</td><td>working days inside it, both ends inclusive, are not counted</td>
 *     <td>条例第三十三条第三款</td></tr>
 * <tr><td>extension (延期)</td><td>at most 20 more working days</td><td>条例第三十三条第二款</td></tr>
 * <tr><td>third party's opinion</td><td>15 working days after it receives the request</td><td>条例第三十二条</td></tr>
 * <tr><td>notice to complete (补正通知)</td><td>7 working days after receipt</td><td>条例第三十条</td></tr>
 * </table>
 *
 * <p>Example: received 2024-03-01, a third party consulted 2024-03-11..2024-03-22: the reply is due 2024-03-29
 * without the pause and 2024-04-15 with it.
 * <pre>{@code
 * DisclosureRequest.receivedOn(LocalDate.of(2024, 3, 1))
 *     .withConsultation(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22))
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
    /** Working days for a third party's opinion (条例第三十二条). */
    public static final int THIRD_PARTY_WORKING_DAYS = 15;
    /** Working days to send a notice to complete (条例第三十条). */
    public static final int NOTICE_TO_COMPLETE_WORKING_DAYS = 7;

    private final LocalDate received;
    private final LocalDate completed;
    private final List<LocalDateRange> consultations;
    private final int extension;

    private DisclosureRequest(LocalDate received, LocalDate completed, List<LocalDateRange> consultations,
            int extension) {
        this.received = received;
        this.completed = completed;
        this.consultations = List.copyOf(consultations);
        this.extension = extension;
    }

    /**
     * An application received on a date (条例第三十一条: in person, the day submitted; by post, the day signed for;
     * online or by fax, the day both sides confirm).
     *
     * @param date  the receipt date, not null
     * @return the request, not null
     */
    public static DisclosureRequest receivedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new DisclosureRequest(date, null, List.of(), 0);
    }

    /**
     * A copy in which the completed application (补正) was received on a date: the reply clock restarts from it.
     * Example: completed 2024-10-10, the reply is due 2024-11-06.
     *
     * @param date  the date the completed application was received, not null, not before receipt
     * @return the copy, not null
     */
    public DisclosureRequest withCompletedApplication(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(received)) {
            throw new IllegalArgumentException("Completed application " + date + " is before receipt " + received);
        }
        return new DisclosureRequest(received, date, consultations, extension);
    }

    /**
     * A copy with a consultation (征求第三方或其他机关意见), both ends inclusive; its working days are not counted.
     *
     * @param start  the first day, not null
     * @param endInclusive  the last day, not null, not before the start
     * @return the copy, not null
     */
    public DisclosureRequest withConsultation(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("Consultation end " + endInclusive + " is before its start " + start);
        }
        List<LocalDateRange> copy = new ArrayList<>(consultations);
        copy.add(LocalDateRange.ofClosed(start, endInclusive));
        copy.sort(Comparator.comparing(LocalDateRange::getStart));
        return new DisclosureRequest(received, completed, copy, extension);
    }

    /**
     * A copy with an approved extension (延期答复).
     *
     * @param workingDays  the extension, 0 to 20 working days
     * @return the copy, not null
     * @throws IllegalArgumentException if the extension is negative or more than 20 working days
     */
    public DisclosureRequest withExtension(int workingDays) {
        if (workingDays < 0 || workingDays > MAX_EXTENSION_WORKING_DAYS) {
            throw new IllegalArgumentException("An extension must be 0.." + MAX_EXTENSION_WORKING_DAYS
                    + " working days (条例第三十三条第二款): " + workingDays);
        }
        return new DisclosureRequest(received, completed, consultations, workingDays);
    }

    /**
     * The receipt date.
     *
     * @return the date, not null
     */
    public LocalDate received() {
        return received;
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
     * The consultations, in order of start.
     *
     * @return the consultations, not null, immutable
     */
    public List<LocalDateRange> consultations() {
        return consultations;
    }

    /**
     * The approved extension in working days, 0 if none.
     *
     * @return the extension
     */
    public int extension() {
        return extension;
    }

    /**
     * The reply's due date: 20 working days (plus any extension) after receipt, or after the completed application,
     * not counting working days inside a consultation.
     *
     * @param calendar  the working-day calendar, not null
     * @return the due, with an explanation of each rule applied, not null
     */
    public Due replyDue(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        LocalDate start = completed != null ? completed : received;
        int n = REPLY_WORKING_DAYS + extension;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("received " + Explain.en(received) + " (day 0, not counted)",
                "收到申请 " + Explain.zh(received) + "（当日不计入）"));
        if (completed != null) {
            steps.add(new Step("completed application received " + Explain.en(completed)
                    + ": the clock restarts (条例第三十条)", "补正后收到 " + Explain.zh(completed) + "：重新计算（条例第三十条）"));
        }
        steps.add(new Step("20 working days to reply (条例第三十三条第二款)", "答复期限20个工作日（条例第三十三条第二款）"));
        if (extension > 0) {
            steps.add(new Step("extended by " + extension + " working days (条例第三十三条第二款)",
                    "延长" + extension + "个工作日（条例第三十三条第二款）"));
        }
        LocalDate d = start;
        int counted = 0;
        int paused = 0;
        while (counted < n) {
            d = calendar.nextWorkingDay(d);
            if (inConsultation(d)) {
                paused++;
            } else {
                counted++;
            }
        }
        for (LocalDateRange c : consultations) {
            if (c.getEndInclusive().isAfter(start)) {
                LocalDate before = c.getStart().minusDays(1);
                int days = calendar.workingDaysBetween(before.isAfter(start) ? before : start, c.getEndInclusive());
                steps.add(new Step("consultation " + c.getStart() + ".." + c.getEndInclusive() + " not counted: "
                        + days + " working days (条例第三十三条第三款)", "征求意见 " + c.getStart() + "至"
                        + c.getEndInclusive() + " 不计算在期限内：" + days + "个工作日（条例第三十三条第三款）"));
            }
        }
        steps.add(new Step(n + " working days counted" + (paused > 0 ? ", " + paused + " paused" : "") + ": "
                + Explain.en(d), "计满" + n + "个工作日" + (paused > 0 ? "（暂停" + paused + "个工作日）" : "") + "："
                + Explain.zh(d)));
        boolean provisional = calendar.isProvisional(d) || calendar.isProvisional(start);
        Deadline deadline = AfterEvent.of(n, AfterEvent.Unit.WORKING_DAYS, Event.RECEIPT);
        return Due.of(deadline, d, provisional, Explanation.of(steps, Explain.due(d)));
    }

    /**
     * The due date of the notice to complete (补正通知): 7 working days after receipt (条例第三十条).
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
     */
    public static Due thirdPartyOpinionDue(LocalDate thirdPartyReceived, WorkingCalendar calendar) {
        Objects.requireNonNull(thirdPartyReceived, "thirdPartyReceived");
        return simple(calendar, thirdPartyReceived, THIRD_PARTY_WORKING_DAYS, Event.RECEIPT, "条例第三十二条");
    }

    private static Due simple(WorkingCalendar calendar, LocalDate start, int n, Event event, String source) {
        Objects.requireNonNull(calendar, "calendar");
        Deadline deadline = AfterEvent.of(n, AfterEvent.Unit.WORKING_DAYS, event);
        Due due = deadline.resolve(DeadlineContext.of(calendar).withEvent(event, start)).get(0);
        List<Step> steps = new ArrayList<>(due.explanation().steps());
        steps.add(0, new Step(n + " working days (" + source + ")", n + "个工作日（" + source + "）"));
        return Due.of(deadline, due.dueDate(), due.provisional(), Explanation.of(steps, due.explanation()
                .conclusion()));
    }

    private boolean inConsultation(LocalDate d) {
        for (LocalDateRange c : consultations) {
            if (c.contains(d)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DisclosureRequest)) {
            return false;
        }
        DisclosureRequest o = (DisclosureRequest) obj;
        return received.equals(o.received) && Objects.equals(completed, o.completed)
                && consultations.equals(o.consultations) && extension == o.extension;
    }

    @Override
    public int hashCode() {
        return Objects.hash(received, completed, consultations, extension);
    }

    @Override
    public String toString() {
        return "DisclosureRequest[received " + received + (completed == null ? "" : ", completed " + completed)
                + (consultations.isEmpty() ? "" : ", consultations " + consultations)
                + (extension == 0 ? "" : ", extension " + extension) + "]";
    }
}
