package dev.shixian.deadline;

import java.util.Objects;

/**
 * The choices a {@link DisclosureRequest} makes where 《政府信息公开条例》 is silent or leaves room (docs/RULES.md §6).
 *
 * <ul>
 * <li>{@link #consultationEnds()} — whether the first and last day of a consultation (征求意见) are inside it and so
 *     not counted towards the reply; default {@link ConsultationEnds#INCLUSIVE}. 条例第三十三条第三款 only says the
 *     time needed is not counted; which end days that covers is the library's choice.
 * <li>{@link #overlongConsultation()} — what to do with a consultation recorded as lasting past the 15 working days
 *     the other side has to answer (条例第三十二条, 第三十四条); default {@link OverlongConsultation#CAP}: after those
 *     days the agency decides alone, so later days count towards the reply again.
 * </ul>
 *
 * <p>Example: received 2024-03-01, a third party consulted 2024-03-11..2024-03-22: with the default policy the
 * working days 03-11..03-22 (10) are not counted and the reply is due 2024-04-15; with
 * {@code DisclosurePolicy.defaults().withConsultationEnds(ConsultationEnds.EXCLUSIVE)} only 03-12..03-21 (8) are
 * not counted and it is due 2024-04-11.
 *
 * @param consultationEnds  whether a consultation's end days are inside it, not null
 * @param overlongConsultation  how a consultation longer than the law allows is treated, not null
 */
public record DisclosurePolicy(ConsultationEnds consultationEnds, OverlongConsultation overlongConsultation) {

    private static final DisclosurePolicy DEFAULTS =
            new DisclosurePolicy(ConsultationEnds.INCLUSIVE, OverlongConsultation.CAP);

    /** Whether the first and last day of a consultation are inside it (征求意见期间的起止日). */
    public enum ConsultationEnds {
        /**
         * Both ends inclusive (default, docs/RULES.md §6): the working days from the first day to the last day of
         * the consultation, both included, are not counted. Example: 03-11..03-22 pauses 10 working days.
         */
        INCLUSIVE,
        /**
         * Both ends exclusive: only the working days strictly between the first and the last day are not counted;
         * the day the consultation started and the day it ended count towards the reply. Example: 03-11..03-22
         * pauses the 8 working days 03-12..03-21.
         */
        EXCLUSIVE
    }

    /** How a consultation lasting past the other side's 15 working days is treated (条例第三十二条, 第三十四条). */
    public enum OverlongConsultation {
        /**
         * Capped (default): the consultation is taken to end on the last of the 15 working days after the other
         * side received the request; from then the agency decides alone (逾期未提出意见的，由行政机关依照本条例的规定
         * 决定是否公开), and the reply clock runs again.
         */
        CAP,
        /** Refused: computing the reply's due date throws {@link DisclosureRuleException} naming the dates. */
        REFUSE
    }

    /**
     * Validates the parts.
     *
     * @param consultationEnds  whether a consultation's end days are inside it, not null
     * @param overlongConsultation  how a consultation longer than the law allows is treated, not null
     */
    public DisclosurePolicy {
        Objects.requireNonNull(consultationEnds, "consultationEnds");
        Objects.requireNonNull(overlongConsultation, "overlongConsultation");
    }

    /**
     * The default policy: both ends of a consultation inclusive, a consultation longer than 15 working days capped.
     *
     * @return the defaults, not null
     */
    public static DisclosurePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another treatment of a consultation's end days.
     *
     * @param ends  the treatment, not null
     * @return the copy, not null
     */
    public DisclosurePolicy withConsultationEnds(ConsultationEnds ends) {
        return new DisclosurePolicy(ends, overlongConsultation);
    }

    /**
     * A copy with another treatment of a consultation longer than the law allows.
     *
     * @param overlong  the treatment, not null
     * @return the copy, not null
     */
    public DisclosurePolicy withOverlongConsultation(OverlongConsultation overlong) {
        return new DisclosurePolicy(consultationEnds, overlong);
    }
}
