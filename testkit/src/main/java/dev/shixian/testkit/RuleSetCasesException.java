package dev.shixian.testkit;

import dev.shixian.ShixianException;

/**
 * A cases file (用例表) that cannot be read, or a row of it that is malformed: the message names the file and line
 * (such as {@code xingyi-2021-cases.csv:7}), the column, the value (at most 40 characters) and what was expected.
 *
 * <p>Example: {@code xingyi-2021-cases.csv:7: column 期望截止日期 (expected due date): '2021-13-01' is not a date of
 * the calendar}.
 */
public final class RuleSetCasesException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that already names the file and line.
     *
     * @param message  the message, not null
     */
    RuleSetCasesException(String message) {
        super(message);
    }

    /**
     * An exception with a message that already names the file and line, and its cause.
     *
     * @param message  the message, not null
     * @param cause  the cause, not null
     */
    RuleSetCasesException(String message, Throwable cause) {
        super(message, cause);
    }
}
