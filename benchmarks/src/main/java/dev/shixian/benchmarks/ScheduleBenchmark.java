package dev.shixian.benchmarks;

import dev.shixian.holidays.cn.ChinaCalendar;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.plan.UnitGroup;
import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import dev.shixian.schedule.StatusReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million obligations on the official calendar, on one thread: a 2024 plan of 1,000 units × 50 tasks — 40
 * monthly (每月一次, 12 periods), 5 quarterly (每季度一次, 4 periods) and 5 counted from the receipt of a request
 * (收到申请之日起20个工作日内) with 100 requests each — every unit answering for every task: 480,000 + 20,000 + 500,000
 * = 1,000,000 obligations, and 300,000 completion records.
 *
 * <ul>
 * <li>{@link #schedule()}: the plan and its 500 occurrences into a schedule (goal: under 1 s);
 * <li>{@link #statusAsOf()}: every obligation's status as of 2024-07-15 from the records;
 * <li>{@link #statusAsOfWithoutRecords()}: the same pass with no records, so no record is matched to its obligation;
 * <li>{@link #bareLoop()}: the floor — a loop that only compares each obligation's precomputed due date with the
 *     date (goal: the status pass within 10× of it).
 * </ul>
 *
 * <p>The fork runs the parallel collector with a 5 GiB young generation, as a batch job that schedules a million
 * obligations would: with G1's defaults, young collections copy the million-object graph while it is being built,
 * and collection time, not scheduling, dominates (docs/BENCHMARKS.md gives both).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-Xmn5g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ScheduleBenchmark {

    static final int UNITS = 1_000;
    static final LocalDate AS_OF = LocalDate.of(2024, 7, 15);

    private Scheduler scheduler;
    private Plan plan;
    private List<Occurrence> occurrences;
    private Schedule schedule;
    private List<ObligationRecord> records;
    private LocalDate[] dueDates;

    /** Builds the plan, its occurrences, one schedule and the records. */
    @Setup(Level.Trial)
    public void setUp() {
        scheduler = Scheduler.of(ChinaCalendar.official());
        plan = plan();
        occurrences = occurrences();
        schedule = scheduler.schedule(plan, occurrences);
        records = records(schedule);
        List<Obligation> all = schedule.obligations();
        dueDates = new LocalDate[all.size()];
        for (int i = 0; i < dueDates.length; i++) {
            dueDates[i] = all.get(i).dueDate().orElse(LocalDate.MAX);
        }
        System.out.println(all.size() + " obligations, " + records.size() + " records");
    }

    static Plan plan() {
        Plan.Builder b = Plan.builder("bench-2024").title("基准计划").year(Year.of(2024))
                .issued(LocalDate.of(2024, 1, 1));
        List<String> members = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            String id = String.format(java.util.Locale.ROOT, "u%04d", u);
            b.unit(Unit.of(id, "单位" + u));
            members.add(id);
        }
        b.group(new UnitGroup("各单位", members));
        for (int t = 1; t <= 50; t++) {
            String limit = t <= 40 ? "每月一次" : t <= 45 ? "每季度一次" : "收到申请之日起20个工作日内";
            b.task(Task.builder(String.valueOf(t)).content("任务" + t).lead("各单位").timeLimit(limit));
        }
        return b.build();
    }

    static List<Occurrence> occurrences() {
        List<Occurrence> out = new ArrayList<>();
        for (int t = 46; t <= 50; t++) {
            for (int r = 0; r < 100; r++) {
                LocalDate received = LocalDate.of(2024, 1, 2).plusDays(r * 3L);
                out.add(Occurrence.of("receipt", received, "申" + t + "-" + r).forTask(String.valueOf(t)));
            }
        }
        return out;
    }

    static List<ObligationRecord> records(Schedule schedule) {
        List<ObligationRecord> out = new ArrayList<>();
        List<Obligation> all = schedule.obligations();
        for (int i = 0; i < all.size() && out.size() < 300_000; i += 3) {
            Obligation o = all.get(i);
            LocalDate due = o.dueDate().orElse(null);
            if (due != null && due.isBefore(AS_OF)) {
                out.add(Completion.of(o.id(), due.minusDays(i % 5)));
            }
        }
        return out;
    }

    /**
     * Schedules the plan.
     *
     * @return the schedule
     */
    @Benchmark
    public Schedule schedule() {
        return scheduler.schedule(plan, occurrences);
    }

    /**
     * Evaluates every obligation as of 2024-07-15.
     *
     * @return the report
     */
    @Benchmark
    public StatusReport statusAsOf() {
        return schedule.statusAsOf(AS_OF, records);
    }

    /**
     * Evaluates every obligation as of 2024-07-15 with no records: the pass alone, without matching records to
     * obligations by id.
     *
     * @return the report
     */
    @Benchmark
    public StatusReport statusAsOfWithoutRecords() {
        return schedule.statusAsOf(AS_OF, List.of());
    }

    /**
     * The floor: compares each obligation's precomputed due date with the date.
     *
     * @return the number of obligations due before the date
     */
    @Benchmark
    public int bareLoop() {
        int n = 0;
        for (LocalDate d : dueDates) {
            if (d.isBefore(AS_OF)) {
                n++;
            }
        }
        return n;
    }
}
