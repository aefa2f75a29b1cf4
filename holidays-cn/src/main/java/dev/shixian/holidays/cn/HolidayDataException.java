package dev.shixian.holidays.cn;

import dev.shixian.ShixianException;
import java.util.Objects;

/**
 * Thrown when holiday data (a notice file or holiday-cn JSON) is malformed or contradicts other data. The message
 * names the source (file or resource), the line or JSON path, and the reason, for example
 * {@code 2027.json at $.days[3].date: expected a date yyyy-MM-dd but found "2027-02-30"}.
 *
 * <p>This exception is unchecked.
 */
public final class HolidayDataException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /** The file, resource or stream name the data came from, not null. */
    private final String source;
    /** The position in the source, such as {@code line 12} or {@code $.days[3].date}, not null. */
    private final String location;
    /** What was wrong and what was expected, not null. */
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param source  the file, resource or stream name, not null
     * @param location  the position in it, such as {@code line 12} or {@code $.days[3].date}, not null
     * @param reason  what was wrong and what was expected, not null
     */
    public HolidayDataException(String source, String location, String reason) {
        this(source, location, reason, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param source  the file, resource or stream name, not null
     * @param location  the position in it, not null
     * @param reason  what was wrong and what was expected, not null
     * @param cause  the underlying exception, may be null
     */
    public HolidayDataException(String source, String location, String reason, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + " at " + Objects.requireNonNull(location, "location") + ": "
                + Objects.requireNonNull(reason, "reason"), cause);
        this.source = source;
        this.location = location;
        this.reason = reason;
    }

    /**
     * The file, resource or stream the data came from.
     *
     * @return the source name, not null
     */
    public String source() {
        return source;
    }

    /**
     * Where in the source the problem is: {@code line N} for text, a JSON path such as {@code $.days[3].date} or
     * {@code line N, column M} for JSON.
     *
     * @return the location, not null
     */
    public String location() {
        return location;
    }

    /**
     * What was wrong and what was expected.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
