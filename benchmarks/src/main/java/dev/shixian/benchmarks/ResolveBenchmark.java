package dev.shixian.benchmarks;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import dev.shixian.holidays.cn.ChinaCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolving parsed deadlines on the official calendar, in nanoseconds per call (average time). The deadlines are
 * parsed once; each call resolves one of them and yields its dues without asking for their explanations:
 * <ul>
 * <li>{@code 印发后3个工作日内} with the event on 2021-09-30 (one due, 2021-10-11);
 * <li>{@code 每季度一次} for 2021 (four dues; divide the score by 4 for nanoseconds per due);
 * <li>{@code 2021年6月底前} (one due, 2021-06-30).
 * </ul>
 * {@link #explainWorkingDays()} also builds the explanation of the first, to show what the lazy explanation saves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ResolveBenchmark {

    private final Deadline workingDays = Deadline.parse("印发后3个工作日内");
    private final Deadline quarterly = Deadline.parse("每季度一次");
    private final Deadline periodEnd = Deadline.parse("2021年6月底前");
    private final DeadlineContext withTrigger = DeadlineContext.of(ChinaCalendar.official()).withYear(Year.of(2021))
            .withTrigger(LocalDate.of(2021, 9, 30));
    private final DeadlineContext year = DeadlineContext.of(ChinaCalendar.official()).withYear(Year.of(2021));

    /**
     * 印发后3个工作日内 after 2021-09-30: one due.
     *
     * @return the dues
     */
    @Benchmark
    public List<Due> resolveWorkingDays() {
        return workingDays.resolve(withTrigger);
    }

    /**
     * 每季度一次 in 2021: four dues.
     *
     * @return the dues
     */
    @Benchmark
    public List<Due> resolveQuarterly() {
        return quarterly.resolve(year);
    }

    /**
     * 2021年6月底前: one due.
     *
     * @return the dues
     */
    @Benchmark
    public List<Due> resolvePeriodEnd() {
        return periodEnd.resolve(year);
    }

    /**
     * 印发后3个工作日内 after 2021-09-30 and its English and Chinese explanation.
     *
     * @return the length of the texts
     */
    @Benchmark
    public int explainWorkingDays() {
        Due due = workingDays.resolve(withTrigger).get(0);
        return due.explanation().toEnglish().length() + due.explanation().toChinese().length();
    }
}
