package dev.shixian.schedule;

import dev.shixian.internal.Snippet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Builds the stable, readable ids of obligations:
 * {@code {planId}/{taskId}} + {@code #{label}} for a labelled part + {@code /{period}} for a recurring period +
 * {@code /{subject}} for an occurrence + {@code @{unitId}} for the unit that answers for it.
 */
final class ObligationIds {

    private static final int MAX_PART_LENGTH = 200;

    private ObligationIds() {
    }

    /**
     * Checks a part of an id given by a caller: non-blank, at most 200 characters, free of the separators.
     */
    static String checkPart(String part, String what) {
        Objects.requireNonNull(part, what);
        if (part.isBlank() || part.length() > MAX_PART_LENGTH) {
            throw new IllegalArgumentException("An obligation's " + what + " must be 1 to " + MAX_PART_LENGTH
                    + " non-blank characters: '" + Snippet.of(part) + "'");
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '/' || c == '#' || c == '@' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("An obligation's " + what + " must not contain '/', '#', '@' or"
                        + " control characters, found at index " + i + ": '" + Snippet.around(part, i) + "'");
            }
        }
        return part;
    }

    /**
     * The period as it stands in an id: {@code 2021-07}, {@code 2021-Q3}, {@code 2021-H2}, {@code 2021}, an ISO
     * week (Monday to Sunday) as {@code 2021-W05} in its week-based year (Mon 2021-01-04..Sun 01-10 is
     * {@code 2021-W01}, Mon 2020-12-28..Sun 2021-01-03 is {@code 2020-W53}), whole years as {@code 2021..2022}, or
     * {@code 2021-07-01..2021-08-31} for any other span (two weeks: {@code 2021-09-27..2021-10-10}).
     */
    static String period(LocalDateRange period) {
        LocalDate start = period.getStart();
        LocalDate end = period.getEndInclusive();
        if (start.getDayOfWeek() == DayOfWeek.MONDAY && end.toEpochDay() - start.toEpochDay() == 6) {
            return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        boolean monthStart = start.getDayOfMonth() == 1;
        boolean monthEnd = end.getDayOfMonth() == end.lengthOfMonth();
        if (monthStart && monthEnd && start.getMonthValue() == 1 && end.getMonthValue() == 12
                && end.getYear() > start.getYear()) {
            return start.getYear() + ".." + end.getYear();
        }
        if (monthStart && monthEnd && start.getYear() == end.getYear()) {
            int months = end.getMonthValue() - start.getMonthValue() + 1;
            if (months == 1) {
                return start.getYear() + "-" + two(start.getMonthValue());
            }
            if (months == 3 && (start.getMonthValue() - 1) % 3 == 0) {
                return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            }
            if (months == 6 && (start.getMonthValue() - 1) % 6 == 0) {
                return start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
            }
            if (months == 12) {
                return String.valueOf(start.getYear());
            }
        }
        return start + ".." + end;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
