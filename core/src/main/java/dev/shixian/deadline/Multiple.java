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

    /** The most parts of a multiple deadline; a phrase with more is a parse error at the first one too many. */
    public static final int MAX_PARTS = 100;

    /**
     * Validates and copies the parts.
     *
     * @param parts  the deadlines for the task, in order, 2 to {@value #MAX_PARTS}, none of them
     *     {@link Multiple}, not null
     * @throws IllegalArgumentException if there are fewer than two parts or more than {@value #MAX_PARTS}, or one
     *     is itself multiple
     * @throws NullPointerException if the parts or one of them is null
     */
    public Multiple {
        Objects.requireNonNull(parts, "parts");
        parts = List.copyOf(parts);
        if (parts.size() < 2 || parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("Multiple needs 2.." + MAX_PARTS + " parts: " + parts.size());
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
     * @param parts  the parts, 1 to {@value #MAX_PARTS}, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if there are no parts, more than {@value #MAX_PARTS}, or a part is multiple
     */
    public static Deadline of(List<Deadline> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.size() == 1) {
            return Objects.requireNonNull(parts.get(0), "part");
        }
        return new Multiple(parts);
    }

    /**
     * The events of the parts, each once, in the order the parts first name them.
     *
     * @return the events, not null, immutable
     */
    @Override
    public List<Event> events() {
        java.util.LinkedHashSet<Event> all = new java.util.LinkedHashSet<>();
        for (Deadline p : parts) {
            all.addAll(p.events());
        }
        return List.copyOf(all);
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
