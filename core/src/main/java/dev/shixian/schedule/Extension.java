package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved extension (延期, 延长答复期限, 条例第三十三条第二款): the due date moves later by a number of working
 * days. The extensions of one obligation (since its last restart) may total at most the policy's cap
 * ({@link SchedulePolicy#extensionCapWorkingDays()}, 20 by default: 延长的期限最长不得超过20个工作日); an extension
 * approved after the due date it would extend is refused.
 *
 * <p>Example: a reply due Friday 2024-03-29 extended by 5 working days on 2024-03-28 is due 2024-04-08 (Apr 1, 2,
 * 3, adjusted Sun Apr 7, Apr 8; Apr 4–6 are 清明节):
 * <pre>{@code
 * Extension.of("ysq-2024-017", LocalDate.of(2024, 3, 28), 5);   // due 2024-03-29 → 2024-04-08
 * }</pre>
 *
 * @param obligationId  the obligation's id, not null
 * @param approvedOn  the day the extension was approved, not null
 * @param workingDays  the extension in working days; below 1 or over the cap is a bad record
 * @serial exclude
 */
public record Extension(String obligationId, LocalDate approvedOn, int workingDays) implements ObligationRecord {

    private static final long serialVersionUID = 1L;

    /**
     * Checks that nothing is null.
     *
     * @param obligationId  the obligation's id, not null
     * @param approvedOn  the approval date, not null
     * @param workingDays  the extension in working days
     */
    public Extension {
        Objects.requireNonNull(obligationId, "obligationId");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }

    /**
     * An extension approved on a date. Example: {@code Extension.of(id, LocalDate.of(2024, 3, 28), 5)}.
     *
     * @param obligationId  the obligation's id, not null
     * @param approvedOn  the approval date, not null
     * @param workingDays  the extension in working days
     * @return the extension, not null
     */
    public static Extension of(String obligationId, LocalDate approvedOn, int workingDays) {
        return new Extension(obligationId, approvedOn, workingDays);
    }

    /**
     * The day the extension was approved.
     *
     * @return {@link #approvedOn()}, not null
     */
    @Override
    public LocalDate date() {
        return approvedOn;
    }
}
