package dev.shixian.deadline;

import dev.shixian.deadline.internal.DeadlineParser;
import dev.shixian.internal.Snippet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A deadline with a label naming the part of a task it applies to, as in "最新规划:形成20日内" (the latest plans:
 * 20 days after formation).
 *
 * <p>Example: {@code label "最新规划": 20 days after formation} (最新规划：形成之日起20日内).
 *
 * @param label  the label, not null, 1 to {@value #MAX_LABEL} characters, not blank, not padded, read by the parser
 *     as itself, without quotes, backslashes, colons, semicolons, commas, 、, 。, full stops, ! or ?, not a wrapper
 * @param deadline  the deadline, not null, neither labelled nor {@link Multiple}
 */
public record Labelled(String label, Deadline deadline) implements Deadline {

    /** The most characters of a label. */
    public static final int MAX_LABEL = 40;

    /**
     * Validates the parts.
     *
     * @param label  the label naming the part of the task, not null, 1 to {@value #MAX_LABEL} characters, not
     *     blank, not padded, only characters the parser reads as themselves (see the accepted characters in the
     *     package documentation: no full-width letters, digits or punctuation, no ideographic or no-break spaces, no
     *     zero-width, bidi or control characters), without quotes, backslashes, colons, semicolons, commas, 、, 。,
     *     full stops, ! or ? (the parser's separators), and not a wrapper word such as 完成时限 (nor up to four
     *     characters followed by 时限, 期限, 时间, 日期, 时限要求, 时间要求 or 时间节点, such as 办理时限 or 公开时间,
     *     which the parser reads as wrappers)
     * @param deadline  the deadline the label applies to, not null, neither {@link Labelled} nor {@link Multiple}
     * @throws IllegalArgumentException if the label is unusable or the deadline is itself labelled or multiple
     * @throws NullPointerException if the label or the deadline is null
     */
    public Labelled {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(deadline, "deadline");
        if (label.isBlank() || !label.strip().equals(label) || label.length() > MAX_LABEL) {
            throw new IllegalArgumentException("Label must be 1.." + MAX_LABEL + " characters, not blank or padded: '"
                    + Snippet.of(label) + "'");
        }
        int changed = DeadlineParser.firstChangedCharacter(label);
        if (changed >= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Label must not contain U+%04X at index %d "
                    + "(the parser does not read it as itself): '%s'", (int) label.charAt(changed), changed,
                    Snippet.of(label)));
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ("\"\\“”:;。,、.!?".indexOf(c) >= 0) {
                throw new IllegalArgumentException("Label must not contain '" + c + "': '" + label + "'");
            }
        }
        if (DeadlineParser.isWrapper(label)) {
            throw new IllegalArgumentException("Label must not be a wrapper word such as 完成时限: '" + label + "'");
        }
        if (deadline instanceof Labelled || deadline instanceof Multiple) {
            throw new IllegalArgumentException("A labelled deadline must be single: " + deadline);
        }
    }

    /**
     * The events of the labelled deadline.
     *
     * @return the events, not null, immutable
     */
    @Override
    public List<Event> events() {
        return deadline.events();
    }

    /**
     * The canonical English form: {@code label "最新规划": 20 days after formation}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return "label \"" + label + "\": " + deadline;
    }

    /**
     * The canonical Chinese form: 最新规划：形成之日起20日内.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        return label + "：" + deadline.toChinese();
    }
}
