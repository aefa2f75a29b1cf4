package dev.shixian.testkit;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.schedule.StatusEvaluator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed "today" (今天) for tests: a {@link Clock} in Asia/Shanghai ({@link StatusEvaluator#CHINA_ZONE}) that stands
 * still at 09:00 of a date until the test advances it. Hand it to the code under test wherever that code asks for
 * the current date ({@code LocalDate.now(clock)}, {@code schedule.statusAsOf(clock, records)}), then move it with
 * {@link #advanceDays(int)} or {@link #advanceWorkingDays(WorkingCalendar, int)}: the code sees the new date
 * through the same clock.
 *
 * <p>Example: a report built with the clock is as of its date, and a day of the National Day holiday later:
 * <pre>{@code
 * ChinaClock clock = ChinaClock.fixedAt(LocalDate.of(2021, 9, 30));
 * schedule.statusAsOf(clock, records).asOf();          // 2021-09-30
 * clock.advanceWorkingDays(calendar, 1);               // Fri 2021-10-08, after 国庆节
schedule.statusAsOf(clock, records).asOf();          // 2021-10-08
 * }</pre>
 *
 * <p>Unlike Shixian's values this clock is deliberately mutable: advancing it is its purpose. It is thread-safe (the
 * instant is held atomically), and two clocks are equal only if they are the same object. Results never depend on
 * the JVM's default time zone.
 */
public final class ChinaClock extends Clock {

    /** The time of day a fixed date stands at: 09:00, office hours, far from midnight in every zone's rounding. */
    public static final LocalTime TIME_OF_DAY = LocalTime.of(9, 0);

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private ChinaClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock standing at 09:00 Asia/Shanghai on a date. Example: {@code fixedAt(LocalDate.of(2021, 10, 15))
     * .today()} is 2021-10-15 whatever the JVM's default zone.
     *
     * @param date  the date, not null
     * @return a new clock, not null
     */
    public static ChinaClock fixedAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new ChinaClock(new AtomicReference<>(date.atTime(TIME_OF_DAY).atZone(StatusEvaluator.CHINA_ZONE)
                .toInstant()), StatusEvaluator.CHINA_ZONE);
    }

    /**
     * A clock standing at 09:00 Asia/Shanghai on a date written as text. Example: {@code fixedAt("2021-10-15")}.
     *
     * @param date  the date, such as {@code 2021-10-15} (also {@code 2021/10/15} or {@code 2021年10月15日}), not null
     * @return a new clock, not null
     * @throws IllegalArgumentException if the text is not a date
     */
    public static ChinaClock fixedAt(String date) {
        return fixedAt(Texts.date(date));
    }

    /**
     * Today's date in China (Asia/Shanghai), whatever this view's zone. Example: {@code fixedAt("2021-10-15")
     * .today()} is 2021-10-15.
     *
     * @return the date, not null
     */
    public LocalDate today() {
        return StatusEvaluator.todayInChina(this);
    }

    /**
     * Moves today by calendar days (自然日), staying at 09:00. Example: from Thu 2021-09-30, {@code advanceDays(1)}
     * gives Fri 10-01 (a holiday: every day counts); {@code advanceDays(-1)} goes back to 09-29.
     *
     * @param days  the days to move, may be negative
     * @return this clock, now at the new date
     */
    public ChinaClock advanceDays(int days) {
        now.updateAndGet(i -> i.atZone(StatusEvaluator.CHINA_ZONE).plusDays(days).toInstant());
        return this;
    }

    /**
     * Moves today by working days (工作日) of a calendar: to the n-th working day after today (before, for a
     * negative n), today itself not counted (docs/RULES.md §1). Example: from Thu 2021-09-30 on the official
     * calendar, {@code advanceWorkingDays(calendar, 2)} gives adjusted Sat 10-09 (10-01..10-07 are 国庆节 off).
     *
     * @param calendar  the calendar, not null
     * @param workingDays  the working days to move, may be negative
     * @return this clock, now at the new date
     * @throws dev.shixian.calendar.CalendarCoverageException if the calendar does not cover the dates walked
     */
    public ChinaClock advanceWorkingDays(WorkingCalendar calendar, int workingDays) {
        Objects.requireNonNull(calendar, "calendar");
        now.updateAndGet(i -> {
            LocalDate target = calendar.plusWorkingDays(StatusEvaluator.todayInChina(Clock.fixed(i, zone)),
                    workingDays);
            return target.atTime(TIME_OF_DAY).atZone(StatusEvaluator.CHINA_ZONE).toInstant();
        });
        return this;
    }

    /**
     * Sets today, at 09:00 Asia/Shanghai. Example: {@code setToday(LocalDate.of(2021, 12, 31))}.
     *
     * @param date  the new date, not null
     * @return this clock, now at the date
     */
    public ChinaClock setToday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        now.set(date.atTime(TIME_OF_DAY).atZone(StatusEvaluator.CHINA_ZONE).toInstant());
        return this;
    }

    /**
     * The zone: Asia/Shanghai, unless this is a view made by {@link #withZone(ZoneId)}.
     *
     * @return the zone, not null
     */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * A view of this clock in another zone that moves with it: advancing either moves both. Example:
     * {@code fixedAt("2021-10-15").withZone(ZoneOffset.UTC).instant()} is 2021-10-15T01:00:00Z.
     *
     * @param newZone  the zone, not null
     * @return the view, not null
     */
    @Override
    public ChinaClock withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "newZone");
        return newZone.equals(zone) ? this : new ChinaClock(now, newZone);
    }

    /**
     * The current instant: 09:00 Asia/Shanghai of today. Example: {@code fixedAt("2021-10-15").instant()} is
     * 2021-10-15T01:00:00Z.
     *
     * @return the instant, not null
     */
    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * The clock and its current instant, such as {@code ChinaClock[2021-10-15T09:00+08:00[Asia/Shanghai]]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ChinaClock[" + now.get().atZone(zone) + "]";
    }
}
