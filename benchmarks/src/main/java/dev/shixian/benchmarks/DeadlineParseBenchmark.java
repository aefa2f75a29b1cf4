package dev.shixian.benchmarks;

import dev.shixian.deadline.Deadline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code Deadline.parse} over every time limit of the five seed plans, on one thread: throughput in phrases per
 * second (each invocation parses all {@value #PHRASES} phrases).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class DeadlineParseBenchmark {

    static final int PHRASES = 44;

    private final String[] phrases = SeedPhrases.ALL.toArray(new String[0]);

    /**
     * Parses every seed phrase once.
     *
     * @param blackhole  consumes the results
     */
    @Benchmark
    @OperationsPerInvocation(PHRASES)
    public void parseSeedPhrases(Blackhole blackhole) {
        for (String phrase : phrases) {
            blackhole.consume(Deadline.parse(phrase));
        }
    }
}
