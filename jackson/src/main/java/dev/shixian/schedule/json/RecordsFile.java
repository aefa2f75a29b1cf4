package dev.shixian.schedule.json;

import dev.shixian.plan.Plan;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a records file (办理记录文件): what an OA system exports and Shixian reads to compute status — the
 * plan's id, optionally the date the status is wanted as of, the events that happened ({@link Occurrence}s: a
 * document issued, a request received) and the records kept on the obligations ({@link ObligationRecord}s:
 * completions, pauses, restarts, extensions, not-applicable declarations, progress reports). {@link ScheduleFiles}
 * reads and writes it; the format is documented there.
 *
 * <p>Example: the 兴义市 2021 plan, one policy document issued on 2021-07-05, and the 市财政局's third-quarter report
 * done on 2021-09-28, as of 2021-10-15:
 * <pre>{@code
 * RecordsFile file = RecordsFile.of("xingyi-2021",
 *         List.of(Occurrence.of("issuance", LocalDate.of(2021, 7, 5), "兴府发〔2021〕5号")),
 *         List.of(Completion.of("xingyi-2021/7/2021-Q3@czj", LocalDate.of(2021, 9, 28))))
 *     .withAsOf(LocalDate.of(2021, 10, 15));
 * Schedule schedule = file.schedule(Scheduler.of(ChinaCalendar.official()), xingyi2021);
 * file.statusAsOf(schedule, Clock.systemUTC()).status("xingyi-2021/7/2021-Q3@czj");   // DONE_ON_TIME
 * }</pre>
 *
 * <p>The occurrences and records keep the file's order, so the index of a problem in an
 * {@code OccurrenceException} or a {@code ScheduleRecordException} is the index in {@code $.occurrences[i]} or
 * {@code $.records[i]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordsFile {

    private final String planId;
    private final LocalDate asOf;
    private final List<Occurrence> occurrences;
    private final List<ObligationRecord> records;

    private RecordsFile(String planId, LocalDate asOf, List<Occurrence> occurrences, List<ObligationRecord> records) {
        this.planId = planId;
        this.asOf = asOf;
        this.occurrences = occurrences;
        this.records = records;
    }

    /**
     * A records file without a date. Example: {@code RecordsFile.of("xingyi-2021", List.of(), records)}.
     *
     * @param planId  the plan's id, such as {@code xingyi-2021}, not null, not blank
     * @param occurrences  the events that happened, in order, not null, no null elements
     * @param records  the records, in order, not null, no null elements
     * @return the file, not null
     * @throws IllegalArgumentException if the plan id is blank
     */
    public static RecordsFile of(String planId, Collection<Occurrence> occurrences,
            Collection<? extends ObligationRecord> records) {
        Objects.requireNonNull(planId, "planId");
        if (planId.isBlank()) {
            throw new IllegalArgumentException("A records file needs the plan's id");
        }
        return new RecordsFile(planId, null, List.copyOf(occurrences), List.copyOf(records));
    }

    /**
     * A copy with the date the status is wanted as of. Example: {@code withAsOf(LocalDate.of(2021, 10, 15))}.
     *
     * @param date  the date, not null
     * @return the copy, not null
     */
    public RecordsFile withAsOf(LocalDate date) {
        return new RecordsFile(planId, Objects.requireNonNull(date, "date"), occurrences, records);
    }

    /**
     * The plan's id, such as {@code xingyi-2021}.
     *
     * @return the id, not null
     */
    public String planId() {
        return planId;
    }

    /**
     * The date the status is wanted as of.
     *
     * @return the date, or empty when the file gives none (then today in China is meant)
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * The events that happened, in the file's order.
     *
     * @return the occurrences, not null, immutable
     */
    public List<Occurrence> occurrences() {
        return occurrences;
    }

    /**
     * The records, in the file's order.
     *
     * @return the records, not null, immutable
     */
    public List<ObligationRecord> records() {
        return records;
    }

    /**
     * Schedules the plan with this file's occurrences: {@code scheduler.schedule(plan, occurrences())}.
     *
     * @param scheduler  the scheduler, not null
     * @param plan  the plan, not null, whose id is {@link #planId()}
     * @return the schedule, not null
     * @throws IllegalArgumentException if the plan's id is not the file's
     * @throws dev.shixian.schedule.OccurrenceException listing every occurrence that cannot be scheduled, each
     *     with its index in {@code $.occurrences}
     */
    public Schedule schedule(Scheduler scheduler, Plan plan) {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(plan, "plan");
        if (!plan.id().equals(planId)) {
            throw new IllegalArgumentException("The records file is for plan '" + planId + "', not '" + plan.id()
                    + "'");
        }
        return scheduler.schedule(plan, occurrences);
    }

    /**
     * The status of every obligation of a schedule from this file's records, as of the file's date, or, when it
     * gives none, as of today in China (Asia/Shanghai) on the clock.
     *
     * @param schedule  the schedule of the file's plan, not null
     * @param clock  the clock for a file without a date, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the schedule is of another plan
     * @throws dev.shixian.schedule.ScheduleRecordException listing every bad record, each with its index in
     *     {@code $.records}
     */
    public StatusReport statusAsOf(Schedule schedule, Clock clock) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(clock, "clock");
        if (!schedule.plan().id().equals(planId)) {
            throw new IllegalArgumentException("The records file is for plan '" + planId + "', not '"
                    + schedule.plan().id() + "'");
        }
        return asOf != null ? schedule.statusAsOf(asOf, records) : schedule.statusAsOf(clock, records);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RecordsFile)) {
            return false;
        }
        RecordsFile o = (RecordsFile) obj;
        return planId.equals(o.planId) && Objects.equals(asOf, o.asOf) && occurrences.equals(o.occurrences)
                && records.equals(o.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planId, asOf, occurrences, records);
    }

    /**
     * A summary such as {@code RecordsFile[xingyi-2021 as of 2021-10-15, 1 occurrences, 12 records]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "RecordsFile[" + planId + (asOf == null ? "" : " as of " + asOf) + ", " + occurrences.size()
                + " occurrences, " + records.size() + " records]";
    }
}
