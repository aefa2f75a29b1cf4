package dev.shixian.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The choices of a status evaluation (督办规则) that the rules leave to each government: the due-soon window, the
 * cap on extensions, the warning levels, the progress-lag thresholds and whether completions add up.
 *
 * <table>
 * <caption>Defaults</caption>
 * <tr><th>choice</th><th>default</th></tr>
 * <tr><td>due-soon window K (即将到期)</td><td>3 working days: DUE_SOON when at most 3 working days are left</td></tr>
 * <tr><td>extension cap (延期上限)</td><td>20 working days in all (条例第三十三条第二款)</td></tr>
 * <tr><td>warning rules (预警等级)</td><td>红 when overdue by more than 5 working days, 黄 when overdue, 蓝 when due
 *     soon</td></tr>
 * <tr><td>progress lag (序时进度)</td><td>黄 when 10 to 30 points behind, 红 when more than 30 behind</td></tr>
 * <tr><td>completions add up (累计)</td><td>yes: two completions of 1 article make 2</td></tr>
 * </table>
 *
 * <p>Example: a 督办 rule of "overdue 1–3 working days 黄, 4 or more 红, 蓝 two working days ahead":
 * <pre>{@code
 * SchedulePolicy policy = SchedulePolicy.defaults()
 *     .withDueSoonWorkingDays(2)
 *     .withWarningRules(List.of(WarningRule.overdue(1, 3, WarningLevel.YELLOW),
 *                               WarningRule.overdueFrom(4, WarningLevel.RED),
 *                               WarningRule.dueSoon(WarningLevel.BLUE)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the {@code with...} methods return copies.
 */
public final class SchedulePolicy {

    private static final SchedulePolicy DEFAULTS = new SchedulePolicy(3, 20,
            List.of(WarningRule.overdueFrom(6, WarningLevel.RED), WarningRule.overdueFrom(0, WarningLevel.YELLOW),
                    WarningRule.dueSoon(WarningLevel.BLUE)), 10, 30, true, AnsweringUnits.LEAD_UNITS);

    private final int dueSoonWorkingDays;
    private final int extensionCap;
    private final List<WarningRule> warningRules;
    private final int progressYellowPoints;
    private final int progressRedAbovePoints;
    private final boolean completionsAddUp;
    private final AnsweringUnits answeringUnits;

    private SchedulePolicy(int dueSoonWorkingDays, int extensionCap, List<WarningRule> warningRules,
            int progressYellowPoints, int progressRedAbovePoints, boolean completionsAddUp,
            AnsweringUnits answeringUnits) {
        this.dueSoonWorkingDays = dueSoonWorkingDays;
        this.extensionCap = extensionCap;
        this.warningRules = List.copyOf(warningRules);
        this.progressYellowPoints = progressYellowPoints;
        this.progressRedAbovePoints = progressRedAbovePoints;
        this.completionsAddUp = completionsAddUp;
        this.answeringUnits = answeringUnits;
    }

    /**
     * The default policy: K = 3, cap 20, 蓝/黄/红 as in the class documentation, progress 10/30, completions add up.
     *
     * @return the defaults, not null
     */
    public static SchedulePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with the due-soon window K (即将到期提醒天数): DUE_SOON when at most K working days are left, counted in
     * (T, D]. Example: with K = 0 an obligation due on a working day is due soon only on its due date (on the Sunday
     * before a Monday due date one working day is left); one due on a day off, such as 10月底前 on Sunday 2021-10-31,
     * is due soon from the last working day before it, Friday 2021-10-29.
     *
     * @param workingDays  K, 0 or more
     * @return the copy, not null
     * @throws IllegalArgumentException if negative
     */
    public SchedulePolicy withDueSoonWorkingDays(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("The due-soon window must be 0 or more working days: " + workingDays);
        }
        return new SchedulePolicy(workingDays, extensionCap, warningRules, progressYellowPoints,
                progressRedAbovePoints, completionsAddUp, answeringUnits);
    }

    /**
     * A copy with the cap on the extensions of one obligation, in working days in all. Example: 20 under
     * 条例第三十三条第二款 (延长的期限最长不得超过20个工作日).
     *
     * @param workingDays  the cap, 0 or more
     * @return the copy, not null
     * @throws IllegalArgumentException if negative
     */
    public SchedulePolicy withExtensionCapWorkingDays(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("The extension cap must be 0 or more working days: " + workingDays);
        }
        return new SchedulePolicy(dueSoonWorkingDays, workingDays, warningRules, progressYellowPoints,
                progressRedAbovePoints, completionsAddUp, answeringUnits);
    }

    /**
     * A copy with the warning rules, tried in order; the first that matches gives the level. An empty list gives no
     * warnings from status. Example: 宿迁-style rules {@code List.of(overdue(1, 3, YELLOW), overdueFrom(4, RED),
     * dueSoonWithin(2, BLUE))}.
     *
     * @param rules  the rules, not null, no null elements
     * @return the copy, not null
     */
    public SchedulePolicy withWarningRules(List<WarningRule> rules) {
        Objects.requireNonNull(rules, "rules");
        return new SchedulePolicy(dueSoonWorkingDays, extensionCap, rules, progressYellowPoints,
                progressRedAbovePoints, completionsAddUp, answeringUnits);
    }

    /**
     * A copy with the progress-lag thresholds (序时进度预警): {@link WarningLevel#YELLOW} when the reported progress is
     * at least {@code yellowFromPoints} percentage points behind the planned progress, {@link WarningLevel#RED} when
     * more than {@code redAbovePoints} behind. Example: 银川's {@code withProgressThresholds(10, 30)} — 黄 10–30
     * points behind, 红 beyond.
     *
     * @param yellowFromPoints  the least lag for 黄, 1 to 100
     * @param redAbovePoints  the lag above which 红, from {@code yellowFromPoints} to 100
     * @return the copy, not null
     * @throws IllegalArgumentException if the thresholds are out of range or reversed
     */
    public SchedulePolicy withProgressThresholds(int yellowFromPoints, int redAbovePoints) {
        if (yellowFromPoints < 1 || yellowFromPoints > 100 || redAbovePoints < yellowFromPoints
                || redAbovePoints > 100) {
            throw new IllegalArgumentException("Progress thresholds must satisfy 1 <= yellow <= red <= 100: "
                    + yellowFromPoints + ", " + redAbovePoints);
        }
        return new SchedulePolicy(dueSoonWorkingDays, extensionCap, warningRules, yellowFromPoints, redAbovePoints,
                completionsAddUp, answeringUnits);
    }

    /**
     * A copy saying whether several completions of one obligation add up (累计). When they do not, the obligation is
     * done on the first completion whose own count reaches the minimum. Example: "不少于2篇" with two completions of
     * 1 article is done with the second when they add up, and not done when they do not.
     *
     * @param addUp  whether completions add up
     * @return the copy, not null
     */
    public SchedulePolicy withCompletionsAddingUp(boolean addUp) {
        return new SchedulePolicy(dueSoonWorkingDays, extensionCap, warningRules, progressYellowPoints,
                progressRedAbovePoints, addUp, answeringUnits);
    }

    /**
     * The due-soon window K in working days.
     *
     * @return K, 0 or more
     */
    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    /**
     * The cap on the extensions of one obligation, in working days in all.
     *
     * @return the cap, 0 or more
     */
    public int extensionCapWorkingDays() {
        return extensionCap;
    }

    /**
     * The warning rules, in the order they are tried.
     *
     * @return the rules, not null, immutable
     */
    public List<WarningRule> warningRules() {
        return warningRules;
    }

    /**
     * The least progress lag, in percentage points, for 黄.
     *
     * @return the threshold
     */
    public int progressYellowFromPoints() {
        return progressYellowPoints;
    }

    /**
     * The progress lag, in percentage points, above which 红.
     *
     * @return the threshold
     */
    public int progressRedAbovePoints() {
        return progressRedAbovePoints;
    }

    /**
     * Whether several completions of one obligation add up.
     *
     * @return true by default
     */
    public boolean completionsAddUp() {
        return completionsAddUp;
    }

    /**
     * A copy in which other units answer for a task's obligations (谁来完成). Example: with
     * {@link AnsweringUnits#TOGETHER} a task led by 市财政局 and 市政府办公室 has one obligation per period, with no
     * {@code @unit} in its id.
     *
     * @param units  who answers, not null
     * @return the copy, not null
     */
    public SchedulePolicy withAnsweringUnits(AnsweringUnits units) {
        Objects.requireNonNull(units, "units");
        return new SchedulePolicy(dueSoonWorkingDays, extensionCap, warningRules, progressYellowPoints,
                progressRedAbovePoints, completionsAddUp, units);
    }

    /**
     * Who answers for a task's obligations; by default each lead unit (牵头单位) for itself.
     *
     * @return the choice, not null
     */
    public AnsweringUnits answeringUnits() {
        return answeringUnits;
    }

    /**
     * The warning level for a status and its working-day measure: the level of the first rule that matches.
     * Example: with the defaults, {@code warningLevel(OVERDUE, 6)} is 红 and {@code warningLevel(OVERDUE, 5)} is 黄.
     *
     * @param status  the status, not null
     * @param workingDays  the measure for that status (see {@link WarningRule})
     * @return the level, or empty when no rule matches
     */
    public Optional<WarningLevel> warningLevel(DueStatus status, int workingDays) {
        Objects.requireNonNull(status, "status");
        for (WarningRule r : warningRules) {
            if (r.matches(status, workingDays)) {
                return Optional.of(r.level());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof SchedulePolicy)) {
            return false;
        }
        SchedulePolicy o = (SchedulePolicy) obj;
        return dueSoonWorkingDays == o.dueSoonWorkingDays && extensionCap == o.extensionCap
                && warningRules.equals(o.warningRules) && progressYellowPoints == o.progressYellowPoints
                && progressRedAbovePoints == o.progressRedAbovePoints && completionsAddUp == o.completionsAddUp
                && answeringUnits == o.answeringUnits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueSoonWorkingDays, extensionCap, warningRules, progressYellowPoints,
                progressRedAbovePoints, completionsAddUp, answeringUnits);
    }

    @Override
    public String toString() {
        return "SchedulePolicy[dueSoon=" + dueSoonWorkingDays + ", extensionCap=" + extensionCap + ", warnings="
                + warningRules + ", progress=" + progressYellowPoints + "/" + progressRedAbovePoints
                + ", completionsAddUp=" + completionsAddUp + ", answeringUnits=" + answeringUnits + "]";
    }
}
