package dev.shixian.schedule;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A completion (完成, 公开): the obligation's work was done, or some of it — {@link #count()} items published
 * (篇, 条) towards a minimum count (不少于N篇).
 *
 * <p>Completions recorded against one obligation add up (unless the {@link SchedulePolicy} says otherwise); the
 * obligation is done on the date of the completion that brings the count to the minimum (docs/RULES.md §7).
 * Example: a 2-month period "每2个月不少于2篇" due 2021-08-31 with one article on 2021-07-20 and one on 2021-09-01 is
 * done late, on 2021-09-01, by 1 working day:
 * <pre>{@code
 * Completion.of("xingyi-2021/9/2021-07-01..2021-08-31@zfb", LocalDate.of(2021, 7, 20));
 * Completion.of("xingyi-2021/9/2021-07-01..2021-08-31@zfb", LocalDate.of(2021, 9, 1)).withNote("政策解读");
 * }</pre>
 *
 * <p>This class is immutable, thread-safe and serializable.
 */
public final class Completion implements ObligationRecord, Serializable {

    private static final long serialVersionUID = 1L;

    /** The obligation's id. */
    private final String obligationId;
    /** The day the work was done. */
    private final LocalDate date;
    /** The number of items. */
    private final int count;
    /** The note, or null. */
    private final String note;

    private Completion(String obligationId, LocalDate date, int count, String note) {
        this.obligationId = obligationId;
        this.date = date;
        this.count = count;
        this.note = note;
    }

    /**
     * A completion of one item on a date. Example: {@code Completion.of("xingyi-2021/13/兴府发〔2021〕5号@zfb",
     * LocalDate.of(2021, 7, 8))}.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the day it was done (cut-off 24:00 of that day), not null
     * @return the completion, with a count of 1 and no note, not null
     */
    public static Completion of(String obligationId, LocalDate date) {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(date, "date");
        return new Completion(obligationId, date, 1, null);
    }

    /**
     * A copy with the number of items published (篇数, 条数). Example: {@code withCount(3)} for 3 articles.
     * A count below 1 is accepted here and reported as a bad record by {@link StatusEvaluator}.
     *
     * @param newCount  the number of items
     * @return the copy, not null
     */
    public Completion withCount(int newCount) {
        return new Completion(obligationId, date, newCount, note);
    }

    /**
     * A copy with a note, such as the title or address of what was published.
     *
     * @param newNote  the note, not null
     * @return the copy, not null
     */
    public Completion withNote(String newNote) {
        Objects.requireNonNull(newNote, "newNote");
        return new Completion(obligationId, date, count, newNote);
    }

    @Override
    public String obligationId() {
        return obligationId;
    }

    /**
     * The day the work was done.
     *
     * @return the date, not null
     */
    @Override
    public LocalDate date() {
        return date;
    }

    /**
     * The number of items this completion counts for, 1 unless {@link #withCount(int)} said otherwise.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * The note.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Completion)) {
            return false;
        }
        Completion o = (Completion) obj;
        return obligationId.equals(o.obligationId) && date.equals(o.date) && count == o.count
                && Objects.equals(note, o.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(obligationId, date, count, note);
    }

    @Override
    public String toString() {
        return "Completion[" + obligationId + ", " + date + (count == 1 ? "" : ", count " + count)
                + (note == null ? "" : ", note " + note) + "]";
    }
}
