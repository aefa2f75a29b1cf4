package dev.shixian.schedule;

import java.util.Objects;

/**
 * A warning level of 督办 (supervision): a colour such as 蓝 (blue), 黄 (yellow) or 红 (red), with a severity that
 * orders levels (higher is more severe). Levels are given by a {@link SchedulePolicy}'s {@link WarningRule}s.
 *
 * <p>Example: the defaults are {@link #BLUE} for due soon, {@link #YELLOW} for overdue and {@link #RED} for overdue
 * by more than 5 working days; a city may add its own, such as {@code WarningLevel.of("orange", "橙", 3)}.
 *
 * @param name  the English name, such as {@code yellow}, not blank
 * @param chinese  the Chinese name, such as 黄, not blank
 * @param severity  the severity; a higher number is more severe
 */
public record WarningLevel(String name, String chinese, int severity) {

    /** 蓝: due soon (即将到期提醒). */
    public static final WarningLevel BLUE = new WarningLevel("blue", "蓝", 1);
    /** 黄: overdue, or behind the planned progress (序时进度) by 10 to 30 points. */
    public static final WarningLevel YELLOW = new WarningLevel("yellow", "黄", 2);
    /** 橙: not used by default; for rules that escalate in more steps. */
    public static final WarningLevel ORANGE = new WarningLevel("orange", "橙", 3);
    /** 红: overdue by more than 5 working days, or behind the planned progress by more than 30 points. */
    public static final WarningLevel RED = new WarningLevel("red", "红", 4);

    /**
     * Checks the names.
     *
     * @param name  the English name, not blank
     * @param chinese  the Chinese name, not blank
     * @param severity  the severity
     * @throws IllegalArgumentException if a name is blank
     */
    public WarningLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chinese, "chinese");
        if (name.isBlank() || chinese.isBlank()) {
            throw new IllegalArgumentException("A warning level needs an English and a Chinese name");
        }
    }

    /**
     * A level. Example: {@code WarningLevel.of("orange", "橙", 3)}.
     *
     * @param name  the English name, not blank
     * @param chinese  the Chinese name, not blank
     * @param severity  the severity; a higher number is more severe
     * @return the level, not null
     */
    public static WarningLevel of(String name, String chinese, int severity) {
        return new WarningLevel(name, chinese, severity);
    }
}
