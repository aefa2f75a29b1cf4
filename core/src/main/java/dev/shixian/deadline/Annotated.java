package dev.shixian.deadline;

import dev.shixian.deadline.internal.DeadlineParser;
import dev.shixian.internal.Snippet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit with what it concerns (its subject, 事项) and what is to be done by then (its action, 办理事项), as
 * written in a plan: in "政策性文件正式印发后5个工作日内予以公开" the subject is 政策性文件, the time limit is
 * {@code 5 working days after issuance} (印发后5个工作日内) and the action is 予以公开. Neither changes the counting
 * (docs/RULES.md §2.10): the due dates are those of {@link #deadline()}; each {@link Due} names this deadline, and its
 * explanation begins with the subject and ends with the action.
 *
 * <p>Example: {@code Deadline.parse("政策性文件正式印发后5个工作日内予以公开")} is
 * {@code 5 working days after issuance, subject "政策性文件", action "予以公开"}; with issuance on Thursday
 * 2021-09-30 it is due Wednesday 2021-10-13 (国庆节 10-01..10-07 off; Fri 10-08 is the 1st working day, Sat 10-09
 * an adjusted working day (调休上班) the 2nd, Mon 10-11 the 3rd, Tue 10-12 the 4th, Wed 10-13 the 5th).
 *
 * <p>A subject is read by the Chinese grammar before an event word, so it may only be given to a time limit that
 * counts from an event ({@link AfterEvent}, {@link BeforeEvent}, {@link WithEvent} or {@link OpenEnded} per event,
 * each naming at least one event). An action follows any single time limit. Words that only say the task is
 * done (完成, 完毕, 办结, 到位) are not kept as an action. The canonical forms:
 * <ul>
 * <li>English: the time limit, then {@code , subject "…"} and {@code , action "…"} (strings as in labels);
 * <li>Chinese: the subject before the event word and the action after the time limit, each written plainly where the
 *     Chinese grammar reads it back as itself ({@code 政策性文件印发后5个工作日内予以公开}) and in quotation marks
 *     otherwise ({@code “有关事项”与印发同时}, {@code 6月30日前“向社会公布”}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Annotated implements Deadline {

    /** The most characters of a subject or an action. */
    public static final int MAX_TEXT = 40;

    private final Deadline deadline;
    private final String subject;
    private final String action;
    /**
     * The Chinese form, found on first use (it may parse up to four candidates); a benign race, as in
     * {@link String#hashCode()}: every thread computes the same immutable string.
     */
    private String chinese;

    private Annotated(Deadline deadline, String subject, String action) {
        this.deadline = deadline;
        this.subject = subject;
        this.action = action;
    }

    /**
     * A time limit with a subject and an action.
     *
     * @param deadline  the time limit, not null: a single deadline, neither {@link Labelled}, {@link Multiple} nor
     *     itself annotated
     * @param subject  what the time limit concerns, such as 政策性文件, or empty for none; not null
     * @param action  what is to be done by the due date, such as 予以公开, or empty for none; not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if both texts are empty, a text is longer than {@value #MAX_TEXT} characters,
     *     blank or padded, contains a quotation mark, a backslash, a separator (。；，、;,) or a character the parser
     *     does not read as itself, if a subject is given to a time limit that names no event, or if the deadline is
     *     not single
     */
    public static Annotated of(Deadline deadline, String subject, String action) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        if (deadline instanceof Labelled || deadline instanceof Multiple || deadline instanceof Annotated) {
            throw new IllegalArgumentException("An annotated deadline must be single and not annotated: " + deadline);
        }
        if (subject.isEmpty() && action.isEmpty()) {
            throw new IllegalArgumentException("An annotated deadline needs a subject or an action: " + deadline);
        }
        check("Subject", subject);
        check("Action", action);
        if (!subject.isEmpty() && deadline.events().isEmpty()) {
            throw new IllegalArgumentException("A subject needs a time limit counted from a named event (the Chinese "
                    + "form writes it before the event word): " + deadline);
        }
        return new Annotated(deadline, subject, action);
    }

    /**
     * A time limit with a subject. Example: {@code Annotated.withSubject(AfterEvent.of(5,
     * AfterEvent.Counting.WORKING_DAYS, Event.ISSUANCE), "政策性文件")} is 政策性文件印发后5个工作日内.
     *
     * @param deadline  the time limit, naming an event, not null
     * @param subject  what it concerns, 1 to {@value #MAX_TEXT} characters, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException as {@link #of(Deadline, String, String)}
     */
    public static Annotated withSubject(Deadline deadline, String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("Subject must be 1.." + MAX_TEXT + " characters");
        }
        return of(deadline, subject, "");
    }

    /**
     * A time limit with an action. Example: {@code Annotated.withAction(FixedDate.of(MonthDay.of(6, 30)), "报送")}
     * is 6月30日前报送, due on 30 June of the plan's year.
     *
     * @param deadline  the time limit, not null
     * @param action  what is to be done, 1 to {@value #MAX_TEXT} characters, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException as {@link #of(Deadline, String, String)}
     */
    public static Annotated withAction(Deadline deadline, String action) {
        Objects.requireNonNull(action, "action");
        if (action.isEmpty()) {
            throw new IllegalArgumentException("Action must be 1.." + MAX_TEXT + " characters");
        }
        return of(deadline, "", action);
    }

    private static void check(String what, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.isBlank() || !text.strip().equals(text) || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " must be 1.." + MAX_TEXT + " characters, not blank or padded: '"
                    + Snippet.of(text) + "'");
        }
        int changed = DeadlineParser.firstChangedCharacter(text);
        if (changed >= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must not contain U+%04X at index %d "
                    + "(the parser does not read it as itself): '%s'", what, (int) text.charAt(changed), changed,
                    Snippet.of(text)));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\"\\“”「」:;。,、.!?".indexOf(c) >= 0 || Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " must not contain '" + c + "' (index " + i + "): '"
                        + Snippet.of(text) + "'");
            }
        }
    }

    /**
     * The time limit of a deadline without its subject and action: {@link #deadline()} of an annotated deadline, the
     * deadline itself otherwise. Example: {@code Annotated.unwrap(Deadline.parse("6月底前报送"))} is
     * {@code by end of month 6}.
     *
     * @param d  the deadline, not null
     * @return the time limit, not null
     */
    public static Deadline unwrap(Deadline d) {
        Objects.requireNonNull(d, "d");
        return d instanceof Annotated a ? a.deadline : d;
    }

    /**
     * The events of the time limit (those of {@link #deadline()}).
     *
     * @return the events, not null, immutable
     */
    @Override
    public List<Event> events() {
        return deadline.events();
    }

    /**
     * The time limit itself, which gives the due dates.
     *
     * @return the time limit, not null, single and not annotated
     */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * What the time limit concerns (事项), as written before the event word: 政策性文件 in 政策性文件正式印发后5个工作日内.
     *
     * @return the subject, or empty if none was written
     */
    public Optional<String> subject() {
        return subject.isEmpty() ? Optional.empty() : Optional.of(subject);
    }

    /**
     * What is to be done by the due date (办理事项), as written after the time limit: 予以公开 in 印发后5个工作日内予以公开,
     * 报送县政务公开办 in 6月底前报送县政务公开办.
     *
     * @return the action, or empty if none was written
     */
    public Optional<String> action() {
        return action.isEmpty() ? Optional.empty() : Optional.of(action);
    }

    /**
     * Two annotated deadlines are equal when their time limits, subjects and actions are equal.
     *
     * @param obj  the other object, may be null
     * @return whether equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Annotated other && deadline.equals(other.deadline) && subject.equals(other.subject)
                && action.equals(other.action);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(deadline, subject, action);
    }

    /**
     * The canonical English form: {@code 5 working days after issuance, subject "政策性文件", action "予以公开"}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(deadline.toString());
        if (!subject.isEmpty()) {
            b.append(", subject \"").append(subject).append('"');
        }
        if (!action.isEmpty()) {
            b.append(", action \"").append(action).append('"');
        }
        return b.toString();
    }

    /**
     * The canonical Chinese form: 政策性文件印发后5个工作日内予以公开; a subject or an action the Chinese grammar would
     * not read back as itself is written in quotation marks (“有关事项”印发后5个工作日内).
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        String c = chinese;
        if (c == null) {
            c = findChinese();
            chinese = c;
        }
        return c;
    }

    private String findChinese() {
        String inner = deadline.toChinese();
        for (int quote = 0; quote < 4; quote++) {
            boolean quoteSubject = (quote & 1) != 0;
            boolean quoteAction = (quote & 2) != 0;
            if (quoteSubject && subject.isEmpty() || quoteAction && action.isEmpty()) {
                continue;
            }
            String text = chinese(inner, quoteSubject, quoteAction);
            if (quote == 3 || readsBack(text)) {
                return text;
            }
        }
        throw new AssertionError(this);
    }

    private boolean readsBack(String text) {
        try {
            return Deadline.parse(text).equals(this);
        } catch (DeadlineParseException e) {
            return false;
        }
    }

    private String chinese(String inner, boolean quoteSubject, boolean quoteAction) {
        StringBuilder b = new StringBuilder(inner.length() + subject.length() + action.length() + 4);
        if (subject.isEmpty()) {
            b.append(inner);
        } else {
            String s = quoteSubject ? "“" + subject + "”" : subject;
            if (inner.startsWith("与")) {
                b.append('与').append(s).append(inner, 1, inner.length());
            } else {
                b.append(s).append(inner);
            }
        }
        if (!action.isEmpty()) {
            b.append(quoteAction ? "“" + action + "”" : action);
        }
        return b.toString();
    }
}
