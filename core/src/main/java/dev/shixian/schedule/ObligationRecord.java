package dev.shixian.schedule;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What happened to one obligation (义务, 督办事项), as an OA system records it: a completion (完成), a consultation
 * that pauses the clock (征求意见), a restart after the application was completed (补正), an approved extension
 * (延期), a declaration that the unit has no such item (本单位无此项工作) or a progress report (进度填报).
 *
 * <p>Every kind names the obligation's id first and carries the date it happened; a record dated after the date a
 * status is evaluated for does not exist as of that date, so replaying the records reproduces the status at any
 * past date (docs/RULES.md §7). Example, received 2024-03-01 and due 2024-03-29, a third party consulted
 * 2024-03-11..2024-03-22 (条例第三十三条第三款), the reply sent 2024-04-12:
 * <pre>{@code
 * List<ObligationRecord> records = List.of(
 *     Pause.of("ysq-2024-017", LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22)),
 *     Completion.of("ysq-2024-017", LocalDate.of(2024, 4, 12)));
 * // due 2024-04-15 after the pause: DONE_ON_TIME
 * }</pre>
 *
 * <p>The factories check only that nothing is null; whether a record makes sense (a pause that ends before it
 * starts, a count below 1, an extension over the cap) is judged by {@link StatusEvaluator}, which lists every bad
 * record in one {@link ScheduleRecordException}. All kinds are immutable, thread-safe and serializable.
 */
public sealed interface ObligationRecord extends Serializable
        permits Completion, Pause, Restart, Extension, NotApplicable, Progress {

    /**
     * The id of the obligation this record is for, such as {@code xingyi-2021/7/2021-Q3@czj}.
     *
     * @return the id, not null
     */
    String obligationId();

    /**
     * The date the record happened: the completion's, the first day of a pause, the restart's, the day an extension
     * was approved, the day the unit declared it has no such item, the day progress was reported.
     *
     * @return the date, not null
     */
    LocalDate date();
}
