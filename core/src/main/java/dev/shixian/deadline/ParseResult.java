package dev.shixian.deadline;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Deadline#parseLenient(CharSequence)}: the deadline found and the text that was ignored.
 *
 * <p>Example: {@code parseLenient("2021年6月30日前制定工作方案")} gives {@code by 2021-06-30} and ignores 制定工作方案
 * at 11..17.
 *
 * @param deadline  the deadline, not null
 * @param ignored  the ignored spans in input order, not null, empty when everything was read
 */
public record ParseResult(Deadline deadline, List<Ignored> ignored) {

    /**
     * Validates the parts and copies the ignored spans.
     *
     * @param deadline  the deadline found in the text, not null
     * @param ignored  the spans of text that were not part of the deadline, in input order, not null, empty when
     *     everything was read
     */
    public ParseResult {
        Objects.requireNonNull(deadline, "deadline");
        ignored = List.copyOf(ignored);
    }

    /**
     * A span of input text that is not part of a deadline.
     *
     * @param start  the start index in the original input, inclusive
     * @param end  the end index in the original input, exclusive
     * @param text  the ignored text, not null
     */
    public record Ignored(int start, int end, String text) {

        /**
         * Validates the parts.
         *
         * @param start  the start index of the span in the original input, inclusive, at least 0
         * @param end  the end index of the span in the original input, exclusive, not less than {@code start}
         * @param text  the ignored text, not null
         * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
         */
        public Ignored {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Bad span " + start + ".." + end);
            }
        }
    }
}
