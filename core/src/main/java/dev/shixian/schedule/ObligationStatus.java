package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one obligation as of a date (办理状态), as a {@link StatusEvaluator} computes it (docs/RULES.md §7):
 * the {@link DueStatus}, the effective due date after pauses (征求意见), restarts (补正) and extensions (延期) beside
 * the original one, the working days left, overdue or late, the completion, the count against the minimum, the
 * warning level (督办预警), the progress lag (序时进度), and the history of the records applied.
 *
 * <p>Example (docs/RULES.md §8 example 8): due 2021-10-11 and not done, as of 2021-10-15 the status is
 * {@link DueStatus#OVERDUE}, {@link #workingDaysOverdue()} is 4 (Oct 12–15) and the default warning level 黄.
 *
 * <p>This class is immutable and thread-safe. Its texts are built only when asked for.
 */
public final class ObligationStatus {

    private final String obligationId;
    private final LocalDate asOf;
    private final DueStatus status;
    private final LocalDate dueDate;
    private final LocalDate originalDueDate;
    private final int workingDaysLeft;
    private final int workingDaysOverdue;
    private final int workingDaysLate;
    private final LocalDate completedOn;
    private final int count;
    private final int minimumCount;
    private final WarningLevel warningLevel;
    private final ProgressLag progressLag;
    private final List<HistoryEntry> history;
    private final String undatedReason;

    ObligationStatus(String obligationId, LocalDate asOf, DueStatus status, LocalDate dueDate,
            LocalDate originalDueDate, int workingDaysLeft, int workingDaysOverdue, int workingDaysLate,
            LocalDate completedOn, int count, int minimumCount, WarningLevel warningLevel, ProgressLag progressLag,
            List<HistoryEntry> history, String undatedReason) {
        this.obligationId = obligationId;
        this.asOf = asOf;
        this.status = status;
        this.dueDate = dueDate;
        this.originalDueDate = originalDueDate;
        this.workingDaysLeft = workingDaysLeft;
        this.workingDaysOverdue = workingDaysOverdue;
        this.workingDaysLate = workingDaysLate;
        this.completedOn = completedOn;
        this.count = count;
        this.minimumCount = minimumCount;
        this.warningLevel = warningLevel;
        this.progressLag = progressLag;
        this.history = List.copyOf(history);
        this.undatedReason = undatedReason;
    }

    /**
     * The obligation's id.
     *
     * @return the id, not null
     */
    public String obligationId() {
        return obligationId;
    }

    /**
     * The date T the status is for.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The status.
     *
     * @return the status, not null
     */
    public DueStatus status() {
        return status;
    }

    /**
     * The effective due date D as of T: the original one moved by the pauses, restarts and extensions recorded by T.
     * Example (docs/RULES.md §8 example 11): 2024-04-15 for a reply due 2024-03-29 paused 2024-03-11..2024-03-22.
     *
     * @return the date, or empty when the obligation has none (ongoing, not triggered as of T, undated)
     */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /**
     * The original due date, before any record (for a freshness rule, counted from its start).
     * Example: 2024-03-29 for the reply above.
     *
     * @return the date, or empty when the obligation has none
     */
    public Optional<LocalDate> originalDueDate() {
        return Optional.ofNullable(originalDueDate);
    }

    /**
     * The working days left: those in (T, D] when not done and T ≤ D, else 0. Example: due Monday 2021-10-11, as of
     * Thursday 2021-09-30 there are 3 (Fri 10-08, adjusted Sat 10-09, Mon 10-11).
     *
     * @return the count, 0 or more
     */
    public int workingDaysLeft() {
        return workingDaysLeft;
    }

    /**
     * The working days overdue: those in (D, T] when {@link DueStatus#OVERDUE}, else 0. Example (docs/RULES.md §8
     * example 9): due 2024-09-30, as of 2024-10-09 overdue by 2 (Oct 8, 9). An obligation due on a Friday is
     * overdue by 0 working days on the Saturday after.
     *
     * @return the count, 0 or more
     */
    public int workingDaysOverdue() {
        return workingDaysOverdue;
    }

    /**
     * The working days late: those in (D, C] when {@link DueStatus#DONE_LATE}, else 0. Example: due 2021-09-30,
     * done 2021-10-08: late by 1.
     *
     * @return the count, 0 or more
     */
    public int workingDaysLate() {
        return workingDaysLate;
    }

    /**
     * The date C of the completion that brought the count to the minimum, as of T; for a freshness rule, the last
     * completion as of T.
     *
     * @return the date, or empty when not done as of T
     */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    /**
     * The count of items completed as of T: the sum of the completions' counts, or, when the policy says they do
     * not add up, the largest single count.
     *
     * @return the count, 0 or more
     */
    public int count() {
        return count;
    }

    /**
     * The minimum count (不少于N篇).
     *
     * @return the minimum, 1 or more
     */
    public int minimumCount() {
        return minimumCount;
    }

    /**
     * The warning level (督办预警等级): the more severe of the level the policy's rules give the status and the level
     * of the progress lag (the status's on a tie). Example: overdue by 6 working days is 红 by default.
     *
     * @return the level, or empty
     */
    public Optional<WarningLevel> warningLevel() {
        return Optional.ofNullable(warningLevel);
    }

    /**
     * The lag of the latest progress report behind the planned progress (序时进度), while the obligation is pending,
     * due soon or overdue.
     *
     * @return the lag, or empty when there is no report or the obligation is not open
     */
    public Optional<ProgressLag> progressLag() {
        return Optional.ofNullable(progressLag);
    }

    /**
     * Every record applied as of T, in the order applied, and how each moved the due date.
     *
     * @return the entries, not null, immutable
     */
    public List<HistoryEntry> history() {
        return history;
    }

    /**
     * Why there is no due date, for an undated obligation.
     *
     * @return the reason, or empty
     */
    public Optional<String> undatedReason() {
        return Optional.ofNullable(undatedReason);
    }

    /**
     * A one-line summary in English, such as {@code overdue by 4 working days (due 2021-10-11, as of 2021-10-15)}.
     *
     * @return the text, not null
     */
    public String toEnglish() {
        StringBuilder b = new StringBuilder(status.english());
        if (status == DueStatus.OVERDUE) {
            b.append(" by ").append(workingDaysOverdue).append(workingDaysOverdue == 1 ? " working day"
                    : " working days");
        } else if (status == DueStatus.DONE_LATE) {
            b.append(" on ").append(completedOn).append(", late by ").append(workingDaysLate)
                    .append(workingDaysLate == 1 ? " working day" : " working days");
        } else if (status == DueStatus.DONE_ON_TIME) {
            b.append(" on ").append(completedOn);
        } else if (status == DueStatus.PENDING || status == DueStatus.DUE_SOON) {
            b.append(", ").append(workingDaysLeft).append(workingDaysLeft == 1 ? " working day left"
                    : " working days left");
        }
        b.append(" (");
        if (dueDate != null) {
            b.append("due ").append(dueDate);
            if (!dueDate.equals(originalDueDate)) {
                b.append(", originally ").append(originalDueDate);
            }
            b.append(", ");
        } else if (undatedReason != null) {
            b.append("no due date: ").append(undatedReason).append(", ");
        }
        b.append("as of ").append(asOf).append(')');
        if (warningLevel != null) {
            b.append(" [").append(warningLevel.name()).append(']');
        }
        return b.toString();
    }

    /**
     * A one-line summary in Chinese, such as {@code 逾期4个工作日（截止日期 2021-10-11，截至 2021-10-15）}.
     *
     * @return the text, not null
     */
    public String toChinese() {
        StringBuilder b = new StringBuilder();
        if (status == DueStatus.OVERDUE) {
            b.append("逾期").append(workingDaysOverdue).append("个工作日");
        } else if (status == DueStatus.DONE_LATE) {
            b.append(completedOn).append(" 逾期完成，逾期").append(workingDaysLate).append("个工作日");
        } else if (status == DueStatus.DONE_ON_TIME) {
            b.append(completedOn).append(" 按时完成");
        } else if (status == DueStatus.PENDING || status == DueStatus.DUE_SOON) {
            b.append(status.chinese()).append("，剩余").append(workingDaysLeft).append("个工作日");
        } else {
            b.append(status.chinese());
        }
        b.append('（');
        if (dueDate != null) {
            b.append("截止日期 ").append(dueDate);
            if (!dueDate.equals(originalDueDate)) {
                b.append("，原截止日期 ").append(originalDueDate);
            }
            b.append('，');
        } else if (undatedReason != null) {
            b.append("无截止日期：").append(undatedReason).append('，');
        }
        b.append("截至 ").append(asOf).append('）');
        if (warningLevel != null) {
            b.append('【').append(warningLevel.chinese()).append('】');
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ObligationStatus)) {
            return false;
        }
        ObligationStatus o = (ObligationStatus) obj;
        return obligationId.equals(o.obligationId) && asOf.equals(o.asOf) && status == o.status
                && Objects.equals(dueDate, o.dueDate) && Objects.equals(originalDueDate, o.originalDueDate)
                && workingDaysLeft == o.workingDaysLeft && workingDaysOverdue == o.workingDaysOverdue
                && workingDaysLate == o.workingDaysLate && Objects.equals(completedOn, o.completedOn)
                && count == o.count && minimumCount == o.minimumCount && Objects.equals(warningLevel, o.warningLevel)
                && Objects.equals(progressLag, o.progressLag) && history.equals(o.history)
                && Objects.equals(undatedReason, o.undatedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(obligationId, asOf, status, dueDate, completedOn, count, history);
    }

    @Override
    public String toString() {
        return "ObligationStatus[" + obligationId + ": " + toEnglish() + "]";
    }
}
