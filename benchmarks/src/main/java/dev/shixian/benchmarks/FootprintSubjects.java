package dev.shixian.benchmarks;

import dev.shixian.deadline.Deadline;
import java.util.List;

/** The deadlines whose heap footprint {@link Footprint} reports. */
final class FootprintSubjects {

    private FootprintSubjects() {
    }

    /** Pairs of a description and a parsed deadline. */
    static List<Object[]> deadlines() {
        return List.of(
                new Object[] {"Deadline.parse(\"印发后3个工作日内\")", Deadline.parse("印发后3个工作日内")},
                new Object[] {"Deadline.parse(\"2021年12月底前\")", Deadline.parse("2021年12月底前")},
                new Object[] {"Deadline.parse(\"每季度一次\")", Deadline.parse("每季度一次")});
    }
}
