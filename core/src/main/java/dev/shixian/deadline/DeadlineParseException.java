package dev.shixian.deadline;

import dev.shixian.ShixianException;
import java.util.Objects;

/**
 * Thrown when text is not a deadline. It says where reading failed and what was expected there; the index is in the
 * original input, before any normalisation.
 *
 * <p>Example: {@code Deadline.parse("2021年2月30日前")} fails at index 7 expecting "a day 1..28 of 2021-02".
 */
public final class DeadlineParseException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /** The whole input, not null. */
    private final String input;
    /** The index in the input where reading failed, 0 to its length. */
    private final int index;
    /** What was expected at the index, not null. */
    private final String expected;

    /**
     * Creates an exception.
     *
     * @param input  the whole input, not null
     * @param index  the index in the input where reading failed, 0 to its length
     * @param expected  what was expected there, not null
     */
    public DeadlineParseException(String input, int index, String expected) {
        super(message(input, index, expected));
        this.input = input;
        this.index = index;
        this.expected = expected;
    }

    private static String message(String input, int index, String expected) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expected, "expected");
        String found = index >= input.length() ? "end of input"
                : "'" + input.substring(index, Math.min(input.length(), index + 10)) + "'";
        return "Cannot read deadline '" + input + "' at index " + index + ": expected " + expected + ", found "
                + found;
    }

    /**
     * The whole input.
     *
     * @return the input, not null
     */
    public String input() {
        return input;
    }

    /**
     * The index in the original input where reading failed.
     *
     * @return the index, 0 to the input's length
     */
    public int index() {
        return index;
    }

    /**
     * What was expected at {@link #index()}, such as {@code "月 or 年"}.
     *
     * @return the expectation, not null
     */
    public String expected() {
        return expected;
    }
}
