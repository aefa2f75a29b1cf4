package dev.shixian.deadline;

import java.util.Objects;

/**
 * A text in English and in Chinese (双语文本), such as one step of an {@link Explanation} or the reason a
 * {@link PartResolution} has no due date.
 *
 * <p>Example: {@code new Bilingual("2 Sat 10-09 (adjusted working day, 国庆节)", "第2个工作日 10-09 周六（调休上班，国庆节）")}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param english  the English text, not null
 * @param chinese  the Chinese text, not null
 */
public record Bilingual(String english, String chinese) {

    /**
     * Validates the texts.
     *
     * @param english  the English text, such as {@code due 2021-10-11}, not null
     * @param chinese  the Chinese text, such as {@code 截止 2021-10-11}, not null
     */
    public Bilingual {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }

    /**
     * This text followed by another in each language.
     * Example: {@code new Bilingual("due 2021-10-11", "截止 2021-10-11").concat(new Bilingual(", at least 2 times",
     * "，不少于2次"))} is {@code due 2021-10-11, at least 2 times} / {@code 截止 2021-10-11，不少于2次}.
     *
     * @param other  the text to append, not null
     * @return the joined text, not null
     */
    public Bilingual concat(Bilingual other) {
        Objects.requireNonNull(other, "other");
        return new Bilingual(english + other.english, chinese + other.chinese);
    }

    /**
     * Returns the English text, then " / ", then the Chinese text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return english + " / " + chinese;
    }
}
