package dev.shixian.benchmarks;

import dev.shixian.holidays.cn.ChinaCalendar;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained heap of the official calendar and of parsed deadlines, measured with JOL's object graph
 * walk (every object reachable from the value, shared JDK constants included). Run with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.shixian.benchmarks.Footprint}.
 */
public final class Footprint {

    private Footprint() {
    }

    /**
     * Prints one line per measured value: its name, bytes and objects.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        report(out, "ChinaCalendar.official() (2004-2026, with its 26 notices)", ChinaCalendar.official());
        for (Object[] value : FootprintSubjects.deadlines()) {
            report(out, (String) value[0], value[1]);
        }
        if (args.length > 0 && args[0].equals("schedule")) {
            scheduleFootprint(out);
        }
    }

    /**
     * The heap a schedule of one million obligations keeps beyond its plan and calendar ({@link ScheduleBenchmark}'s
     * plan and occurrences), per obligation.
     */
    private static void scheduleFootprint(PrintStream out) {
        dev.shixian.plan.Plan plan = ScheduleBenchmark.plan();
        dev.shixian.schedule.Schedule schedule = dev.shixian.schedule.Scheduler.of(ChinaCalendar.official())
                .schedule(plan, ScheduleBenchmark.occurrences());
        long all = GraphLayout.parseInstance(schedule).totalSize();
        long shared = GraphLayout.parseInstance(plan, ChinaCalendar.official()).totalSize();
        int n = schedule.obligations().size();
        out.printf(Locale.ROOT, "%-60s %8d bytes %6d obligations, %d bytes each%n",
                "Schedule of the ScheduleBenchmark plan (beyond plan and calendar)", all - shared, n,
                (all - shared) / n);
    }

    private static void report(PrintStream out, String name, Object value) {
        GraphLayout layout = GraphLayout.parseInstance(value);
        out.printf(Locale.ROOT, "%-60s %8d bytes %6d objects%n", name, layout.totalSize(), layout.totalCount());
    }
}
