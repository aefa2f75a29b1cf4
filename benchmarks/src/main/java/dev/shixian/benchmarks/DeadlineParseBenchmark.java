package dev.shixian.benchmarks;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing the time limits of the five seed plans on one thread, reported in phrases per second: the score of a
 * benchmark is invocations per second, and each invocation parses every phrase of its set once, so the phrases per
 * second are the score times the set's size (38 strict, 5 lenient; printed by {@link #setUp()}).
 * {@code Deadline.parse} reads the 38 cells that hold only a time limit; {@code Deadline.parseLenient} reads the 5
 * cells that hold other words as well ("检查于6月底完成。"), as a plan file with {@code lenientDeadlines} does.
 * {@link #parseWiderPhrases(Blackhole)} reads {@value #WIDER_COUNT} phrases of the wider grammar (subjects and
 * actions, before an event, after a period's end, working-day anchors, weeks, relative years, open ranges), one of
 * each shape, so that the new shapes are measured too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class DeadlineParseBenchmark {

    /** How many phrases {@link #WIDER} holds. */
    static final int WIDER_COUNT = 16;

    /** One phrase of each shape of the wider grammar. */
    private static final String[] WIDER = {"政策性文件正式印发后5个工作日内予以公开", "年度决算经县人大常委会批准后20日内公开",
        "6月底前完成并报县政务公开办", "会议召开前5日报送", "有效期届满前90个工作日至30个工作日期间", "提前15天发布公告",
        "每季度结束后15日内", "季后10个工作日内", "每月最后一个工作日", "每月前5个工作日内", "每周五前", "每两年",
        "次年1月31日前", "2021年12月至次年2月", "自即日起至年底", "每季度结束后次月10日前"};

    private String[] strict;
    private String[] lenient;

    /** Sorts the seed phrases into those strict parsing reads and those that need the lenient mode. */
    @Setup
    public void setUp() {
        List<String> strictList = new ArrayList<>();
        List<String> lenientList = new ArrayList<>();
        for (String phrase : SeedPhrases.ALL) {
            try {
                Deadline.parse(phrase);
                strictList.add(phrase);
            } catch (DeadlineParseException e) {
                Deadline.parseLenient(phrase);
                lenientList.add(phrase);
            }
        }
        if (WIDER.length != WIDER_COUNT) {
            throw new IllegalStateException("WIDER_COUNT is " + WIDER_COUNT + ", WIDER holds " + WIDER.length);
        }
        for (String phrase : WIDER) {
            Deadline.parse(phrase);
        }
        strict = strictList.toArray(new String[0]);
        lenient = lenientList.toArray(new String[0]);
        System.out.println("seed phrases: " + strict.length + " strict, " + lenient.length + " lenient");
    }

    /**
     * Parses every strict seed phrase once.
     *
     * @param blackhole  consumes the results
     */
    @Benchmark
    public void parseStrictSeedPhrases(Blackhole blackhole) {
        for (String phrase : strict) {
            blackhole.consume(Deadline.parse(phrase));
        }
    }

    /**
     * Parses every phrase of the wider grammar once.
     *
     * @param blackhole  consumes the results
     */
    @Benchmark
    public void parseWiderPhrases(Blackhole blackhole) {
        for (String phrase : WIDER) {
            blackhole.consume(Deadline.parse(phrase));
        }
    }

    /**
     * Parses every lenient seed phrase once.
     *
     * @param blackhole  consumes the results
     */
    @Benchmark
    public void parseLenientSeedPhrases(Blackhole blackhole) {
        for (String phrase : lenient) {
            blackhole.consume(Deadline.parseLenient(phrase));
        }
    }
}
