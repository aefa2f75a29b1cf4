package dev.shixian.holidays.cn;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that a holiday notice (节假日安排通知) names: a day off (放假) or a weekend day made a working day
 * (调休上班 = adjusted working day), with the holiday it belongs to.
 *
 * <p>Example: the 2021 notice names {@code NoticeDay(2021-10-04, true, "国庆节")} and
 * {@code NoticeDay(2021-10-09, false, "国庆节")}.
 *
 * @param date  the date, not null
 * @param dayOff  true for a day off, false for an adjusted working day
 * @param holidayName  the holiday's name, such as 国庆节, not null or blank
 */
public record NoticeDay(LocalDate date, boolean dayOff, String holidayName) {

    /**
     * Validates the parts.
     *
     * @param date  the date, not null
     * @param dayOff  true for a day off
     * @param holidayName  the holiday's name, not null or blank
     */
    public NoticeDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holidayName, "holidayName");
        if (holidayName.isBlank()) {
            throw new IllegalArgumentException("Holiday name of " + date + " must not be blank");
        }
    }
}
