package dev.shixian.deadline;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A consultation (征求意见) during the handling of an application for disclosure: of a third party whose rights the
 * disclosure may harm (征求第三方意见, 条例第三十二条), or of another agency (征求其他机关意见, 条例第三十四条). The
 * time it takes is not counted towards the reply (条例第三十三条第三款).
 *
 * <p>The other side answers within {@value #ANSWER_WORKING_DAYS} working days of receiving the request for its
 * opinion (自收到征求意见书之日起15个工作日内提出意见); if it does not, the agency decides alone. A consultation
 * therefore lasts at most from the day the other side received the request to the 15th working day after it; a
 * longer one is capped or refused according to {@link DisclosurePolicy#overlongConsultation()}.
 *
 * <p>Example: a third party received the request on Monday 2024-03-11 and answered on Friday 2024-03-22:
 * {@code Consultation.thirdParty(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22))}; its answer was due
 * 2024-04-01 (15 working days after 03-11).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Consultation implements Comparable<Consultation> {

    /** Working days the other side has to answer (条例第三十二条, 第三十四条). */
    public static final int ANSWER_WORKING_DAYS = 15;

    /** Whom the agency consults. */
    public enum Party {
        /** A third party (第三方), 条例第三十二条. */
        THIRD_PARTY("a third party", "第三方", "条例第三十二条"),
        /** Another agency (其他机关), 条例第三十四条. */
        AGENCY("another agency", "其他机关", "条例第三十四条");

        private final String english;
        private final String chinese;
        private final String article;

        Party(String english, String chinese, String article) {
            this.english = english;
            this.chinese = chinese;
            this.article = article;
        }

        /**
         * The party in English, such as {@code a third party}.
         *
         * @return the text, not null
         */
        public String english() {
            return english;
        }

        /**
         * The party in Chinese, such as 第三方.
         *
         * @return the text, not null
         */
        public String chinese() {
            return chinese;
        }

        /**
         * The article that gives the party 15 working days, such as 条例第三十二条.
         *
         * @return the citation, not null
         */
        public String article() {
            return article;
        }
    }

    /** The party, or null when not stated. */
    private final Party party;
    private final LocalDate start;
    /** The answer's date, or null when no answer came. */
    private final LocalDate answered;

    private Consultation(Party party, LocalDate start, LocalDate answered) {
        this.party = party;
        this.start = Objects.requireNonNull(start, "start");
        this.answered = answered;
        if (answered != null && answered.isBefore(start)) {
            throw new IllegalArgumentException("Consultation answered " + answered + " before it started " + start);
        }
    }

    /**
     * A consultation whose party is not stated, from its first to its last day. Example:
     * {@code Consultation.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 22))}.
     *
     * @param start  the first day, not null
     * @param endInclusive  the last day, not null, not before the start
     * @return the consultation, not null
     * @throws IllegalArgumentException if the end is before the start
     */
    public static Consultation of(LocalDate start, LocalDate endInclusive) {
        return new Consultation(null, start, Objects.requireNonNull(endInclusive, "endInclusive"));
    }

    /**
     * A third party consulted (条例第三十二条) that answered. Example: received the request 2024-03-11, answered
     * 2024-03-22.
     *
     * @param requestReceived  the day the third party received the request for its opinion, not null
     * @param answered  the day its answer came, not null, not before {@code requestReceived}
     * @return the consultation, not null
     * @throws IllegalArgumentException if the answer is before the request
     */
    public static Consultation thirdParty(LocalDate requestReceived, LocalDate answered) {
        return new Consultation(Party.THIRD_PARTY, requestReceived, Objects.requireNonNull(answered, "answered"));
    }

    /**
     * A third party consulted (条例第三十二条) that did not answer: the consultation lasts the 15 working days, after
     * which the agency decides alone. Example: received the request 2024-09-23, no answer: it ends on the 15th
     * working day after, 2024-10-17.
     *
     * @param requestReceived  the day the third party received the request for its opinion, not null
     * @return the consultation, not null
     */
    public static Consultation thirdPartyWithoutAnswer(LocalDate requestReceived) {
        return new Consultation(Party.THIRD_PARTY, requestReceived, null);
    }

    /**
     * Another agency consulted (条例第三十四条) that answered.
     *
     * @param requestReceived  the day the agency received the request for its opinion, not null
     * @param answered  the day its answer came, not null, not before {@code requestReceived}
     * @return the consultation, not null
     * @throws IllegalArgumentException if the answer is before the request
     */
    public static Consultation agency(LocalDate requestReceived, LocalDate answered) {
        return new Consultation(Party.AGENCY, requestReceived, Objects.requireNonNull(answered, "answered"));
    }

    /**
     * Another agency consulted (条例第三十四条) that did not answer: the consultation lasts the 15 working days.
     *
     * @param requestReceived  the day the agency received the request for its opinion, not null
     * @return the consultation, not null
     */
    public static Consultation agencyWithoutAnswer(LocalDate requestReceived) {
        return new Consultation(Party.AGENCY, requestReceived, null);
    }

    /**
     * Whom the agency consulted.
     *
     * @return the party, or empty when not stated
     */
    public Optional<Party> party() {
        return Optional.ofNullable(party);
    }

    /**
     * The first day: the day the other side received the request for its opinion.
     *
     * @return the date, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The day the answer came.
     *
     * @return the date, or empty when no answer came
     */
    public Optional<LocalDate> answered() {
        return Optional.ofNullable(answered);
    }

    /**
     * The last day the other side may answer: the 15th working day after it received the request (条例第三十二条,
     * 第三十四条). Example: received the request Monday 2024-09-23; 09-24..09-30 (6, with adjusted Sunday 09-29),
     * 10-08..10-12 (11, with adjusted Saturday 10-12), 10-14..10-17 (15): due 2024-10-17.
     *
     * @param calendar  the working-day calendar, not null
     * @return the due, not null
     */
    public Due answerDue(WorkingCalendar calendar) {
        return DisclosureRequest.simple(calendar, start, ANSWER_WORKING_DAYS, Event.RECEIPT,
                party == null ? "条例第三十二条、第三十四条" : party.article);
    }

    /**
     * Orders by first day, then by answer (none last), then by party (not stated first).
     *
     * @param o  the other consultation, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Consultation o) {
        int c = start.compareTo(o.start);
        if (c == 0) {
            c = answered == null ? (o.answered == null ? 0 : 1) : (o.answered == null ? -1 : answered.compareTo(
                    o.answered));
        }
        if (c == 0) {
            c = Integer.compare(party == null ? -1 : party.ordinal(), o.party == null ? -1 : o.party.ordinal());
        }
        return c;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Consultation o)) {
            return false;
        }
        return party == o.party && start.equals(o.start) && Objects.equals(answered, o.answered);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, start, answered);
    }

    @Override
    public String toString() {
        return "Consultation[" + (party == null ? "" : party.name() + " ") + start + ".."
                + (answered == null ? "no answer" : answered.toString()) + "]";
    }
}
