package dev.shixian.deadline.internal;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.ParseResult;
import java.util.List;

/**
 * Entry point of the deadline parsers: text whose first visible character is a Latin letter is read as the canonical
 * English form, anything else as Chinese. Not API: use {@link Deadline#parse(CharSequence)}.
 */
public final class DeadlineParser {

    private DeadlineParser() {
    }

    /**
     * Parses strictly.
     *
     * @param text  the text, not null
     * @return the deadline, not null
     * @throws DeadlineParseException if the text is not a deadline
     */
    public static Deadline parse(String text) {
        if (!isEnglish(text)) {
            return new ChineseParser(text, false).parse();
        }
        try {
            return new EnglishParser(text).parse();
        } catch (DeadlineParseException english) {
            // a Chinese phrase may start with Latin letters (a label such as "A类:")
            try {
                return new ChineseParser(text, false).parse();
            } catch (DeadlineParseException chinese) {
                throw chinese.index() > english.index() ? chinese : english;
            }
        }
    }

    /**
     * Parses leniently.
     *
     * @param text  the text, not null
     * @return the result, not null
     * @throws DeadlineParseException if no deadline is found
     */
    public static ParseResult parseLenient(String text) {
        if (isEnglish(text)) {
            try {
                return new ParseResult(new EnglishParser(text).parse(), List.of());
            } catch (DeadlineParseException e) {
                try {
                    return new ChineseParser(text, true).parseLenient();
                } catch (DeadlineParseException ignored) {
                    throw e;
                }
            }
        }
        return new ChineseParser(text, true).parseLenient();
    }

    /**
     * Whether a text is a wrapper word such as 完成时限 or 时限要求, which cannot be a label.
     *
     * @param text  the text, not null
     * @return true for a wrapper word
     */
    public static boolean isWrapper(String text) {
        return ChineseLabels.isWrapper(text);
    }

    /**
     * The index of the first character of a text that the parsers refuse or read as another character (a
     * full-width letter, an ideographic space, a zero-width space), or -1 if they read the text as itself. Labels
     * and event names must be such text so that they read back unchanged.
     *
     * @param text  the text, not null
     * @return the index, or -1
     */
    public static int firstChangedCharacter(String text) {
        return Chars.firstChanged(text);
    }

    /**
     * English when the first visible character is a Latin letter, or when a leading number is followed by one
     * ("3 working days after issuance").
     */
    private static boolean isEnglish(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        while (i < text.length() && (isDigit(text.charAt(i)) || text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i < text.length() && isLatin(text.charAt(i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c) || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A';
    }
}
