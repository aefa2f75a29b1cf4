package dev.shixian.deadline;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A deadline with a label naming the part of a task it applies to, as in "最新规划:形成20日内" (the latest plans:
 * 20 days after formation).
 *
 * <p>Example: {@code label "最新规划": 20 days after formation} (最新规划：形成之日起20日内).
 *
 * @param label  the label, not null, not blank, not padded, in NFKC form, without quotes, colons, semicolons,
 *     commas, 、, 。, full stops, ! or ? or line breaks
 * @param deadline  the deadline, not null, neither labelled nor {@link Multiple}
 */
public record Labelled(String label, Deadline deadline) implements Deadline {

    /**
     * Validates the parts.
     *
     * @param label  the label naming the part of the task, not null, 1 to 40 characters, not blank, not padded,
     *     in NFKC form (half-width digits and punctuation), without quotes, colons, semicolons, commas, 、, 。, full
     *     stops, ! or ? (the parser's separators) or control characters such as line breaks, and not a
     *     wrapper word such as 完成时限 (nor up to four characters followed by 时限, 期限, 时间, 日期, 时限要求,
     *     时间要求 or 时间节点, such as 办理时限 or 公开时间, which the parser reads as wrappers)
     * @param deadline  the deadline the label applies to, not null, neither {@link Labelled} nor {@link Multiple}
     * @throws IllegalArgumentException if the label is unusable or the deadline is itself labelled or multiple
     */
    public Labelled {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(deadline, "deadline");
        if (label.isBlank() || !label.strip().equals(label) || label.length() > 40) {
            throw new IllegalArgumentException("Label must be 1..40 characters, not blank or padded: '" + label + "'");
        }
        if (!Normalizer.isNormalized(label, Normalizer.Form.NFKC)) {
            throw new IllegalArgumentException("Label must be in NFKC form (half-width digits and punctuation, as the "
                    + "parser reads it): '" + label + "'");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ("\"\\“”:：;；。,，、.!?\n\r".indexOf(c) >= 0 || Character.isISOControl(c)) {
                throw new IllegalArgumentException("Label must not contain '" + c + "': '" + label + "'");
            }
        }
        if (dev.shixian.deadline.internal.DeadlineParser.isWrapper(label)) {
            throw new IllegalArgumentException("Label must not be a wrapper word such as 完成时限: '" + label + "'");
        }
        if (deadline instanceof Labelled || deadline instanceof Multiple) {
            throw new IllegalArgumentException("A labelled deadline must be single: " + deadline);
        }
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
