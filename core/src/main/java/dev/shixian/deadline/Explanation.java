package dev.shixian.deadline;

import java.util.List;
import java.util.Objects;

/**
 * Why a due date is what it is, step by step, in English and Chinese. Weekdays are formatted by the library, so the
 * text never depends on the JVM's default locale.
 *
 * <p>Example ({@code 3 working days after issuance}, issued 2021-09-30):
 * <pre>
 * issued Thu 2021-09-30 (day 0, not counted) → 1 Fri 10-08 → 2 Sat 10-09 (adjusted working day, 国庆节)
 *     → 3 Mon 10-11: due 2021-10-11
 * 印发 2021-09-30 周四（当日不计入）→ 第1个工作日 10-08 周五 → 第2个工作日 10-09 周六（调休上班，国庆节）
 *     → 第3个工作日 10-11 周一：截止 2021-10-11
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

    private final List<Step> steps;
    private final Step conclusion;

    private Explanation(List<Step> steps, Step conclusion) {
        this.steps = List.copyOf(steps);
        this.conclusion = conclusion;
    }

    /**
     * An explanation from its steps and its conclusion. Only the library makes explanations: they come with the
     * {@link Due}s it computes.
     *
     * @param steps  the steps, in order, not null
     * @param conclusion  the conclusion, such as "due 2021-10-11" / "截止 2021-10-11", not null
     * @return the explanation, not null
     */
    static Explanation of(List<Step> steps, Step conclusion) {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(conclusion, "conclusion");
        return new Explanation(steps, conclusion);
    }

    /**
     * The steps before the conclusion.
     *
     * @return the steps, not null, immutable
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The conclusion, such as "due 2021-10-11".
     *
     * @return the conclusion, not null
     */
    public Step conclusion() {
        return conclusion;
    }

    /**
     * The English text: the steps joined by " → ", then ": " and the conclusion.
     *
     * @return the text, not null
     */
    public String toEnglish() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (b.length() > 0) {
                b.append(" → ");
            }
            b.append(s.english());
        }
        return (b.length() > 0 ? b.append(": ") : b).append(conclusion.english()).toString();
    }

    /**
     * The Chinese text: the steps joined by " → " (no space after a closing full-width bracket), then "：" and the
     * conclusion.
     *
     * @return the text, not null
     */
    public String toChinese() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (b.length() > 0) {
                b.append(b.charAt(b.length() - 1) == '）' ? "→ " : " → ");
            }
            b.append(s.chinese());
        }
        return (b.length() > 0 ? b.append("：") : b).append(conclusion.chinese()).toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Explanation other && other.steps.equals(steps)
                && other.conclusion.equals(conclusion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, conclusion);
    }

    /**
     * Returns the English text.
     *
     * @return {@link #toEnglish()}
     */
    @Override
    public String toString() {
        return toEnglish();
    }

    /**
     * One step of an explanation, a {@link Bilingual} text. Example: {@code 2 Sat 10-09 (adjusted working day, 国庆节)}
     * / {@code 第2个工作日 10-09 周六（调休上班，国庆节）}.
     *
     * @param text  the text of the step in both languages, not null
     */
    public record Step(Bilingual text) {

        /**
         * Validates the text.
         *
         * @param text  the text of the step, such as {@code 2 Sat 10-09} / {@code 第2个工作日 10-09 周六}, not null
         */
        public Step {
            Objects.requireNonNull(text, "text");
        }

        /**
         * A step from its English and Chinese texts.
         *
         * @param english  the English text, such as {@code 2 Sat 10-09}, not null
         * @param chinese  the Chinese text, such as {@code 第2个工作日 10-09 周六}, not null
         */
        public Step(String english, String chinese) {
            this(new Bilingual(english, chinese));
        }

        /**
         * The English text.
         *
         * @return the text, not null
         */
        public String english() {
            return text.english();
        }

        /**
         * The Chinese text.
         *
         * @return the text, not null
         */
        public String chinese() {
            return text.chinese();
        }
    }
}
