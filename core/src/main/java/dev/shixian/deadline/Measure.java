package dev.shixian.deadline;

import java.util.Objects;
import java.util.Optional;

/**
 * The measure word (量词) of a minimum count in a recurring obligation, as in 不少于1篇 (at least 1 article).
 *
 * <p>{@link #NONE} means no measure word: the plain "once per period". Example: 每2个月不少于1篇 is
 * {@code every 2 months, at least 1 article}.
 */
public enum Measure {
    /** No measure word; only with a count of 1 (每季度一次). */
    NONE("", "", ""),
    /** 次: times, occasions (至少1次). */
    TIME("time", "times", "次"),
    /** 篇: articles, pieces of writing (不少于1篇). */
    ARTICLE("article", "articles", "篇"),
    /** 条, 项, 件, 个: items (10条以上). */
    ITEM("item", "items", "条");

    private final String singular;
    private final String plural;
    private final String chinese;

    Measure(String singular, String plural, String chinese) {
        this.singular = singular;
        this.plural = plural;
        this.chinese = chinese;
    }

    /**
     * The English word for a count, singular for 1: {@code ARTICLE.english(2)} is {@code articles}.
     *
     * @param count  the count
     * @return the word, not null, empty for {@link #NONE}
     */
    public String english(int count) {
        return count == 1 ? singular : plural;
    }

    /**
     * The canonical Chinese measure word, such as 篇.
     *
     * @return the word, not null, empty for {@link #NONE}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Finds the measure for an English word, singular or plural. Example: {@code fromEnglish("times")} is TIME.
     *
     * @param word  the word, not null
     * @return the measure, or empty
     */
    public static Optional<Measure> fromEnglish(String word) {
        Objects.requireNonNull(word, "word");
        for (Measure m : values()) {
            if (m != NONE && (m.singular.equals(word) || m.plural.equals(word))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the measure for a Chinese measure word: 次, 篇, or 条/项/件/个. Example: {@code fromChinese('项')} is ITEM.
     *
     * @param c  the character
     * @return the measure, or empty
     */
    public static Optional<Measure> fromChinese(char c) {
        switch (c) {
            case '次':
            case '回':
                return Optional.of(TIME);
            case '篇':
                return Optional.of(ARTICLE);
            case '条':
            case '项':
            case '件':
            case '个':
                return Optional.of(ITEM);
            default:
                return Optional.empty();
        }
    }
}
