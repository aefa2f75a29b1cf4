package dev.shixian.deadline;

import java.util.Objects;
import java.util.Optional;

/**
 * The choices a rule set makes where the law is silent ({@code docs/RULES.md} §2, §3, §5). Each is off or empty by default.
 *
 * <ul>
 * <li>{@link #rollFixedDates()} — roll a fixed date (期日) that falls on a day off forward to the next working day;
 *     default false, because 民法典第二百零三条 rolls periods, not fixed dates. Also applies to the given-day dues of a
 *     {@link Recurring} deadline (每月10日前) and the weekday dues of a {@link Weekly} one (每周五前). Rolling asks the calendar whether the date is a day off, so a date
 *     outside the calendar's range throws {@link dev.shixian.calendar.CalendarCoverageException} (2027年1月10日前 on
 *     a calendar that ends in 2026), where an unrolled date is given as it is, its explanation saying it is outside
 *     the calendar's data.
 * <li>{@link #rollPeriodEnds()} — the same for period ends (6月底前, and the period-end dues of a recurring one, and
 *     the Sundays that end the periods of a weekly one, 每周); default false.
 * <li>{@link #calendarDaysAsWorkingDays()} — read "N日" as N working days (行政许可法第八十二条 and others define
 *     short 日 periods so); default false.
 * <li>{@link #promptDefault()} — the due date of 及时 (a {@link OpenEnded} per-event obligation): for information
 *     that must be disclosed proactively, 条例第二十六条 gives 20 working days from formation or change; default
 *     empty, when 及时 has no computed due date.
 * <li>{@link #requireSettled()} — refuse a due that depends on a day the calendar has not settled (a provisional
 *     day, or one of the last days of the last covered year, which the next State Council notice may still change:
 *     以下一年度国务院通知为准); default false, when such a due is given and marked ({@link Due#isSettled()}).
 * </ul>
 *
 * <p>Example: {@code DeadlinePolicy.builder().rollFixedDates(true).build()} makes {@code by 2021-10-10} (a Sunday)
 * due on Monday 2021-10-11.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeadlinePolicy {

    private static final DeadlinePolicy DEFAULTS = new Builder().build();

    /** The statutory default for 及时: 20 working days after formation or change (条例第二十六条). */
    public static final Deadline STATUTORY_PROMPT_DEFAULT =
            AfterEvent.of(20, AfterEvent.Counting.WORKING_DAYS, Event.FORMATION, Event.CHANGE);

    private final boolean rollFixedDates;
    private final boolean rollPeriodEnds;
    private final boolean calendarDaysAsWorkingDays;
    private final Deadline promptDefault;
    private final boolean requireSettled;

    private DeadlinePolicy(Builder b) {
        this.rollFixedDates = b.rollFixedDates;
        this.rollPeriodEnds = b.rollPeriodEnds;
        this.calendarDaysAsWorkingDays = b.calendarDaysAsWorkingDays;
        this.promptDefault = b.promptDefault;
        this.requireSettled = b.requireSettled;
    }

    /**
     * The default policy: nothing rolls, 日 means calendar days, 及时 has no default.
     *
     * @return the defaults, not null
     */
    public static DeadlinePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with this policy's settings.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rollFixedDates = rollFixedDates;
        b.rollPeriodEnds = rollPeriodEnds;
        b.calendarDaysAsWorkingDays = calendarDaysAsWorkingDays;
        b.promptDefault = promptDefault;
        b.requireSettled = requireSettled;
        return b;
    }

    /**
     * Whether fixed dates on a day off roll forward to the next working day.
     *
     * @return true to roll, false (default) to keep the date
     */
    public boolean rollFixedDates() {
        return rollFixedDates;
    }

    /**
     * Whether period ends on a day off roll forward to the next working day.
     *
     * @return true to roll, false (default) to keep the date
     */
    public boolean rollPeriodEnds() {
        return rollPeriodEnds;
    }

    /**
     * Whether "N日" is read as N working days.
     *
     * @return true to count working days, false (default) for calendar days
     */
    public boolean calendarDaysAsWorkingDays() {
        return calendarDaysAsWorkingDays;
    }

    /**
     * The deadline used for 及时 (per-event) obligations, such as {@link #STATUTORY_PROMPT_DEFAULT}.
     *
     * @return the default deadline, or empty (default) for none
     */
    public Optional<Deadline> promptDefault() {
        return Optional.ofNullable(promptDefault);
    }

    /**
     * Whether a due that depends on a day the calendar has not settled is refused. Example: with this on, on a
     * calendar whose settled days end 2026-12-25, {@code 3 working days after} 2026-12-23 (due 2026-12-28) fails with a
     * {@link DeadlineResolutionException} naming 2026-12-26; with it off the due is given with
     * {@link Due#isSettled()} false and its explanation says it is subject to the next State Council notice.
     *
     * @return true to refuse, false (default) to mark
     */
    public boolean requireSettled() {
        return requireSettled;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DeadlinePolicy o)) {
            return false;
        }
        return rollFixedDates == o.rollFixedDates && rollPeriodEnds == o.rollPeriodEnds
                && calendarDaysAsWorkingDays == o.calendarDaysAsWorkingDays
                && Objects.equals(promptDefault, o.promptDefault) && requireSettled == o.requireSettled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rollFixedDates, rollPeriodEnds, calendarDaysAsWorkingDays, promptDefault,
                requireSettled);
    }

    @Override
    public String toString() {
        return "DeadlinePolicy[rollFixedDates=" + rollFixedDates + ", rollPeriodEnds=" + rollPeriodEnds
                + ", calendarDaysAsWorkingDays=" + calendarDaysAsWorkingDays + ", promptDefault="
                + (promptDefault == null ? "none" : promptDefault) + ", requireSettled=" + requireSettled + "]";
    }

    /** Builds a {@link DeadlinePolicy}. Not thread-safe. */
    public static final class Builder {
        private boolean rollFixedDates;
        private boolean rollPeriodEnds;
        private boolean calendarDaysAsWorkingDays;
        private Deadline promptDefault;
        private boolean requireSettled;

        private Builder() {
        }

        /**
         * Sets whether fixed dates roll forward.
         *
         * @param roll  true to roll
         * @return this builder
         */
        public Builder rollFixedDates(boolean roll) {
            this.rollFixedDates = roll;
            return this;
        }

        /**
         * Sets whether period ends roll forward.
         *
         * @param roll  true to roll
         * @return this builder
         */
        public Builder rollPeriodEnds(boolean roll) {
            this.rollPeriodEnds = roll;
            return this;
        }

        /**
         * Sets whether "N日" means N working days.
         *
         * @param workingDays  true for working days
         * @return this builder
         */
        public Builder calendarDaysAsWorkingDays(boolean workingDays) {
            this.calendarDaysAsWorkingDays = workingDays;
            return this;
        }

        /**
         * Sets the default deadline for 及时, such as {@link #STATUTORY_PROMPT_DEFAULT}.
         *
         * @param deadline  the default, not null, not itself open-ended
         * @return this builder
         */
        public Builder promptDefault(Deadline deadline) {
            Objects.requireNonNull(deadline, "deadline");
            if (Annotated.unwrap(deadline) instanceof OpenEnded || deadline instanceof Multiple
                    || deadline instanceof Labelled) {
                throw new IllegalArgumentException("A default for 及时 must be a single dated deadline: " + deadline);
            }
            this.promptDefault = deadline;
            return this;
        }

        /**
         * Removes the default deadline for 及时.
         *
         * @return this builder
         */
        public Builder noPromptDefault() {
            this.promptDefault = null;
            return this;
        }

        /**
         * Sets whether a due that depends on a day the calendar has not settled is refused
         * ({@link DeadlinePolicy#requireSettled()}).
         *
         * @param require  true to refuse such dues with a {@link DeadlineResolutionException}
         * @return this builder
         */
        public Builder requireSettled(boolean require) {
            this.requireSettled = require;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         */
        public DeadlinePolicy build() {
            return new DeadlinePolicy(this);
        }
    }
}
