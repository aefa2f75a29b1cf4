package dev.shixian.deadline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What became of one part of a deadline when it was resolved in a context ({@link Deadline#resolveParts}): its dues,
 * or why it has none yet. A single deadline has one part; "最新规划:形成20日内。历史规划:9月底完成公开。" has two,
 * each with its label.
 *
 * <p>Example: on the official calendar, in a context for 2021 with no event dates,
 * <pre>{@code
 * List<PartResolution> parts = Deadline.parse("最新规划:形成20日内。历史规划:9月底完成公开。")
 *         .resolveParts(DeadlineContext.of(calendar).withYear(Year.of(2021)));
 * parts.get(0).outcome();          // AWAITING_EVENTS
 * parts.get(0).awaitedEvents();    // [formation]
 * parts.get(0).reason().chinese(); // 待形成的日期确定
 * parts.get(1).outcome();          // DATED
 * parts.get(1).dues().get(0).dueDate();   // 2021-09-30
 * }</pre>
 *
 * <p>A part that lacks something in the context is reported here, not thrown; errors a caller cannot fix by
 * waiting (a date outside the calendar, a limit exceeded, a due the policy refuses) are still thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartResolution {

    /** What became of a part. */
    public enum Outcome {
        /** It has its dues ({@link #dues()}, never empty). */
        DATED,
        /**
         * It counts from events the context has not dated ({@link #awaitedEvents()}; empty when the deadline names
         * no event and waits for the context's trigger). Example: 印发后3个工作日内 before the document is issued.
         */
        AWAITING_EVENTS,
        /** It has no due date: ongoing (长期), or per event (及时) without a policy default. See {@link #reason()}. */
        OPEN_ENDED,
        /**
         * It needs the plan's year (a yearless date such as 11月15日前), or another year (2月29日前 in a year that
         * has no 29 February). See {@link #reason()}.
         */
        NEEDS_YEAR,
        /** It is recurring and needs the plan's window or year (每季度一次). */
        NEEDS_WINDOW
    }

    private final String label;
    private final Deadline deadline;
    private final Outcome outcome;
    private final List<Due> dues;
    private final Set<Event> awaitedEvents;
    /** Why; null for a dated part, whose reason is made from the number of dues when asked for. */
    private final Bilingual reason;
    /** For {@link Deadline#resolve}'s exception: what was missing, in English; empty when dated or open-ended. */
    private final String missing;

    private PartResolution(String label, Deadline deadline, Outcome outcome, List<Due> dues,
            Set<Event> awaitedEvents, Bilingual reason, String missing) {
        this.label = label;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.outcome = outcome;
        this.dues = List.copyOf(dues);
        this.awaitedEvents = awaitedEvents;
        this.reason = reason;
        this.missing = missing;
    }

    static PartResolution dated(Deadline deadline, List<Due> dues) {
        return new PartResolution(null, deadline, Outcome.DATED, dues, Set.of(), null, "");
    }

    static PartResolution awaiting(Deadline deadline, List<Event> events, String missing, Bilingual reason) {
        return new PartResolution(null, deadline, Outcome.AWAITING_EVENTS, List.of(),
                Collections.unmodifiableSet(new LinkedHashSet<>(events)), reason, missing);
    }

    static PartResolution openEnded(Deadline deadline, Bilingual reason) {
        return new PartResolution(null, deadline, Outcome.OPEN_ENDED, List.of(), Set.of(), reason, "");
    }

    static PartResolution needsYear(Deadline deadline, String missing, Bilingual reason) {
        return new PartResolution(null, deadline, Outcome.NEEDS_YEAR, List.of(), Set.of(), reason, missing);
    }

    static PartResolution needsWindow(Deadline deadline, String missing, Bilingual reason) {
        return new PartResolution(null, deadline, Outcome.NEEDS_WINDOW, List.of(), Set.of(), reason, missing);
    }

    /** This resolution with a label and the dues carrying it. */
    PartResolution withLabel(String newLabel, List<Due> labelledDues) {
        return new PartResolution(Objects.requireNonNull(newLabel, "newLabel"), deadline, outcome, labelledDues,
                awaitedEvents, reason, missing);
    }

    /** This resolution reported for another deadline (an {@link Annotated} one), with the dues given. */
    PartResolution withDeadline(Deadline other, List<Due> otherDues) {
        return new PartResolution(label, other, outcome, otherDues, awaitedEvents, reason, missing);
    }

    /** This (undated) resolution reported for another deadline, its reason prefixed. */
    PartResolution forDeadline(Deadline other, Bilingual reasonPrefix) {
        return new PartResolution(label, other, outcome, dues, awaitedEvents, reasonPrefix.concat(reason()), missing);
    }

    String missing() {
        return missing;
    }

    /**
     * The part's label, such as 最新规划.
     *
     * @return the label, or empty for an unlabelled part
     */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /**
     * The part's deadline, without its label. Example: {@code 20 days after formation} for the part
     * 最新规划:形成20日内.
     *
     * @return the deadline, not null
     */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * What became of the part.
     *
     * @return the outcome, not null
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Whether the part has its dues: {@code outcome() == Outcome.DATED}.
     *
     * @return true if dated
     */
    public boolean isDated() {
        return outcome == Outcome.DATED;
    }

    /**
     * The part's dues, in date order, each carrying the part's label: one for a single deadline, one per period for
     * a recurring one.
     *
     * @return the dues, not null, immutable; empty unless {@link Outcome#DATED}
     */
    public List<Due> dues() {
        return dues;
    }

    /**
     * The events the part counts from that the context has not dated, in the order the deadline names them; the
     * part is due after the latest of those that happen. Example: {@code 20 days after formation or change} gives
     * [formation, change].
     *
     * @return the events, not null, immutable; empty unless {@link Outcome#AWAITING_EVENTS}, and empty then too
     *     when the deadline names no event (it waits for the context's trigger)
     */
    public Set<Event> awaitedEvents() {
        return awaitedEvents;
    }

    /**
     * Why the part has this outcome, in English and Chinese. Examples: "2 due dates" / "2个截止日期";
     * "waits for the date of formation (DeadlineContext.withEvent or withTrigger)" / "待形成的日期确定";
     * "ongoing (长期): no due date" / "长期：无截止日期".
     *
     * @return the reason, not null
     */
    public Bilingual reason() {
        if (reason == null) {
            int n = dues.size();
            return new Bilingual(n + (n == 1 ? " due date" : " due dates"), n + "个截止日期");
        }
        return reason;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PartResolution o)) {
            return false;
        }
        return Objects.equals(label, o.label) && deadline.equals(o.deadline) && outcome == o.outcome
                && dues.equals(o.dues) && awaitedEvents.equals(o.awaitedEvents) && Objects.equals(reason, o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, deadline, outcome, dues, awaitedEvents, reason);
    }

    /**
     * A summary such as {@code PartResolution[label 最新规划, 20 days after formation: AWAITING_EVENTS [formation]]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        List<String> events = new ArrayList<>();
        awaitedEvents.forEach(e -> events.add(e.id()));
        return "PartResolution[" + (label == null ? "" : "label " + label + ", ") + deadline + ": " + outcome
                + (outcome == Outcome.AWAITING_EVENTS ? " " + events : "") + (outcome == Outcome.DATED ? " " + dues
                : "") + (outcome == Outcome.DATED || outcome == Outcome.AWAITING_EVENTS ? "" : " (" + reason().english()
                + ")") + "]";
    }
}
