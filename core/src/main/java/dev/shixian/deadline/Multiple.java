package dev.shixian.deadline;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Several deadlines for one task, usually labelled: "最新规划:形成20日内。历史规划:9月底完成公开。" Also the reading
 * of a phrase that joins an open-ended and a dated part, "持续推进，2021年底前完成": both parts are kept, the ongoing
 * one resolving to no due date and the dated one to its date.
 *
 * <p>Example: {@code label "最新规划": 20 days after formation; label "历史规划": by end of month 9}.
 *
 * @param parts  the parts, at least two, none of them {@link Multiple}, not null
 */
public record Multiple(List<Deadline> parts) implements Deadline {

    /**
     * Validates and copies the parts.
     *
     * @param parts  the deadlines for the task, in order, at least two, none of them {@link Multiple}, not null
     * @throws IllegalArgumentException if there are fewer than two parts or one is itself multiple
     */
    public Multiple {
        Objects.requireNonNull(parts, "parts");
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("Multiple needs at least two parts: " + parts);
        }
        for (Deadline p : parts) {
            if (p instanceof Multiple) {
                throw new IllegalArgumentException("Parts must not be multiple: " + p);
            }
        }
    }

    /**
     * The deadlines as one: the single deadline itself, or a {@link Multiple} of several.
     * Example: {@code of(List.of(OpenEnded.ONGOING, PeriodEnd.yearEnd(Year.of(2021))))} is
     * {@code ongoing; by end of 2021}.
     *
     * @param parts  the parts, at least one, not null
     * @return the deadline, not null
     */
    public static Deadline of(List<Deadline> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new Multiple(parts);
    }

    /**
     * The canonical English form: the parts joined by {@code "; "}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return parts.stream().map(Deadline::toString).collect(Collectors.joining("; "));
    }

    /**
     * The canonical Chinese form: the parts joined by ；.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        return parts.stream().map(Deadline::toChinese).collect(Collectors.joining("；"));
    }
}
