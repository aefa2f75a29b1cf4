package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The unit declares it has no such item (本单位无此项工作, 无此项内容): from this date the obligation's status is
 * {@link DueStatus#NOT_APPLICABLE}, and it is left out of rates such as 按时完成率. A unit that completed the
 * obligation, even in part, cannot also declare it not applicable: the pair is a bad record.
 *
 * <p>Example: {@code NotApplicable.of("xingyi-2021/21/2021-Q3@tyj", LocalDate.of(2021, 7, 5), "本单位无重大建设项目")}.
 *
 * @param obligationId  the obligation's id, not null
 * @param date  the day of the declaration, not null
 * @param reason  why, not null
 * @serial exclude
 */
public record NotApplicable(String obligationId, LocalDate date, String reason) implements ObligationRecord {

    private static final long serialVersionUID = 1L;

    /**
     * Checks that nothing is null.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the date, not null
     * @param reason  why, not null
     */
    public NotApplicable {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A declaration that the unit has no such item. Example:
     * {@code NotApplicable.of(id, LocalDate.of(2021, 7, 5), "本单位无此项工作")}.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the date, not null
     * @param reason  why, not null
     * @return the record, not null
     */
    public static NotApplicable of(String obligationId, LocalDate date, String reason) {
        return new NotApplicable(obligationId, date, reason);
    }
}
