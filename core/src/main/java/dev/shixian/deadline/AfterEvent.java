package dev.shixian.deadline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A period counted from an event (期间, docs/RULES.md §2): N working days, N calendar days, N months or N years after
 * one or more named events. The day of the event is never counted (民法典第二百零一条).
 *
 * <table>
 * <caption>Units</caption>
 * <tr><th>counting</th><th>Chinese</th><th>rule</th></tr>
 * <tr><td>{@link Counting#WORKING_DAYS}</td><td>N个工作日内</td><td>the N-th working day after the event</td></tr>
 * <tr><td>{@link Counting#DAYS}</td><td>N日内, N天内</td><td>event + N days, rolled forward to a working day</td></tr>
 * <tr><td>{@link Counting#MONTHS}</td><td>N个月内</td><td>same day N months later, or that month's last day; rolled
 *     forward</td></tr>
 * <tr><td>{@link Counting#YEARS}</td><td>N年内</td><td>as months, times 12</td></tr>
 * </table>
 *
 * <p>With several events ("形成或变更之日起20日内") each event starts the clock afresh, so the latest of their dates
 * counts. With no event named ("3个工作日内"), the context's trigger date is used.
 *
 * <p>Example: {@code 3 working days after issuance} with issuance on Thursday 2021-09-30 is due Monday
 * 2021-10-11; {@code 20 days after formation} with formation on 2024-04-12 is due 2024-05-06 (05-02 is 劳动节).
 *
 * <p>Ranges: the amount is 1 to 9999 working days, days or months, or 1 to 999 years (a number of four digits
 * before 年 is a year: 2021年内 is the end of 2021); at most {@value #MAX_EVENTS} events.
 *
 * @param amount  the number of working days, days, months or years, 1 to {@link Counting#max()}
 * @param counting  what is counted: working days, days, months or years, not null
 * @param events  the events, any of which starts the clock, distinct, at most {@value #MAX_EVENTS}, not null, may
 *     be empty (the trigger)
 */
public record AfterEvent(int amount, Counting counting, List<Event> events) implements Deadline {

    /** The most events a deadline names (形成或变更 names two). */
    public static final int MAX_EVENTS = 10;

    /**
     * What a period after an event counts (计算单位): working days, calendar days, months or years. Named
     * {@code Counting} so that it is not mistaken for {@link dev.shixian.plan.Unit}, an organisation (单位).
     * Example: in 印发后3个工作日内, {@code AfterEvent.of(3, Counting.WORKING_DAYS, Event.ISSUANCE)}, the counting is
     * {@link #WORKING_DAYS}.
     */
    public enum Counting {
        /** Working days (工作日), 1 to 9999. */
        WORKING_DAYS("working day", "working days", "个工作日", 9999),
        /** Calendar days (日, 天, 自然日), 1 to 9999. */
        DAYS("day", "days", "日", 9999),
        /** Months (个月), 1 to 9999. */
        MONTHS("month", "months", "个月", 9999),
        /** Years (年), 1 to 999: four digits before 年 are a year (2021年). */
        YEARS("year", "years", "年", 999);

        private final String singular;
        private final String plural;
        private final String chinese;
        private final int max;

        Counting(String singular, String plural, String chinese, int max) {
            this.singular = singular;
            this.plural = plural;
            this.chinese = chinese;
            this.max = max;
        }

        /**
         * The largest amount of this unit: 9999, or 999 for {@link #YEARS}.
         *
         * @return the largest amount
         */
        public int max() {
            return max;
        }

        /**
         * The English word for an amount: {@code WORKING_DAYS.english(1)} is {@code working day}.
         *
         * @param amount  the amount
         * @return the word, not null
         */
        public String english(int amount) {
            return amount == 1 ? singular : plural;
        }

        /**
         * The canonical Chinese unit, such as 个工作日.
         *
         * @return the unit, not null
         */
        public String chinese() {
            return chinese;
        }
    }

    /**
     * Validates the parts and copies the events.
     *
     * @param amount  the number of working days, days, months or years, 1 to {@link Counting#max()} (9999, or 999
     *     years)
     * @param counting  what the amount counts, not null
     * @param events  the events, any of which starts the clock, distinct, at most {@value #MAX_EVENTS}, not null,
     *     may be empty (the context's trigger date is then used)
     * @throws IllegalArgumentException if the amount is out of range, an event repeats or there are too many
     * @throws NullPointerException if the counting, the events or one of them is null
     */
    public AfterEvent {
        Objects.requireNonNull(counting, "counting");
        events = distinct(events);
        if (amount < 1 || amount > counting.max()) {
            throw new IllegalArgumentException("Amount of " + counting.english(2) + " must be 1.." + counting.max()
                    + ": " + amount);
        }
    }

    /**
     * A period after events. Example: {@code of(20, Counting.DAYS, Event.FORMATION, Event.CHANGE)} is
     * {@code 20 days after formation or change}.
     *
     * @param amount  the amount, 1 to {@link Counting#max()}
     * @param counting  what the amount counts, not null
     * @param events  the events, not null
     * @return the deadline, not null
     */
    public static AfterEvent of(int amount, Counting counting, Event... events) {
        return new AfterEvent(amount, counting, List.of(events));
    }

    static List<Event> distinct(List<Event> events) {
        Objects.requireNonNull(events, "events");
        List<Event> copy = List.copyOf(events);
        if (copy.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("At most " + MAX_EVENTS + " events: " + copy.size());
        }
        if (new LinkedHashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("Events must be distinct: " + copy);
        }
        return copy;
    }

    static String englishEvents(List<Event> events) {
        return events.stream().map(Event::toCanonical).collect(Collectors.joining(" or "));
    }

    static String chineseEvents(List<Event> events) {
        return events.stream().map(Event::toChinese).collect(Collectors.joining("或"));
    }

    /**
     * The canonical English form: {@code 3 working days after issuance}, {@code 20 days after formation or change},
     * or without an event {@code 3 working days}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return amount + " " + counting.english(amount) + (events.isEmpty() ? "" : " after " + englishEvents(events));
    }

    /**
     * The canonical Chinese form: 印发后3个工作日内 (issuance alone uses 后), 形成或变更之日起20日内 (others use 之日起),
     * or without an event 3个工作日内.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        String prefix;
        if (events.isEmpty()) {
            prefix = "";
        } else if (events.equals(List.of(Event.ISSUANCE))) {
            prefix = "印发后";
        } else {
            prefix = chineseEvents(events) + "之日起";
        }
        return prefix + amount + counting.chinese() + "内";
    }
}
