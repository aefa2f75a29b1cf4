package dev.shixian.schedule;

import dev.shixian.internal.Snippet;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
     * The period as it stands in an id: {@code 2021-07}, {@code 2021-Q3}, {@code 2021-H2}, {@code 2021}, or
     * {@code 2021-07-01..2021-08-31} for any other span.
     */
    static String period(LocalDateRange period) {
        LocalDate start = period.getStart();
        LocalDate end = period.getEndInclusive();
        boolean monthStart = start.getDayOfMonth() == 1;
        boolean monthEnd = end.getDayOfMonth() == end.lengthOfMonth();
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
