package dev.shixian.schedule;

import dev.shixian.plan.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger (工作台账) of a schedule as of a date: every obligation with its units, time limit, due date, status,
 * working days left or overdue, warning level and completion — and its views: by unit (a group's members each get
 * their own lines), by status, the overdue list most severe first, and each unit's figures with its on-time rate
 * (按时完成率).
 *
 * <p>Example: {@code schedule.statusAsOf(LocalDate.of(2021, 10, 15), records).ledger().overdue()} lists what is late
 * on 2021-10-15, the longest overdue first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ledger {

    private static final Comparator<LedgerLine> MOST_SEVERE_FIRST = Comparator
            .comparingInt((LedgerLine l) -> -l.status().workingDaysOverdue())
            .thenComparing(l -> l.status().dueDate().orElse(LocalDate.MAX))
            .thenComparing(LedgerLine::id);

    private final LocalDate asOf;
    private final List<LedgerLine> lines;
    private final List<Unit> units;

    Ledger(LocalDate asOf, List<LedgerLine> lines, List<Unit> units) {
        this.asOf = asOf;
        this.lines = List.copyOf(lines);
        this.units = List.copyOf(units);
    }

    /**
     * The date the ledger is as of.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Every line, in the schedule's order (task by task in plan order).
     *
     * @return the lines, not null, immutable
     */
    public List<LedgerLine> lines() {
        return lines;
    }

    /**
     * The lines of each unit, units in the plan's order: a line whose obligation several units answer for together
     * is listed under each of them. Units without lines are left out.
     *
     * @return the lines by unit, not null, immutable
     */
    public Map<Unit, List<LedgerLine>> byUnit() {
        Map<Unit, List<LedgerLine>> map = new LinkedHashMap<>();
        for (Unit u : units) {
            map.put(u, new ArrayList<>());
        }
        for (LedgerLine line : lines) {
            for (Unit u : line.units()) {
                map.computeIfAbsent(u, k -> new ArrayList<>()).add(line);
            }
        }
        Map<Unit, List<LedgerLine>> out = new LinkedHashMap<>();
        map.forEach((u, l) -> {
            if (!l.isEmpty()) {
                out.put(u, List.copyOf(l));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The lines of each status, in the order of {@link DueStatus}; statuses without lines are left out.
     *
     * @return the lines by status, not null, immutable
     */
    public Map<DueStatus, List<LedgerLine>> byStatus() {
        Map<DueStatus, List<LedgerLine>> map = new EnumMap<>(DueStatus.class);
        for (LedgerLine line : lines) {
            map.computeIfAbsent(line.dueStatus(), k -> new ArrayList<>()).add(line);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The overdue lines (逾期清单), most severe first: the most working days overdue first, then the earliest due
     * date, then by id.
     *
     * @return the overdue lines, not null, immutable
     */
    public List<LedgerLine> overdue() {
        List<LedgerLine> out = new ArrayList<>();
        for (LedgerLine line : lines) {
            if (line.dueStatus() == DueStatus.OVERDUE) {
                out.add(line);
            }
        }
        out.sort(MOST_SEVERE_FIRST);
        return List.copyOf(out);
    }

    /**
     * Each unit's figures: its obligations by status and its on-time rate (按时完成率), units in the plan's order,
     * units without obligations left out.
     *
     * @return the summaries, not null, immutable
     */
    public List<UnitSummary> unitSummaries() {
        List<UnitSummary> out = new ArrayList<>();
        for (Map.Entry<Unit, List<LedgerLine>> e : byUnit().entrySet()) {
            Map<DueStatus, Integer> counts = new EnumMap<>(DueStatus.class);
            int due = 0;
            int onTime = 0;
            for (LedgerLine line : e.getValue()) {
                counts.merge(line.dueStatus(), 1, Integer::sum);
                boolean dueByDate = line.dueDate().isPresent() && !line.dueDate().get().isAfter(asOf)
                        && line.dueStatus() != DueStatus.NOT_APPLICABLE
                        && line.dueStatus() != DueStatus.NOT_TRIGGERED;
                if (dueByDate) {
                    due++;
                    if (line.dueStatus() == DueStatus.DONE_ON_TIME) {
                        onTime++;
                    }
                }
            }
            out.add(new UnitSummary(e.getKey(), counts, due, onTime));
        }
        return List.copyOf(out);
    }

    /**
     * A summary such as {@code Ledger[as of 2021-10-15, 212 lines]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Ledger[as of " + asOf + ", " + lines.size() + " lines]";
    }
}
