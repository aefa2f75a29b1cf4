package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pause of the clock (暂停计算): a consultation of a third party or another agency (征求第三方或其他机关意见,
 * 条例第三十三条第三款), whose working days, both ends inclusive, are not counted, so the due date moves later by
 * that many working days. Working days covered by several pauses are counted once. A pause exists from its first
 * day ({@link #date()} is {@link #from()}) and then applies whole.
 *
 * <p>Example (docs/RULES.md §8 example 11): received 2024-03-01, due 2024-03-29; a pause 2024-03-11..2024-03-22
 * holds 10 working days, so the reply is due 2024-04-15 (Apr 1–3, adjusted Sun Apr 7, Apr 8–12, Apr 15; Apr 4–6
 * are 清明节):
 * <pre>{@code
 * Pause.of("ysq-2024-017", LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22));
 * }</pre>
 *
 * @param obligationId  the obligation's id, not null
 * @param from  the first day of the pause, not null
 * @param toInclusive  the last day of the pause, not null; one before {@code from} is a bad record
 * @serial exclude
 */
public record Pause(String obligationId, LocalDate from, LocalDate toInclusive) implements ObligationRecord {

    private static final long serialVersionUID = 1L;

    /**
     * Checks that nothing is null.
     *
     * @param obligationId  the obligation's id, not null
     * @param from  the first day of the pause, not null
     * @param toInclusive  the last day of the pause, not null
     */
    public Pause {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
    }

    /**
     * A pause, both ends inclusive. Example: {@code Pause.of(id, 2024-03-11, 2024-03-22)}.
     *
     * @param obligationId  the obligation's id, not null
     * @param from  the first day, not null
     * @param toInclusive  the last day, not null
     * @return the pause, not null
     */
    public static Pause of(String obligationId, LocalDate from, LocalDate toInclusive) {
        return new Pause(obligationId, from, toInclusive);
    }

    /**
     * The first day of the pause.
     *
     * @return {@link #from()}, not null
     */
    @Override
    public LocalDate date() {
        return from;
    }
}
