package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One record applied to an obligation, in date order, and how it moved the due date: the history (办理记录) of an
 * {@link ObligationStatus}. The English and Chinese texts are built only when asked for.
 *
 * <p>Example (docs/RULES.md §8 example 11): a pause 2024-03-11..2024-03-22 on a reply due 2024-03-29 reads
 * <pre>
 * paused 2024-03-11..2024-03-22: 10 working days not counted, due 2024-03-29 → 2024-04-15
 * 征求意见 2024-03-11至2024-03-22：10个工作日不计入，截止日期 2024-03-29 → 2024-04-15
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HistoryEntry {

    private final ObligationRecord record;
    private final LocalDate dueBefore;
    private final LocalDate dueAfter;
    /** Pause: working days newly not counted; completion: the count after it. */
    private final int number;
    private final int minimumCount;

    HistoryEntry(ObligationRecord record, LocalDate dueBefore, LocalDate dueAfter, int number, int minimumCount) {
        this.record = record;
        this.dueBefore = dueBefore;
        this.dueAfter = dueAfter;
        this.number = number;
        this.minimumCount = minimumCount;
    }

    /**
     * The record applied.
     *
     * @return the record, not null
     */
    public ObligationRecord record() {
        return record;
    }

    /**
     * The effective due date before the record was applied.
     *
     * @return the date, or empty when the obligation has none
     */
    public Optional<LocalDate> dueBefore() {
        return Optional.ofNullable(dueBefore);
    }

    /**
     * The effective due date after the record was applied. Example: 2024-04-15 after the pause above.
     *
     * @return the date, or empty when the obligation has none
     */
    public Optional<LocalDate> dueAfter() {
        return Optional.ofNullable(dueAfter);
    }

    /**
     * Whether the record moved the due date.
     *
     * @return true if the due date before and after differ
     */
    public boolean movedDueDate() {
        return !Objects.equals(dueBefore, dueAfter);
    }

    /**
     * The entry in English, such as
     * {@code paused 2024-03-11..2024-03-22: 10 working days not counted, due 2024-03-29 → 2024-04-15}.
     *
     * @return the text, not null
     */
    public String english() {
        String moved = movedDueDate() ? ", due " + dueBefore + " → " + dueAfter : "";
        if (record instanceof Completion) {
            Completion c = (Completion) record;
            return "completed " + c.date() + ": " + c.count() + (c.count() == 1 ? " item" : " items")
                    + (minimumCount > 1 ? ", " + number + " of " + minimumCount : "") + moved;
        }
        if (record instanceof Pause) {
            Pause p = (Pause) record;
            return "paused " + p.from() + ".." + p.toInclusive() + ": " + number
                    + (number == 1 ? " working day" : " working days") + " not counted" + moved;
        }
        if (record instanceof Restart) {
            return "restarted " + record.date() + " (补正, 条例第三十条): the period counts again from that date"
                    + moved;
        }
        if (record instanceof Extension) {
            Extension e = (Extension) record;
            return "extended on " + e.approvedOn() + " by " + e.workingDays()
                    + (e.workingDays() == 1 ? " working day" : " working days") + " (条例第三十三条第二款)" + moved;
        }
        if (record instanceof NotApplicable) {
            return "not applicable from " + record.date() + " (本单位无此项工作): " + ((NotApplicable) record).reason();
        }
        Progress p = (Progress) record;
        return String.format(Locale.ROOT, "progress reported %s: %d%%", p.date(), p.percent());
    }

    /**
     * The entry in Chinese, such as
     * {@code 征求意见 2024-03-11至2024-03-22：10个工作日不计入，截止日期 2024-03-29 → 2024-04-15}.
     *
     * @return the text, not null
     */
    public String chinese() {
        String moved = movedDueDate() ? "，截止日期 " + dueBefore + " → " + dueAfter : "";
        if (record instanceof Completion) {
            Completion c = (Completion) record;
            return "完成 " + c.date() + "：" + c.count() + "项" + (minimumCount > 1 ? "，累计" + number + "/" + minimumCount
                    : "") + moved;
        }
        if (record instanceof Pause) {
            Pause p = (Pause) record;
            return "征求意见 " + p.from() + "至" + p.toInclusive() + "：" + number + "个工作日不计入" + moved;
        }
        if (record instanceof Restart) {
            return "补正 " + record.date() + "：自该日起重新计算期限" + moved;
        }
        if (record instanceof Extension) {
            Extension e = (Extension) record;
            return "延期 " + e.approvedOn() + " 批准：延长" + e.workingDays() + "个工作日" + moved;
        }
        if (record instanceof NotApplicable) {
            return "本单位无此项工作（" + record.date() + "）：" + ((NotApplicable) record).reason();
        }
        Progress p = (Progress) record;
        return String.format(Locale.ROOT, "进度填报 %s：%d%%", p.date(), p.percent());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof HistoryEntry)) {
            return false;
        }
        HistoryEntry o = (HistoryEntry) obj;
        return record.equals(o.record) && Objects.equals(dueBefore, o.dueBefore)
                && Objects.equals(dueAfter, o.dueAfter) && number == o.number && minimumCount == o.minimumCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, dueBefore, dueAfter, number, minimumCount);
    }

    @Override
    public String toString() {
        return english();
    }
}
