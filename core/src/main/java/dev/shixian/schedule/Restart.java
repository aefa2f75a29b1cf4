package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A restart of the clock (重新计算): the completed application was received (补正, 条例第三十条), so the obligation's
 * period counts again, whole, from this date (the date itself not counted). As in
 * {@code dev.shixian.deadline.DisclosureRequest}, approved extensions still apply to the recounted period, and of a
 * pause only its working days after the restart are not counted (a consultation ended before it moves nothing). A
 * restart after the obligation was done is a bad record.
 *
 * <p>Example (docs/RULES.md §8 example 10): a reply due 20 working days after receipt, with the completed
 * application received on 2024-10-10, is due 2024-11-06 (adjusted Sat Oct 12 is one of the 20):
 * <pre>{@code
 * Restart.of("ysq-2024-031", LocalDate.of(2024, 10, 10));
 * }</pre>
 *
 * @param obligationId  the obligation's id, not null
 * @param date  the day the period starts again (day 0, not counted), not null
 * @serial exclude
 */
public record Restart(String obligationId, LocalDate date) implements ObligationRecord {

    private static final long serialVersionUID = 1L;

    /**
     * Checks that nothing is null.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the restart date, not null
     */
    public Restart {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(date, "date");
    }

    /**
     * A restart on a date. Example: {@code Restart.of(id, LocalDate.of(2024, 10, 10))}.
     *
     * @param obligationId  the obligation's id, not null
     * @param date  the restart date, not null
     * @return the restart, not null
     */
    public static Restart of(String obligationId, LocalDate date) {
        return new Restart(obligationId, date);
    }
}
