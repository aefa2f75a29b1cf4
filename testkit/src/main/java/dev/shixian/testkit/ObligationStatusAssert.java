package dev.shixian.testkit;

import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.WarningLevel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the status of one obligation (义务状态) as of a date. Obtain one with
 * {@link StatusReportAssert#obligation(String)} (which also knows the obligation's due date and its explanation)
 * or {@link ShixianAssertions#assertThat(ObligationStatus)}.
 *
 * <p>Example, the 兴义 plan as of Friday 2021-10-15: a policy document formed Fri 09-10, due 20 working days later on
 * Thu 10-14 and not done, is overdue by one working day (10-15) with a yellow warning (黄色预警):
 * <pre>{@code
 * assertThat(report).obligation("xingyi-2021/19/兴府办发〔2021〕31号@szfbgs")
 *         .hasDueDate("2021-10-14").isOverdueByWorkingDays(1).hasWarningLevel(WarningLevel.YELLOW);
 * }</pre>
 * A failure shows the status in Chinese and English, how the due date was computed and the records (history) that
 * moved it. Like every AssertJ assertion object, an instance is meant for one thread and one statement.
 */
public final class ObligationStatusAssert extends AbstractAssert<ObligationStatusAssert, ObligationStatus> {

    private final Optional<Obligation> obligation;

    ObligationStatusAssert(ObligationStatus actual, Optional<Obligation> obligation) {
        super(actual, ObligationStatusAssert.class);
        this.obligation = Objects.requireNonNull(obligation, "obligation");
    }

    /**
     * Verifies the status. Example: {@code hasStatus(DueStatus.DONE_LATE)} (逾期完成).
     *
     * @param expected  the status, not null
     * @return this, for chaining
     */
    public ObligationStatusAssert hasStatus(DueStatus expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.status() != expected) {
            fail("to be " + expected.chinese() + " (" + expected.english() + ")");
        }
        return this;
    }

    /**
     * Verifies that the obligation is overdue (逾期, not done after its due date). Example: due Thu 2021-09-30, open
     * on 2021-10-15.
     *
     * @return this, for chaining
     */
    public ObligationStatusAssert isOverdue() {
        return hasStatus(DueStatus.OVERDUE);
    }

    /**
     * Verifies that the obligation is overdue by exactly this many working days. Example: due Thu 2021-09-30, open
     * as of Fri 2021-10-15, it is overdue by 7 (Fri 10-08, adjusted Sat 10-09, Mon 10-11..Fri 10-15).
     *
     * @param workingDays  the expected working days overdue (逾期工作日)
     * @return this, for chaining
     */
    public ObligationStatusAssert isOverdueByWorkingDays(int workingDays) {
        hasStatus(DueStatus.OVERDUE);
        if (actual.workingDaysOverdue() != workingDays) {
            fail(String.format(Locale.ROOT, "to be overdue by %d working days (逾期%d个工作日)", workingDays,
                    workingDays));
        }
        return this;
    }

    /**
     * Verifies that the obligation is due soon (即将到期: open, due within the policy's window). Example: due Thu
     * 2021-10-14, as of Tue 10-12 with the default window.
     *
     * @return this, for chaining
     */
    public ObligationStatusAssert isDueSoon() {
        return hasStatus(DueStatus.DUE_SOON);
    }

    /**
     * Verifies that the obligation is pending (未到期: open, not yet due soon). Example: due Mon 2021-11-01, as of
     * 2021-10-15.
     *
     * @return this, for chaining
     */
    public ObligationStatusAssert isPending() {
        return hasStatus(DueStatus.PENDING);
    }

    /**
     * Verifies that the obligation was done on time (按时完成). Example: due 2021-09-18 after an extension, done
     * 09-17.
     *
     * @return this, for chaining
     */
    public ObligationStatusAssert isDoneOnTime() {
        return hasStatus(DueStatus.DONE_ON_TIME);
    }

    /**
     * Verifies that the obligation was done late (逾期完成). Example: due Thu 2021-09-30, done Fri 10-08.
     *
     * @return this, for chaining
     */
    public ObligationStatusAssert isDoneLate() {
        return hasStatus(DueStatus.DONE_LATE);
    }

    /**
     * Verifies the working days left before the due date (剩余工作日), for a pending or due-soon obligation.
     * Example: due Mon 2021-11-01, as of Fri 10-15 it has 11 left (10-18..10-22, 10-25..10-29, 11-01).
     *
     * @param workingDays  the expected working days left
     * @return this, for chaining
     */
    public ObligationStatusAssert hasWorkingDaysLeft(int workingDays) {
        isNotNull();
        if (actual.workingDaysLeft() != workingDays) {
            fail(String.format(Locale.ROOT, "to have %d working days left (剩余%d个工作日)", workingDays, workingDays));
        }
        return this;
    }

    /**
     * Verifies the working days by which a done-late obligation was late. Example: due Tue 2021-09-28, done Fri
     * 10-08: late by 3 (09-29, 09-30, 10-08).
     *
     * @param workingDays  the expected working days late
     * @return this, for chaining
     */
    public ObligationStatusAssert isDoneLateByWorkingDays(int workingDays) {
        hasStatus(DueStatus.DONE_LATE);
        if (actual.workingDaysLate() != workingDays) {
            fail(String.format(Locale.ROOT, "to be done late by %d working days (逾期%d个工作日完成)", workingDays,
                    workingDays));
        }
        return this;
    }

    /**
     * Verifies the current due date (截止日期), after any extension or pause. Example: {@code hasDueDate("2021-10-14")}.
     *
     * @param date  the expected due date, such as {@code 2021-10-14}, not null
     * @return this, for chaining
     */
    public ObligationStatusAssert hasDueDate(String date) {
        return hasDueDate(Texts.date(date));
    }

    /**
     * Verifies the current due date (截止日期). Example: {@code hasDueDate(LocalDate.of(2021, 10, 14))}.
     *
     * @param date  the expected due date, not null
     * @return this, for chaining
     */
    public ObligationStatusAssert hasDueDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        isNotNull();
        if (!actual.dueDate().equals(Optional.of(date))) {
            fail("to be due on " + Texts.day(date));
        }
        return this;
    }

    /**
     * Verifies the warning level (预警等级). Example: overdue by 7 working days gives {@code WarningLevel.RED} (红)
     * with the default policy.
     *
     * @param level  the expected level, not null
     * @return this, for chaining
     */
    public ObligationStatusAssert hasWarningLevel(WarningLevel level) {
        Objects.requireNonNull(level, "level");
        isNotNull();
        if (!actual.warningLevel().equals(Optional.of(level))) {
            fail("to have warning level " + level.chinese() + " (" + level.name() + ")");
        }
        return this;
    }

    /**
     * Verifies the warning level by its name, English or Chinese, with or without 色: {@code yellow}, {@code 黄} or
     * {@code 黄色}; {@code 无} or {@code none} for no warning. Example: {@code hasWarningLevel("红")} for an
     * obligation overdue by 7 working days with the default policy.
     *
     * @param level  the level's name, not null
     * @return this, for chaining
     */
    public ObligationStatusAssert hasWarningLevel(String level) {
        String v = Objects.requireNonNull(level, "level").strip();
        if (v.equals("无") || v.equalsIgnoreCase("none")) {
            return hasNoWarningLevel();
        }
        isNotNull();
        Optional<WarningLevel> w = actual.warningLevel();
        String chinese = v.endsWith("色") ? v.substring(0, v.length() - 1) : v;
        if (w.isEmpty() || !(w.get().name().equalsIgnoreCase(v) || w.get().chinese().equals(chinese))) {
            fail("to have warning level " + v);
        }
        return this;
    }

    /**
     * Verifies that there is no warning (无预警). Example: an obligation done on time.
     *
     * @return this, for chaining
     */
    public ObligationStatusAssert hasNoWarningLevel() {
        isNotNull();
        if (actual.warningLevel().isPresent()) {
            fail("to have no warning (无预警)");
        }
        return this;
    }

    /**
     * Verifies the count reached (完成数量), such as articles published for 每月不少于4篇. Example: 2 articles on
     * 2021-09-10 and 2 on 09-28 count 4.
     *
     * @param count  the expected count
     * @return this, for chaining
     */
    public ObligationStatusAssert hasCount(int count) {
        isNotNull();
        if (actual.count() != count) {
            fail(String.format(Locale.ROOT, "to have count %d (完成数量)", count));
        }
        return this;
    }

    private void fail(String expectation) {
        failWithMessage("%s", "\nExpecting obligation " + actual.obligationId() + " as of " + Texts.day(actual.asOf())
                + "\n" + expectation + "\nbut it is " + actual.status().chinese() + " (" + actual.status().english()
                + ")" + actual.warningLevel().map(w -> ", warning " + w.chinese() + " (" + w.name() + ")").orElse("")
                + ":" + Texts.explain(actual, obligation));
    }
}
