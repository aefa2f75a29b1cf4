package dev.shixian.schedule;

import dev.shixian.deadline.Event;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event that happened (事件发生): a document issued, a request received, information formed. A plan's time
 * limits that count from an event ("印发后3个工作日内", "收到申请之日起20个工作日内") give one obligation per occurrence
 * of that event.
 *
 * <p>Example: the 兴义市 2021 plan's "与政策出台…同时公开" counts from each policy document's issuance, so a document
 * issued on 2021-07-05 is
 * <pre>{@code
 * Occurrence.of("issuance", LocalDate.of(2021, 7, 5), "兴府发〔2021〕5号")
 * }</pre>
 * and gives the obligation {@code xingyi-2021/13/兴府发〔2021〕5号@zfb}, due on 2021-07-05. {@link #forTask(String)}
 * limits an occurrence to one task (else it applies to every task whose time limit counts from its event) and
 * {@link #byUnit(String)} to one unit (else every unit that answers for the task).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Occurrence {

    private final Event event;
    private final LocalDate date;
    private final String subject;
    private final String taskId;
    private final String unitReference;

    private Occurrence(Event event, LocalDate date, String subject, String taskId, String unitReference) {
        this.event = event;
        this.date = date;
        this.subject = subject;
        this.taskId = taskId;
        this.unitReference = unitReference;
    }

    /**
     * An occurrence of an event, named by its id or Chinese word as {@link Event#of(String)} reads it.
     * Example: {@code Occurrence.of("issuance", LocalDate.of(2021, 7, 5), "兴府发〔2021〕5号")}.
     *
     * @param event  the event's id ({@code issuance}) or Chinese word ({@code 印发}), not null
     * @param date  the day it happened, not null
     * @param subject  what it concerns, such as a document number (文号) or a request number; part of the
     *     obligation's id, so it must be non-blank and contain no {@code /}, {@code #} or {@code @}; not null
     * @return the occurrence, not null
     * @throws IllegalArgumentException if the subject is blank or contains a reserved character, or the date's year
     *     is outside 1000–9999
     */
    public static Occurrence of(String event, LocalDate date, String subject) {
        return of(Event.of(Objects.requireNonNull(event, "event")), date, subject);
    }

    /**
     * An occurrence of an event. Example: {@code Occurrence.of(Event.RECEIPT, LocalDate.of(2024, 3, 1), "2024-017")}
     * is the receipt of request 2024-017 on 2024-03-01 (收到申请).
     *
     * @param event  the event, not null
     * @param date  the day it happened, not null
     * @param subject  what it concerns, non-blank, without {@code /}, {@code #} or {@code @}, not null
     * @return the occurrence, not null
     * @throws IllegalArgumentException if the subject is blank or contains a reserved character, or the date's year
     *     is outside 1000–9999 (as a plan's)
     */
    public static Occurrence of(Event event, LocalDate date, String subject) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("An occurrence's date must be in the years 1000 to 9999: " + date);
        }
        return new Occurrence(event, date, ObligationIds.checkPart(subject, "subject"), null, null);
    }

    /**
     * A copy that applies to one task only.
     *
     * @param id  the task's id in the plan, such as {@code 13}, not null
     * @return the copy, not null
     */
    public Occurrence forTask(String id) {
        return new Occurrence(event, date, subject, Objects.requireNonNull(id, "id"), unitReference);
    }

    /**
     * A copy that concerns one unit only: of the units that answer for a task, only this one gets an obligation.
     *
     * @param reference  a unit id, name or alias of the plan, not null
     * @return the copy, not null
     */
    public Occurrence byUnit(String reference) {
        return new Occurrence(event, date, subject, taskId, Objects.requireNonNull(reference, "reference"));
    }

    /**
     * The event that happened.
     *
     * @return the event, not null
     */
    public Event event() {
        return event;
    }

    /**
     * The day it happened. As of an earlier day it has not happened yet.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * What it concerns, such as 兴府发〔2021〕5号.
     *
     * @return the subject, not null
     */
    public String subject() {
        return subject;
    }

    /**
     * The task it is limited to.
     *
     * @return the task id, or empty when it applies to every task counting from its event
     */
    public Optional<String> taskId() {
        return Optional.ofNullable(taskId);
    }

    /**
     * The unit it concerns.
     *
     * @return the unit reference, or empty when it concerns every unit answering for the task
     */
    public Optional<String> unitReference() {
        return Optional.ofNullable(unitReference);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Occurrence)) {
            return false;
        }
        Occurrence o = (Occurrence) obj;
        return event.equals(o.event) && date.equals(o.date) && subject.equals(o.subject)
                && Objects.equals(taskId, o.taskId) && Objects.equals(unitReference, o.unitReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, date, subject, taskId, unitReference);
    }

    /**
     * A summary such as {@code issuance 2021-07-05 兴府发〔2021〕5号 (task 13)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return event + " " + date + " " + subject + (taskId == null ? "" : " (task " + taskId + ")")
                + (unitReference == null ? "" : " (unit " + unitReference + ")");
    }
}
