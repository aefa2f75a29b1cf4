package dev.shixian.schedule;

import dev.shixian.plan.Unit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A unit's figures in a ledger (单位统计): its obligations counted by status, and its on-time rate (按时完成率) —
 * the obligations due on or before the ledger's date that were done on time, divided by all obligations due on or
 * before that date; obligations the unit declared not applicable (本单位无此项工作) are left out of both.
 *
 * <p>Example: 市财政局 with four obligations due by 2021-10-15, three done on time and one overdue, has an on-time rate
 * of 0.75.
 *
 * @param unit  the unit, not null
 * @param counts  the number of its obligations in each status, not null; every status is a key
 * @param dueByDate  the obligations due on or before the ledger's date, not-applicable ones left out
 * @param doneOnTime  of those, the ones done on time
 */
public record UnitSummary(Unit unit, Map<DueStatus, Integer> counts, int dueByDate, int doneOnTime) {

    /**
     * Checks and copies the parts.
     *
     * @param unit  the unit, not null
     * @param counts  the counts by status, not null
     * @param dueByDate  the obligations due by the date, not negative
     * @param doneOnTime  those done on time, from 0 to {@code dueByDate}
     */
    public UnitSummary {
        Objects.requireNonNull(unit, "unit");
        EnumMap<DueStatus, Integer> copy = new EnumMap<>(DueStatus.class);
        for (DueStatus s : DueStatus.values()) {
            copy.put(s, 0);
        }
        copy.putAll(Objects.requireNonNull(counts, "counts"));
        counts = Collections.unmodifiableMap(copy);
        if (dueByDate < 0 || doneOnTime < 0 || doneOnTime > dueByDate) {
            throw new IllegalArgumentException("Done on time " + doneOnTime + " must be within 0.." + dueByDate);
        }
    }

    /**
     * The number of the unit's obligations in a status.
     *
     * @param status  the status, not null
     * @return the count, at least 0
     */
    public int count(DueStatus status) {
        return counts.get(Objects.requireNonNull(status, "status"));
    }

    /**
     * The on-time rate (按时完成率): {@code doneOnTime / dueByDate}.
     *
     * @return the rate from 0 to 1, empty when nothing was due by the date
     */
    public OptionalDouble onTimeRate() {
        return dueByDate == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) doneOnTime / dueByDate);
    }
}
