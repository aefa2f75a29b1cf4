package dev.shixian.deadline;

import dev.shixian.ShixianException;
import dev.shixian.internal.Snippet;
import java.util.Objects;

/**
 * Thrown when text is not a deadline. It says where reading failed and what was expected there; the index is in the
 * original input.
 *
 * <p>The message quotes at most 40 characters each side of the index, with
 * control, zero-width and bidi characters escaped as {@code \}{@code uXXXX}, so a 1 MB input gives a short message.
 * The structured fields {@link #input()} (the whole input, never truncated), {@link #index()} and
 * {@link #expected()} are kept when the exception is serialized.
 *
 * <p>Example: {@code Deadline.parse("2021年2月30日前")} fails at index 7 expecting "a day 1..28 of 2021-02";
 * {@code Deadline.parse("印发后613566757周内")} fails at index 3 expecting "a number of days 1..9999".
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
     * @throws IllegalArgumentException if the index is outside 0 to the input's length
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
        if (index < 0 || index > input.length()) {
            throw new IllegalArgumentException("Index must be 0.." + input.length() + ": " + index);
        }
        String found = index >= input.length() ? "end of input"
                : "'" + Snippet.of(input.substring(index, Math.min(input.length(), index + 10))) + "'";
        return "Cannot read deadline '" + Snippet.around(input, index) + "' at index " + index + ": expected "
                + expected + ", found " + found;
    }

    /**
     * The whole input, not truncated however long it is (the message quotes only a window of it).
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
