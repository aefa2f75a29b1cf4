package dev.shixian;

/**
 * The base of every exception Shixian throws on purpose (库异常基类): catch it to handle any failure of the library
 * on bad input or missing data, and catch a subtype for its structured fields.
 *
 * <p>The subtypes are:
 * <ul>
 * <li>{@code dev.shixian.calendar.CalendarCoverageException} — a date the calendar has no data for (超出日历覆盖范围);
 * <li>{@code dev.shixian.deadline.DeadlineParseException} — a time limit that cannot be read, with its index;
 * <li>{@code dev.shixian.deadline.DeadlineResolutionException} — a deadline that lacks what it needs to be dated;
 * <li>{@code dev.shixian.deadline.DisclosureRuleException} — a 依申请公开 step that breaks 《政府信息公开条例》 (a late
 *     extension, an overlong consultation under a refusing policy);
 * <li>{@code dev.shixian.plan.PlanFormatException} — a plan with problems, each with its JSON path;
 * <li>{@code dev.shixian.holidays.cn.HolidayDataException} — malformed holiday-notice data, with file and line.
 * </ul>
 *
 * <p>Every message names the input (quoting at most a short window of it, with control characters escaped), where
 * the problem is, and what was expected. Structured fields are kept when an exception is serialized.
 *
 * <p>Example:
 * <pre>{@code
 * try {
 *     Deadline.parse("印发后三个工作曰内");
 * } catch (ShixianException e) {
 *     log.warn(e.getMessage());   // names the index of 曰 and what was expected there
 * }
 * }</pre>
 */
public abstract class ShixianException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message  the message, not null
     */
    protected ShixianException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message  the message, not null
     * @param cause  the cause, may be null
     */
    protected ShixianException(String message, Throwable cause) {
        super(message, cause);
    }
}
