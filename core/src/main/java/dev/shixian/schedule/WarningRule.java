package dev.shixian.schedule;

import java.util.Objects;

/**
 * One rule of a warning policy (督办预警规则): an obligation with a given status whose working-day measure lies in
 * [min, max] gets a {@link WarningLevel}. The measure is, by status: for {@link DueStatus#OVERDUE} the working days
 * overdue (in (D, T]); for {@link DueStatus#DUE_SOON} and {@link DueStatus#PENDING} the working days left (in
 * (T, D]); for {@link DueStatus#DONE_LATE} the working days late (in (D, C]); for the others 0. A policy's rules are
 * tried in order and the first that matches gives the level.
 *
 * <p>Example: the default rules are
 * <pre>{@code
 * List.of(WarningRule.overdueFrom(6, WarningLevel.RED),     // 红: overdue by more than 5 working days
 *         WarningRule.overdueFrom(0, WarningLevel.YELLOW),  // 黄: overdue
 *         WarningRule.dueSoon(WarningLevel.BLUE));          // 蓝: due soon
 * }</pre>
 * and rules such as "overdue 1–3 working days → 黄, 4 or more → 红, 2 working days left → 蓝" read
 * <pre>{@code
 * List.of(WarningRule.overdue(1, 3, WarningLevel.YELLOW), WarningRule.overdueFrom(4, WarningLevel.RED),
 *         WarningRule.dueSoonWithin(2, WarningLevel.BLUE));
 * }</pre>
 *
 * @param status  the status the rule applies to, not null
 * @param minWorkingDays  the least measure, 0 or more
 * @param maxWorkingDays  the greatest measure, not below the least ({@link Integer#MAX_VALUE} for no bound)
 * @param level  the level given, not null
 */
public record WarningRule(DueStatus status, int minWorkingDays, int maxWorkingDays, WarningLevel level) {

    /**
     * Checks the bounds.
     *
     * @param status  the status, not null
     * @param minWorkingDays  the least measure, 0 or more
     * @param maxWorkingDays  the greatest measure, not below the least
     * @param level  the level, not null
     * @throws IllegalArgumentException if the bounds are negative or reversed
     */
    public WarningRule {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(level, "level");
        if (minWorkingDays < 0 || maxWorkingDays < minWorkingDays) {
            throw new IllegalArgumentException("A warning rule needs 0 <= min <= max: " + minWorkingDays + ".."
                    + maxWorkingDays);
        }
    }

    /**
     * A rule for any status and bounds. Example: {@code of(DueStatus.DONE_LATE, 1, Integer.MAX_VALUE, YELLOW)}.
     *
     * @param status  the status, not null
     * @param minWorkingDays  the least measure, 0 or more
     * @param maxWorkingDays  the greatest measure, not below the least
     * @param level  the level, not null
     * @return the rule, not null
     */
    public static WarningRule of(DueStatus status, int minWorkingDays, int maxWorkingDays, WarningLevel level) {
        return new WarningRule(status, minWorkingDays, maxWorkingDays, level);
    }

    /**
     * Overdue by at least a number of working days. Example: {@code overdueFrom(6, RED)} — 红 when overdue by more
     * than 5 working days.
     *
     * @param minWorkingDays  the least number of working days overdue, 0 or more
     * @param level  the level, not null
     * @return the rule, not null
     */
    public static WarningRule overdueFrom(int minWorkingDays, WarningLevel level) {
        return new WarningRule(DueStatus.OVERDUE, minWorkingDays, Integer.MAX_VALUE, level);
    }

    /**
     * Overdue by a number of working days in a range, both ends inclusive. Example: {@code overdue(1, 3, YELLOW)}.
     *
     * @param minWorkingDays  the least, 0 or more
     * @param maxWorkingDays  the greatest, not below the least
     * @param level  the level, not null
     * @return the rule, not null
     */
    public static WarningRule overdue(int minWorkingDays, int maxWorkingDays, WarningLevel level) {
        return new WarningRule(DueStatus.OVERDUE, minWorkingDays, maxWorkingDays, level);
    }

    /**
     * Due soon (即将到期), whatever the working days left. Example: {@code dueSoon(BLUE)}.
     *
     * @param level  the level, not null
     * @return the rule, not null
     */
    public static WarningRule dueSoon(WarningLevel level) {
        return new WarningRule(DueStatus.DUE_SOON, 0, Integer.MAX_VALUE, level);
    }

    /**
     * Due soon with at most a number of working days left. Example: {@code dueSoonWithin(2, BLUE)} — 蓝 from 2
     * working days before the due date.
     *
     * @param maxWorkingDaysLeft  the most working days left, 0 or more
     * @param level  the level, not null
     * @return the rule, not null
     */
    public static WarningRule dueSoonWithin(int maxWorkingDaysLeft, WarningLevel level) {
        return new WarningRule(DueStatus.DUE_SOON, 0, maxWorkingDaysLeft, level);
    }

    /**
     * Whether this rule applies to a status and its measure.
     *
     * @param s  the status, not null
     * @param workingDays  the measure for that status (see the class documentation)
     * @return true if it applies
     */
    public boolean matches(DueStatus s, int workingDays) {
        return status == s && workingDays >= minWorkingDays && workingDays <= maxWorkingDays;
    }
}
