package dev.shixian.deadline;

import java.util.List;

/**
 * An open-ended obligation (docs/RULES.md §5) with no fixed due date: {@link Kind#ONGOING} (长期, 持续推进, 常态化,
 * 长期坚持, 定期) or {@link Kind#PER_EVENT} (及时, 实时, 随时, 适时, 不定期, 舆情产生后), the latter optionally naming
 * the event. It resolves to no due date, unless the context's policy names a default for 及时
 * ({@link DeadlinePolicy#promptDefault()}, e.g. 20 working days after formation or change, 条例第二十六条).
 *
 * <p>Example: {@code ongoing} (长期); {@code per event after public-opinion} (舆情产生后及时).
 *
 * @param kind  the kind, not null
 * @param events  the events named, distinct, not null; empty for {@link Kind#ONGOING}
 */
public record OpenEnded(Kind kind, List<Event> events) implements Deadline {

    /** The kind of open-ended obligation. */
    public enum Kind {
        /** Ongoing: no due date, status ONGOING (长期, 持续推进). */
        ONGOING,
        /** Per event, with no fixed period (及时, 不定期). */
        PER_EVENT
    }

    /** The ongoing obligation, {@code ongoing} (长期). */
    public static final OpenEnded ONGOING = new OpenEnded(Kind.ONGOING, List.of());
    /** The per-event obligation without a named event, {@code per event} (及时). */
    public static final OpenEnded PER_EVENT = new OpenEnded(Kind.PER_EVENT, List.of());

    /**
     * Validates the parts and copies the events.
     *
     * @param kind  the kind of obligation, {@link Kind#ONGOING} or {@link Kind#PER_EVENT}, not null
     * @param events  the events that call for action, distinct, at most {@value AfterEvent#MAX_EVENTS}, not null;
     *     empty for {@link Kind#ONGOING}, and may be empty for {@link Kind#PER_EVENT}
     * @throws IllegalArgumentException if an ongoing obligation names events, an event repeats or there are too
     *     many
     * @throws NullPointerException if the kind, the events or one of them is null
     */
    public OpenEnded {
        java.util.Objects.requireNonNull(kind, "kind");
        events = AfterEvent.distinct(events);
        if (kind == Kind.ONGOING && !events.isEmpty()) {
            throw new IllegalArgumentException("An ongoing obligation names no event: " + events);
        }
    }

    /**
     * A per-event obligation after events. Example: {@code perEvent(Event.PUBLIC_OPINION)} is
     * {@code per event after public-opinion}.
     *
     * @param events  the events, not null
     * @return the deadline, not null
     */
    public static OpenEnded perEvent(Event... events) {
        return new OpenEnded(Kind.PER_EVENT, List.of(events));
    }

    /**
     * The canonical English form: {@code ongoing}, {@code per event}, {@code per event after public-opinion}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        if (kind == Kind.ONGOING) {
            return "ongoing";
        }
        return events.isEmpty() ? "per event" : "per event after " + AfterEvent.englishEvents(events);
    }

    /**
     * The canonical Chinese form: 长期, 及时, 舆情产生后及时.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        if (kind == Kind.ONGOING) {
            return "长期";
        }
        return events.isEmpty() ? "及时" : AfterEvent.chineseEvents(events) + "后及时";
    }
}
